package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.web.ClientAddress;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Credentials;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs visitors in to the pages with the same checks as the API (same rate limits, same refusals); the page
 * session then holds the {@link Caller}.
 */
@Component
class PageLogin implements AuthenticationProvider {

    private final SignIn signIn;
    private final ClientAddress clientAddress;

    PageLogin(SignIn signIn, ClientAddress clientAddress) {
        this.signIn = signIn;
        this.clientAddress = clientAddress;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? clientAddress.of(attributes.getRequest())
                : "unknown";
        try {
            Credentials credentials = signIn.authenticate(
                    authentication.getName(), String.valueOf(authentication.getCredentials()), address);
            Caller caller = new Caller(credentials.userId(), credentials.role());
            return UsernamePasswordAuthenticationToken.authenticated(
                    caller,
                    null,
                    List.of(new SimpleGrantedAuthority(
                            "ROLE_" + credentials.role().name())));
        } catch (SignInRefused refused) {
            throw switch (refused.getStatusCode().value()) {
                case 403 -> new DisabledException("account disabled");
                case 429 -> new LockedException("too many attempts");
                default -> new BadCredentialsException("bad credentials");
            };
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
