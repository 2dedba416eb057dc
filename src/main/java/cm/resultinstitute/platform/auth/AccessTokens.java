package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.users.Credentials;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Makes the short-lived access tokens (default 15 minutes). Besides the user and role, each names its sign-in
 * ({@value #SIGN_IN_CLAIM}) and the version of the user's access ({@value #VERSION_CLAIM}), which {@link LiveAccess}
 * checks on every call.
 */
@Component
class AccessTokens {

    static final String SIGN_IN_CLAIM = "sid";
    static final String VERSION_CLAIM = "ver";

    private final JwtEncoder encoder;
    private final AppProperties.Jwt settings;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, AppProperties properties, Clock clock) {
        this.encoder = encoder;
        this.settings = properties.jwt();
        this.clock = clock;
    }

    String issue(Credentials user, UUID signIn, int accessVersion) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .subject(String.valueOf(user.userId()))
                .issuedAt(now)
                .expiresAt(now.plus(settings.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim(JwtConfiguration.ROLES_CLAIM, List.of(user.role().value()))
                .claim(SIGN_IN_CLAIM, signIn.toString())
                .claim(VERSION_CLAIM, accessVersion)
                .build();
        JwsHeader header =
                JwsHeader.with(JwtConfiguration.ALGORITHM).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    long lifetimeSeconds() {
        return settings.accessTokenTtl().toSeconds();
    }
}
