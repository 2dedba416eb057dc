package cm.resultinstitute.platform.site;

import cm.resultinstitute.platform.shared.web.DatabaseOutages;
import cm.resultinstitute.platform.shared.web.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the servlet container sends errors that no controller answered: a page in the visitor's language for
 * browsers, {@code application/problem+json} for everyone else. Never a stack trace. A database that cannot be
 * reached is a 503 with {@code Retry-After}, whatever failed on it (a filter reading the session, a controller).
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class SiteErrorController implements ErrorController {

    private final Problems problems;
    private final MessageSource messages;

    SiteErrorController(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        HttpStatus status = status(request);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutages.RETRY_AFTER_SECONDS));
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messageCode", messageCode(status, locale));
        return page;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail body = problems.of(status, problems.detailCode(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            try {
                body.setInstance(new URI(uri.toString()));
            } catch (URISyntaxException e) {
                // A path that is no valid URI is left out rather than echoed.
            }
        }
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutages.RETRY_AFTER_SECONDS));
        }
        return answer.body(body);
    }

    /** The sentence of the status, or of its class (400 or 500) when the bundles have none for it. */
    private String messageCode(HttpStatus status, Locale locale) {
        String code = "error." + status.value();
        if (messages.getMessage(code, null, null, locale) != null) {
            return code;
        }
        return status.is4xxClientError() ? "error.400" : "error.500";
    }

    private static HttpStatus status(HttpServletRequest request) {
        if (DatabaseOutages.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null && HttpStatusCode.valueOf(status.value()).isError()
                ? status
                : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
