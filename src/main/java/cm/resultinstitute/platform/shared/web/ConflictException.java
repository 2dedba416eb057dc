package cm.resultinstitute.platform.shared.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The request is understood but clashes with the state of the data (a duplicate, a forbidden change of status). */
public class ConflictException extends ProblemException {

    public ConflictException(String type, String detailCode, Object... detailArgs) {
        super(HttpStatus.CONFLICT, type, detailCode, detailArgs);
    }

    public ConflictException(String type, List<FieldProblem> errors, String detailCode, Object... detailArgs) {
        super(HttpStatus.CONFLICT, type, errors, detailCode, detailArgs);
    }
}
