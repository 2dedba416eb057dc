package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.AppProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.StringUtils;

/**
 * Access tokens: HS256 JWTs made by Spring Security's Nimbus encoder and checked by its decoder, which accepts that
 * one algorithm only, requires {@code exp}, and checks the issuer. The key comes from {@code APP_JWT_SECRET} or
 * {@code APP_JWT_SECRET_FILE}; without either, a random key is made at start (tokens then die with the process).
 * A token that passes all that must still be current ({@link LiveAccess}). The signature of a token is checked once
 * and the token remembered for a minute; the rest is checked on every call ({@link VerifiedTokens}).
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

    static final MacAlgorithm ALGORITHM = MacAlgorithm.HS256;
    static final String ROLES_CLAIM = "roles";
    private static final int MINIMUM_KEY_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(JwtConfiguration.class);

    @Bean
    SecretKey jwtSigningKey(AppProperties properties) throws IOException {
        AppProperties.Jwt jwt = properties.jwt();
        String secret = jwt.secret();
        if (!StringUtils.hasText(secret)
                && jwt.secretFile() != null
                && !jwt.secretFile().toString().isBlank()) {
            secret = Files.readString(jwt.secretFile(), StandardCharsets.UTF_8).trim();
        }
        if (!StringUtils.hasText(secret)) {
            byte[] random = new byte[MINIMUM_KEY_BYTES];
            new SecureRandom().nextBytes(random);
            log.warn(
                    "No APP_JWT_SECRET: signing access tokens with a random key made at this start. Tokens will not"
                            + " survive a restart, and several instances cannot share them: set APP_JWT_SECRET (32 bytes or more).");
            return new SecretKeySpec(random, "HmacSHA256");
        }
        byte[] bytes = secret.startsWith("base64:")
                ? Base64.getDecoder().decode(secret.substring("base64:".length()))
                : secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MINIMUM_KEY_BYTES) {
            throw new IllegalStateException("APP_JWT_SECRET must hold at least " + MINIMUM_KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return NimbusJwtEncoder.withSecretKey(jwtSigningKey)
                .algorithm(ALGORITHM)
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtSigningKey, AppProperties properties, Clock clock, LiveAccess liveAccess) {
        NimbusJwtDecoder signatures = NimbusJwtDecoder.withSecretKey(jwtSigningKey)
                .macAlgorithm(ALGORITHM)
                .build();
        signatures.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
        // Tokens are made and read by the platform's own instances: no minute of grace after "exp" (Spring's default
        // for tokens from another issuer's clock), an expired token is refused when it expires.
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        return new VerifiedTokens(
                signatures,
                new DelegatingOAuth2TokenValidator<>(
                        timestamps,
                        new JwtIssuerValidator(properties.jwt().issuer()),
                        new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                        liveAccess));
    }

    /** Roles become authorities ({@code ROLE_ADMIN}); the subject is the user's id. */
    static AbstractAuthenticationToken authentication(Jwt jwt) {
        Collection<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        List<GrantedAuthority> authorities = roles == null
                ? List.of()
                : roles.stream()
                        .map(role -> (GrantedAuthority)
                                new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(java.util.Locale.ROOT)))
                        .toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }
}
