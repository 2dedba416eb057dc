package cm.resultinstitute.platform.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.util.StringUtils;

/**
 * Access tokens as the API reads them: a client sends the same token on every call for its fifteen minutes, so its
 * signature is checked once and the token remembered (parsing and checking it was a sixth of a call's work); what
 * can change, its expiry, issuer and whether access is still live, is validated on every call. Only tokens whose
 * signature holds are remembered, so made-up tokens cannot fill the memory.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);
    private static final int MOST_REMEMBERED = 2_000;

    private final JwtDecoder signatures;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED_FOR)
            .maximumSize(MOST_REMEMBERED)
            .build();

    /** {@code signatures} parses and checks the signature only; {@code validator} checks everything else. */
    VerifiedTokens(JwtDecoder signatures, OAuth2TokenValidator<Jwt> validator) {
        this.signatures = signatures;
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token, signatures::decode);
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException(message(result.getErrors()), result.getErrors());
        }
        return jwt;
    }

    /** As Spring Security's own decoder words it. */
    private static String message(Collection<OAuth2Error> errors) {
        return errors.stream()
                .map(OAuth2Error::getDescription)
                .filter(StringUtils::hasLength)
                .findFirst()
                .map(description -> "An error occurred while attempting to decode the Jwt: " + description)
                .orElse("Unable to validate Jwt");
    }
}
