package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 a request whose query string or form cannot be decoded (bytes that are not UTF-8, such as
 * {@code ?q=%FF}), before anything reads a parameter: Tomcat throws on the first read, wherever it happens, and that
 * would be a 500. A parameter holding what the database cannot store ({@code ?q=%00}, see {@link RequestText}) is
 * refused too. The API answers problem+json, pages the error page.
 */
@Component
@Order(MalformedParametersFilter.ORDER)
class MalformedParametersFilter extends OncePerRequestFilter {

    /** After the request's language is known (RequestContextFilter, -105), before Spring Security reads forms. */
    static final int ORDER = RequestSizeLimitFilter.ORDER + 1;

    private static final Logger log = LoggerFactory.getLogger(MalformedParametersFilter.class);
    private static final String REFUSED = MalformedParametersFilter.class.getName() + ".refused";

    private final ProblemWriter problemWriter;

    MalformedParametersFilter(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The error page of a refused request must not read its parameters: Tomcat would throw again.
            chain.doFilter(request.getAttribute(REFUSED) != null ? new WithoutParameters(request) : request, response);
            return;
        }
        HttpStatusCode status;
        String detail;
        try {
            boolean storable = storable(request.getParameterMap());
            status = storable ? null : HttpStatus.BAD_REQUEST;
            detail = "problem.detail.unstorableParameters";
        } catch (InvalidParameterException e) {
            status = HttpStatusCode.valueOf(e.getErrorCode());
            detail = status.value() == HttpStatus.BAD_REQUEST.value() ? "problem.detail.parameters" : null;
            log.debug(
                    "Refused {} {} with {}: {}", request.getMethod(), request.getRequestURI(), status, e.getMessage());
        }
        if (status == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(REFUSED, Boolean.TRUE);
        if (ApiPaths.isApi(request)) {
            problemWriter.write(request, response, status, detail);
        } else {
            response.sendError(status.value());
        }
    }

    private static boolean storable(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!RequestText.storable(parameter.getKey())) {
                return false;
            }
            for (String value : parameter.getValue()) {
                if (value != null && !RequestText.storable(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
