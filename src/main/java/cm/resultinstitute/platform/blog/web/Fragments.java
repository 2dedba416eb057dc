package cm.resultinstitute.platform.blog.web;

import jakarta.servlet.http.HttpServletRequest;

/** Tells htmx requests for a fragment from those for a whole page. */
final class Fragments {

    private Fragments() {}

    /** htmx asks for the fragment, except when it restores history and needs the whole page. */
    static boolean only(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
