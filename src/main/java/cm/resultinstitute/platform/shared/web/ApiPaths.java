package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Tells the JSON API ({@code /api/**}) from the pages, which answer errors differently. */
public final class ApiPaths {

    public static final String PREFIX = "/api/";
    public static final String V1 = "/api/v1";

    private ApiPaths() {}

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PREFIX) || path.equals("/api");
    }
}
