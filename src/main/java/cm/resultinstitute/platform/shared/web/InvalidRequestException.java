package cm.resultinstitute.platform.shared.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The request breaks a rule on its input; {@code errors} names the fields. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(List<FieldProblem> errors, String detailCode, Object... detailArgs) {
        super(HttpStatus.BAD_REQUEST, Problems.VALIDATION, errors, detailCode, detailArgs);
    }

    public static InvalidRequestException field(String field, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, message)), "problem.validation.detail");
    }
}
