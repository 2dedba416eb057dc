package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.web.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The requests that came over HTTPS, which get Strict-Transport-Security: every request of a platform whose cookies
 * are HTTPS-only ({@code APP_SECURE_COOKIES=true}), else those over TLS or forwarded as HTTPS by a trusted proxy.
 */
@Component
class HttpsRequests implements RequestMatcher {

    private final ClientAddress clientAddress;
    private final boolean secureCookies;

    HttpsRequests(
            ClientAddress clientAddress,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.clientAddress = clientAddress;
        this.secureCookies = secureCookies;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return secureCookies || clientAddress.cameOverHttps(request);
    }
}
