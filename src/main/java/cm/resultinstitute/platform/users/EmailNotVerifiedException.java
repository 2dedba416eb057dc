package cm.resultinstitute.platform.users;

import cm.resultinstitute.platform.shared.web.ProblemException;
import org.springframework.http.HttpStatus;

/** 403 {@code email-not-verified}: the account may sign in and browse, but not take a seat or check in yet. */
public class EmailNotVerifiedException extends ProblemException {

    public static final String TYPE = "email-not-verified";

    public EmailNotVerifiedException() {
        super(HttpStatus.FORBIDDEN, TYPE, "user.emailNotVerified");
    }
}
