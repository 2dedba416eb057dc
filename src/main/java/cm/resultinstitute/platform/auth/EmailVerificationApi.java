package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user asks for a new link to verify their address ({@code /api/v1/me/email-verification}). */
@RestController
@RequestMapping(ApiPaths.V1 + "/me/email-verification")
@Tag(name = "Own account")
class EmailVerificationApi {

    private final AccountTokens accountTokens;

    EmailVerificationApi(AccountTokens accountTokens) {
        this.accountTokens = accountTokens;
    }

    /** 202: a new link is mailed and the older ones stop working; 409 once verified; 429 when asked too often. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    void resend(Caller caller) {
        accountTokens.resendVerification(caller.id());
    }
}
