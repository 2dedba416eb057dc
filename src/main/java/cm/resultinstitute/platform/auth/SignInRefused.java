package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.web.ProblemException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Why signing in or refreshing did not work: 401 for wrong or unknown credentials and unusable refresh tokens (one
 * answer for all, so that nothing tells which), 403 for accounts that may not sign in, 429 with
 * {@code Retry-After} for too many attempts.
 */
class SignInRefused extends ProblemException {

    private SignInRefused(HttpStatus status, String type, String detailCode) {
        super(status, type, detailCode);
    }

    static SignInRefused badCredentials() {
        return new SignInRefused(HttpStatus.UNAUTHORIZED, "bad-credentials", "auth.badCredentials");
    }

    static SignInRefused invalidRefreshToken() {
        return new SignInRefused(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "auth.invalidRefreshToken");
    }

    static SignInRefused accountDisabled() {
        return new SignInRefused(HttpStatus.FORBIDDEN, "account-disabled", "auth.accountDisabled");
    }

    static SignInRefused tooManyAttempts(Duration retryAfter) {
        SignInRefused refused =
                new SignInRefused(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "auth.tooManyAttempts");
        refused.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
        return refused;
    }
}
