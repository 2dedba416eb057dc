package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * A file asked for where there is none ({@code /css/site.css}, {@code /images/logo.png}: a last segment with an
 * extension, outside the API) is a short 404, as a missing asset is, not the error page. Last of the handler
 * mappings: whatever a controller or the assets answer at such an address comes first.
 */
@Component
public class MissingFiles extends AbstractHandlerMapping {

    static final String ANSWER = "Not found\n";

    private static final HttpRequestHandler SHORT_404 = (request, response) -> {
        byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    };

    MissingFiles() {
        setOrder(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return read && !ApiPaths.isApi(request) && namesAFile(path) ? SHORT_404 : null;
    }

    /** Whether the last segment of a path has an extension of 1 to 8 letters or digits, as a file's name does. */
    public static boolean namesAFile(String path) {
        int dot = path.lastIndexOf('.');
        int extension = path.length() - dot - 1;
        if (dot <= path.lastIndexOf('/') + 1 || extension < 1 || extension > 8) {
            return false;
        }
        for (int at = dot + 1; at < path.length(); at++) {
            char c = path.charAt(at);
            if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
