package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.ClientAddress;
import cm.resultinstitute.platform.users.EmailAddresses;
import cm.resultinstitute.platform.users.Languages;
import cm.resultinstitute.platform.users.NewAccount;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserStatus;
import cm.resultinstitute.platform.users.UserView;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration, sign-in and the tokens that go with them ({@code /api/v1/auth}). */
@RestController
@RequestMapping(ApiPaths.V1 + "/auth")
@Tag(name = "Authentication")
class AuthApi {

    record RegisterRequest(
            @NotBlank @Email(regexp = EmailAddresses.VISIBLE) @Size(max = 255)
            String email,

            @NotNull String password,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,

            @Size(max = 20) @Pattern(regexp = "^$|^\\+?[0-9 ().-]{6,20}$", message = "{validation.phone}")
            String phone,

            @Pattern(regexp = "^(en|fr)$", message = "{validation.language}")
            String language) {

        RegisterRequest {
            email = EmailAddresses.trimmed(email);
        }

        @Override
        public String toString() {
            return "RegisterRequest[email=" + email + "]";
        }
    }

    record LoginRequest(@NotNull String email, @NotNull String password) {

        @Override
        public String toString() {
            return "LoginRequest[email=" + email + "]";
        }
    }

    record RefreshRequest(@NotBlank String refreshToken) {

        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    record TokenRequest(@NotBlank String token) {

        @Override
        public String toString() {
            return "TokenRequest[***]";
        }
    }

    /** Any email, or none: the answer is 202 whatever it is (PRODUCT.md), and only an account's address is mailed. */
    record ResetRequest(String email) {

        ResetRequest {
            email = EmailAddresses.trimmed(email);
        }
    }

    record ResetConfirmation(
            @NotBlank String token, @NotNull String newPassword) {

        @Override
        public String toString() {
            return "ResetConfirmation[***]";
        }
    }

    record InvitationAcceptance(
            @NotBlank String token, @NotNull String newPassword) {

        @Override
        public String toString() {
            return "InvitationAcceptance[***]";
        }
    }

    /** What signing in or refreshing answers. */
    record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn, UserView user) {

        static TokenResponse of(SignIn.SignedIn signedIn) {
            return new TokenResponse(
                    signedIn.tokens().accessToken(),
                    signedIn.tokens().refreshToken(),
                    "Bearer",
                    signedIn.tokens().expiresIn(),
                    signedIn.user());
        }

        @Override
        public String toString() {
            return "TokenResponse[user=" + user.id() + "]";
        }
    }

    private final SignIn signIn;
    private final AccountTokens accountTokens;
    private final Invitations invitations;
    private final ClientAddress clientAddress;

    AuthApi(SignIn signIn, AccountTokens accountTokens, Invitations invitations, ClientAddress clientAddress) {
        this.signIn = signIn;
        this.accountTokens = accountTokens;
        this.invitations = invitations;
        this.clientAddress = clientAddress;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserView> register(
            @Valid @RequestBody RegisterRequest request, HttpServletRequest http, Locale locale) {
        NewAccount account = new NewAccount(
                request.email(),
                request.password(),
                request.firstName(),
                request.lastName(),
                request.phone(),
                Role.PARTICIPANT,
                UserStatus.ACTIVE,
                request.language() != null ? request.language() : Languages.of(locale));
        UserView user = accountTokens.register(account, clientAddress.of(http));
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/users/" + user.id()))
                .cacheControl(CacheControl.noStore())
                .body(user);
    }

    @PostMapping("/login")
    ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return tokens(signIn.login(request.email(), request.password(), clientAddress.of(http)));
    }

    @PostMapping("/refresh")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return tokens(signIn.refresh(request.refreshToken()));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody RefreshRequest request) {
        signIn.logout(request.refreshToken());
    }

    @PostMapping("/verify-email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verifyEmail(@Valid @RequestBody TokenRequest request) {
        accountTokens.verifyEmail(request.token());
    }

    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestPasswordReset(@Valid @RequestBody ResetRequest request, HttpServletRequest http) {
        accountTokens.requestPasswordReset(request.email(), clientAddress.of(http));
    }

    @PostMapping("/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmPasswordReset(@Valid @RequestBody ResetConfirmation request) {
        accountTokens.resetPassword(request.token(), request.newPassword());
    }

    /** The invited owner of an account chooses their password, which also verifies their address; signs nobody in. */
    @PostMapping("/invitation/accept")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acceptInvitation(@Valid @RequestBody InvitationAcceptance request) {
        invitations.accept(request.token(), request.newPassword());
    }

    private static ResponseEntity<TokenResponse> tokens(SignIn.SignedIn signedIn) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(TokenResponse.of(signedIn));
    }
}
