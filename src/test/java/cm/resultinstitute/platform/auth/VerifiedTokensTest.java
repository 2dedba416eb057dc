package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** A token's signature is checked once; everything that can change is checked on every call. */
class VerifiedTokensTest {

    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final AtomicBoolean revoked = new AtomicBoolean();

    private final JwtDecoder signatures = token -> {
        signatureChecks.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("Signed JWT rejected: Invalid signature");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "HS256")
                .subject("7")
                .expiresAt(Instant.now().plusSeconds(600))
                .build();
    };

    private final VerifiedTokens tokens = new VerifiedTokens(
            signatures,
            jwt -> revoked.get()
                    ? OAuth2TokenValidatorResult.failure(
                            new OAuth2Error("invalid_token", "This token has been revoked", null))
                    : OAuth2TokenValidatorResult.success());

    @Test
    void aTokenIsCheckedOnceForItsSignature() {
        assertThat(tokens.decode("good.one").getSubject()).isEqualTo("7");
        assertThat(tokens.decode("good.one").getSubject()).isEqualTo("7");
        assertThat(tokens.decode("good.two").getTokenValue()).isEqualTo("good.two");
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void aRememberedTokenIsStillValidatedOnEveryCall() {
        tokens.decode("good.one");
        revoked.set(true);
        assertThatThrownBy(() -> tokens.decode("good.one"))
                .isInstanceOf(JwtValidationException.class)
                .hasMessage("An error occurred while attempting to decode the Jwt: This token has been revoked");
        revoked.set(false);
        assertThat(tokens.decode("good.one").getSubject()).isEqualTo("7");
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void aTokenWhoseSignatureFailsIsNeverRemembered() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tokens.decode("forged.one")).isInstanceOf(BadJwtException.class);
        }
        assertThat(signatureChecks).hasValue(3);
    }
}
