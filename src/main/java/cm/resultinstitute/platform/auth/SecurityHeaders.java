package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.web.ImageHosts;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers every response carries: a content security policy that allows only the platform's own resources and
 * YouTube's privacy-enhanced player, no MIME sniffing, no framing, a strict referrer policy, and Strict-Transport-Security
 * on the requests that {@code https} says came over HTTPS.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy(List.of());

    private SecurityHeaders() {}

    /** The policy, with images allowed from the platform, YouTube's thumbnails and the institute's image hosts. */
    static String contentSecurityPolicy(List<String> imageHosts) {
        return "default-src 'self'; "
                + "img-src "
                + String.join(
                        " ",
                        Stream.concat(Stream.of("'self'", "data:", "https://i.ytimg.com"), imageHosts.stream())
                                .toList())
                + "; "
                + "frame-src https://www.youtube-nocookie.com; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /** A year: what browsers and the HSTS preload list expect. */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    static <B extends org.springframework.security.config.annotation.web.HttpSecurityBuilder<B>>
            Customizer<HeadersConfigurer<B>> apply(RequestMatcher https, ImageHosts imageHosts) {
        String policy = contentSecurityPolicy(imageHosts.origins());
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(https)
                        .maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)
                        .includeSubDomains(false))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }
}
