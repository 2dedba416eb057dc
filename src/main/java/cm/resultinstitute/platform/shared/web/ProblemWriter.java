package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem straight to the response, for filters (and Tomcat's own errors) that answer before Spring MVC. */
@Component
public class ProblemWriter {

    private final Problems problems;
    private final JsonMapper json;

    ProblemWriter(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    public void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detailCode)
            throws IOException {
        prepare(response, status);
        json.writeValue(response.getOutputStream(), problem(request, status, detailCode));
    }

    /** A problem of its own {@code type} (the last part of the type URI) rather than the usual one of its status. */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatusCode status,
            String type,
            String detailCode)
            throws IOException {
        prepare(response, status);
        json.writeValue(
                response.getOutputStream(), problems.complete(problems.of(status, type, detailCode), type, request));
    }

    /**
     * Sets the status, content type and the headers that matter for a JSON body of a problem response; the body is
     * {@link #json}. Answers written before the security filters (or by Tomcat) carry them too.
     */
    void prepare(HttpServletResponse response, HttpStatusCode status) {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (!response.containsHeader("X-Content-Type-Options")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        if (!response.containsHeader("X-Frame-Options")) {
            response.setHeader("X-Frame-Options", "DENY");
        }
    }

    String json(HttpServletRequest request, HttpStatusCode status, String detailCode) {
        return json.writeValueAsString(problem(request, status, detailCode));
    }

    private ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String detailCode) {
        return problems.complete(
                problems.of(status, detailCode != null ? detailCode : problems.detailCode(status)), null, request);
    }
}
