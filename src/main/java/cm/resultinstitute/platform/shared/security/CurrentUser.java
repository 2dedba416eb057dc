package cm.resultinstitute.platform.shared.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, whether through an access token (its subject) or a page session (its principal). */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<Integer> id() {
        return id(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Integer> id(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof Jwt jwt) {
            return Optional.of(Integer.valueOf(jwt.getSubject()));
        }
        if (principal instanceof IdentifiedUser user) {
            return Optional.of(user.id());
        }
        return Optional.empty();
    }
}
