package cm.resultinstitute.platform.shared.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal a client must hear about, as {@code application/problem+json}: a status, a stable type and a detail
 * taken from the message bundles (so it follows {@code Accept-Language}). Modules throw the subclasses.
 */
public class ProblemException extends ErrorResponseException {

    private final String type;
    private final List<FieldProblem> errors;

    public ProblemException(HttpStatus status, String type, String detailCode, Object... detailArgs) {
        this(status, type, List.of(), detailCode, detailArgs);
    }

    public ProblemException(
            HttpStatus status, String type, List<FieldProblem> errors, String detailCode, Object... detailArgs) {
        super(status, ProblemDetail.forStatus(status), null, detailCode, detailArgs);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** Adds a member to the problem's body, e.g. {@code "waitingListAvailable": true}. */
    public ProblemException with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    /** The last segment of the problem's type URI, e.g. {@code training-full}. */
    public String type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return getStatusCode() + " " + type + " (" + getDetailMessageCode() + ")";
    }
}
