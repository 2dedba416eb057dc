package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the platform's {@code application/problem+json} bodies: a stable {@code type} URI per kind of problem, a
 * title and detail in the caller's language, the request path as {@code instance}, and field {@code errors}.
 */
@Component
public class Problems {

    public static final String TYPE_BASE = "https://resultinstitute.cm/problems/";
    public static final String VALIDATION = "validation";
    public static final String BAD_REQUEST = "bad-request";
    public static final String NOT_FOUND = "not-found";
    public static final String CONFLICT = "conflict";
    public static final String INTERNAL = "internal-error";

    private static final Map<Integer, String> TYPES_BY_STATUS = Map.ofEntries(
            Map.entry(400, BAD_REQUEST),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, NOT_FOUND),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(409, CONFLICT),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(429, "too-many-requests"),
            Map.entry(500, INTERNAL),
            Map.entry(501, "not-implemented"),
            Map.entry(503, "unavailable"),
            Map.entry(505, "http-version-not-supported"));

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem of the usual type for its status, with a detail from the message bundles. */
    public ProblemDetail of(HttpStatusCode status, String detailCode, Object... args) {
        return of(status, typeFor(status), detailCode, args);
    }

    public ProblemDetail of(HttpStatusCode status, String type, String detailCode, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title(status));
        problem.setDetail(message(detailCode, args));
        return problem;
    }

    /** Fills what a problem built elsewhere (by Spring or an exception) may lack. */
    public ProblemDetail complete(ProblemDetail problem, String type, HttpServletRequest request) {
        HttpStatusCode status = HttpStatusCode.valueOf(problem.getStatus());
        problem.setType(URI.create(TYPE_BASE + (type != null ? type : typeFor(status))));
        problem.setTitle(title(status));
        if (problem.getDetail() == null) {
            problem.setDetail(message(detailCode(status)));
        }
        URI instance = request == null ? null : instance(request.getRequestURI());
        if (instance != null) {
            problem.setInstance(instance);
        }
        return problem;
    }

    /** The usual detail of a status, or the general one of its class when the bundles have none for it. */
    public String detailCode(HttpStatusCode status) {
        String code = "problem.detail." + status.value();
        if (messages.getMessage(code, null, null, LocaleContextHolder.getLocale()) != null) {
            return code;
        }
        return status.is4xxClientError() ? "problem.detail.400" : "problem.detail.500";
    }

    public ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty(
                    "errors",
                    errors.stream()
                            .map(error -> new FieldProblem(error.field(), resolve(error.message())))
                            .toList());
        }
        return problem;
    }

    public String message(String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, args, code, locale);
    }

    /** A field message may be a literal or a {@code {message.code}}, as in Bean Validation. */
    private String resolve(String message) {
        if (message != null && message.length() > 2 && message.startsWith("{") && message.endsWith("}")) {
            return message(message.substring(1, message.length() - 1));
        }
        return message;
    }

    private String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String fallback = known != null ? known.getReasonPhrase() : "Error";
        return messages.getMessage("problem.title." + status.value(), null, fallback, LocaleContextHolder.getLocale());
    }

    /**
     * The request's path; one that is no valid URI as it came (a request Tomcat refused may hold a lone {@code %} or
     * worse) with its characters percent-encoded.
     */
    private static URI instance(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return new URI(path);
        } catch (URISyntaxException e) {
            try {
                return new URI(null, null, path, null);
            } catch (URISyntaxException stillInvalid) {
                return null;
            }
        }
    }

    private static String typeFor(HttpStatusCode status) {
        return TYPES_BY_STATUS.getOrDefault(status.value(), status.is4xxClientError() ? BAD_REQUEST : INTERNAL);
    }
}
