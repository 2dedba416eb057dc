package cm.resultinstitute.platform.shared.web;

import org.springframework.http.HttpStatus;

/** The resource does not exist, or the caller may not know that it does. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detailCode, Object... detailArgs) {
        super(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, detailCode, detailArgs);
    }
}
