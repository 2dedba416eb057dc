package cm.resultinstitute.platform.site;

import cm.resultinstitute.platform.shared.web.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
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
 * browsers, {@code application/problem+json} for everyone else. Never a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class SiteErrorController implements ErrorController {

    private final Problems problems;

    SiteErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = status(request);
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messageCode", "error." + (status.is4xxClientError() ? status.value() : 500));
        return page;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail body = problems.of(status, "problem.detail." + status.value());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            body.setInstance(URI.create(uri.toString()));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null && HttpStatusCode.valueOf(status.value()).isError()
                ? status
                : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
