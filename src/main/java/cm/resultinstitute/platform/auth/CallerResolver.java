package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the signed-in {@link Caller}, from an access token or a page session alike; endpoints open to
 * anonymous callers take an {@code Optional<Caller>}.
 */
class CallerResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType())
                || (Optional.class.equals(parameter.getParameterType())
                        && Caller.class.equals(parameter.nested().getNestedParameterType()));
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (Optional.class.equals(parameter.getParameterType())) {
            return signedIn(authentication) ? Optional.of(current(authentication)) : Optional.empty();
        }
        return current(authentication);
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && (authentication.getPrincipal() instanceof Caller || authentication.getPrincipal() instanceof Jwt);
    }

    static Caller current(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()) {
            if (authentication.getPrincipal() instanceof Caller caller) {
                return caller;
            }
            if (authentication.getPrincipal() instanceof Jwt jwt) {
                List<String> roles = jwt.getClaimAsStringList(JwtConfiguration.ROLES_CLAIM);
                Role role = roles == null || roles.isEmpty()
                        ? null
                        : Role.of(roles.get(0)).orElse(null);
                if (role != null) {
                    return new Caller(Integer.parseInt(jwt.getSubject()), role);
                }
            }
        }
        throw new InsufficientAuthenticationException("Sign in to do this");
    }
}
