package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Only tokens the platform signed, with its one algorithm, unexpired and from its issuer, open the API. */
@PlatformTest
class AccessTokenSecurityTest {

    static final String ISSUER = "result-institute-platform";

    @Autowired
    MockMvcTester mvc;

    SignedIn jane;

    @BeforeEach
    void signIn() {
        jane = Logins.newUser(mvc, "jane+" + System.nanoTime() + "@example.com", "participant");
    }

    @AfterEach
    void realTime() {
        MutableClock.INSTANCE.reset();
    }

    @Test
    void validTokenOpensTheApi() {
        assertThat(me("Bearer " + jane.accessToken())).hasStatusOk();
    }

    @Test
    void missingTokenIs401WithBearerChallenge() {
        MvcTestResult result = mvc.get().uri("/api/v1/me").exchange();
        assertThat(result).hasStatus(401);
        assertThat(result).headers().containsHeader(HttpHeaders.WWW_AUTHENTICATE);
        assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unsignedTokenIsRefused() {
        String none = new PlainJWT(claims(Instant.now().plusSeconds(600), ISSUER)).serialize();
        assertThat(me("Bearer " + none)).hasStatus(401);
    }

    @Test
    void tamperedPayloadIsRefused() {
        String[] parts = jane.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"participant\"", "\"admin\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        assertThat(me("Bearer " + forged)).hasStatus(401);
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() throws JOSEException {
        String forged = sign(
                JWSAlgorithm.HS256,
                "another-key-another-key-another-key-0123456789",
                claims(Instant.now().plusSeconds(600), ISSUER));
        assertThat(me("Bearer " + forged)).hasStatus(401);
    }

    @Test
    void tokenWithAnotherAlgorithmIsRefusedEvenWithTheRightKey() throws JOSEException {
        String secret = TestAccounts.JWT_SECRET + TestAccounts.JWT_SECRET;
        String forged = sign(JWSAlgorithm.HS512, secret, claims(Instant.now().plusSeconds(600), ISSUER));
        assertThat(me("Bearer " + forged)).hasStatus(401);
    }

    @Test
    void rightKeyButWrongIssuerIsRefused() throws JOSEException {
        String forged = sign(
                JWSAlgorithm.HS256,
                TestAccounts.JWT_SECRET,
                claims(Instant.now().plusSeconds(600), "someone-else"));
        assertThat(me("Bearer " + forged)).hasStatus(401);
    }

    @Test
    void rightKeyAndIssuerWorkOnlyWithAnExpiry() throws JOSEException {
        assertThat(me("Bearer "
                        + sign(
                                JWSAlgorithm.HS256,
                                TestAccounts.JWT_SECRET,
                                claims(Instant.now().plusSeconds(600), ISSUER))))
                .as("the control: a well-made token passes")
                .hasStatusOk();
        assertThat(me("Bearer " + sign(JWSAlgorithm.HS256, TestAccounts.JWT_SECRET, claims(null, ISSUER))))
                .as("no exp")
                .hasStatus(401);
        assertThat(me("Bearer "
                        + sign(
                                JWSAlgorithm.HS256,
                                TestAccounts.JWT_SECRET,
                                claims(Instant.now().minusSeconds(600), ISSUER))))
                .as("expired")
                .hasStatus(401);
    }

    @Test
    void accessTokenExpiresAfterFifteenMinutes() {
        MutableClock.INSTANCE.advance(Duration.ofMinutes(14));
        assertThat(me("Bearer " + jane.accessToken())).hasStatusOk();
        MutableClock.INSTANCE.advance(Duration.ofSeconds(61));
        assertThat(me("Bearer " + jane.accessToken()))
                .as("one second after its expiry, with no minute of grace")
                .hasStatus(401);
    }

    @Test
    void refreshTokenIsNotAnAccessToken() {
        assertThat(me("Bearer " + jane.refreshToken())).hasStatus(401);
    }

    @Test
    void aTokenUnderAnotherSchemeIsNoTokenAndIsRefusedAsAProblem() {
        for (String scheme : List.of("DPoP ", "Basic ", "Token ")) {
            MvcTestResult result = me(scheme + jane.accessToken());
            assertThat(result).as(scheme).hasStatus(401);
            assertThat(result).as(scheme).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE))
                    .startsWith("Bearer");
            assertThat(mvc.get()
                            .uri("/api/v1/categories")
                            .header(HttpHeaders.AUTHORIZATION, scheme + jane.accessToken())
                            .exchange())
                    .as(scheme + " on a public read")
                    .hasStatusOk();
        }
    }

    private MvcTestResult me(String authorization) {
        return mvc.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange();
    }

    /** Claims as the platform makes them, for Jane's current sign-in, with the expiry and issuer given. */
    private JWTClaimsSet claims(Instant expiry, String issuer) {
        JWTClaimsSet real = realClaims();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(String.valueOf(jane.id()))
                .issuer(issuer)
                .issueTime(new Date())
                .claim("roles", List.of("participant"))
                .claim("sid", real.getClaim("sid"))
                .claim("ver", real.getClaim("ver"));
        if (expiry != null) {
            claims.expirationTime(Date.from(expiry));
        }
        return claims.build();
    }

    private JWTClaimsSet realClaims() {
        try {
            return SignedJWT.parse(jane.accessToken()).getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSAlgorithm algorithm, String secret, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
