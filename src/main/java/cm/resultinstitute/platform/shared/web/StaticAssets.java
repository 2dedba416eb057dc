package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Stylesheets, scripts and images: the same for every visitor. Their URLs carry a hash of their content
 * ({@code spring.web.resources.chain.strategy.content}), so a browser keeps such a file for a year without asking
 * again; a URL without the hash is revalidated on each use. A missing file is a short 404, not the error page (and
 * elsewhere than the assets, see {@link MissingFiles}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StaticAssets implements WebMvcConfigurer, HandlerInterceptor {

    /** The folders of {@code classpath:/static} and the webjars: no session, no CSRF token, no saved request. */
    public static final String[] PATHS = {"/assets/**", "/webjars/**"};

    static final String FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue();

    static final String REVALIDATE = CacheControl.noCache().cachePublic().getHeaderValue();

    private static final Pattern CONTENT_HASH = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof ResourceHttpRequestHandler) {
            boolean hashed = CONTENT_HASH.matcher(request.getRequestURI()).find();
            response.setHeader(HttpHeaders.CACHE_CONTROL, hashed ? FOREVER : REVALIDATE);
        }
        return true;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<String> missing(NoResourceFoundException ex, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!isAsset(request)) {
            throw ex;
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .cacheControl(CacheControl.noStore())
                .body(MissingFiles.ANSWER);
    }

    static boolean isAsset(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/assets/") || path.startsWith("/webjars/");
    }
}
