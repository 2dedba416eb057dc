package cm.resultinstitute.platform.shared.web;

import cm.resultinstitute.platform.shared.AppProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is believed only when the request comes from
 * one of {@code APP_TRUSTED_PROXIES}: then the client is the nearest address in that header that is not itself a
 * trusted proxy. Otherwise anyone could pick the address their attempts are counted against.
 */
@Component
public class ClientAddress {

    /** Compiled once: every request asks whether it came through a trusted proxy (its scheme, its address). */
    private static final Pattern ADDRESS_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]+");

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddress(AppProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream()
                .filter(StringUtils::hasText)
                .map(String::trim)
                .map(IpAddressMatcher::new)
                .toList();
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!trusted(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (!StringUtils.hasText(forwarded)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trusted(hop)) {
                return isAddress(hop) ? hop : remote;
            }
        }
        return remote;
    }

    /**
     * Whether the client reached the platform over HTTPS: the connection itself, or a trusted proxy that says so in
     * {@code X-Forwarded-Proto}. Nobody else's word for it is taken.
     */
    public boolean cameOverHttps(HttpServletRequest request) {
        return request.isSecure()
                || (trusted(request.getRemoteAddr())
                        && "https"
                                .equalsIgnoreCase(String.valueOf(request.getHeader("X-Forwarded-Proto"))
                                        .trim()));
    }

    private boolean trusted(String address) {
        return !trustedProxies.isEmpty()
                && isAddress(address)
                && trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    private static boolean isAddress(String value) {
        return ADDRESS_CHARACTERS.matcher(value).matches() && (value.contains(".") || value.contains(":"));
    }
}
