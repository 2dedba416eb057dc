package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy lets images in from the institute's image hosts, and from nowhere else besides its own. */
class ContentSecurityPolicyTest {

    @Test
    void theImageHostsJoinTheImageSources() {
        assertThat(SecurityHeaders.contentSecurityPolicy(
                        List.of("https://images.example.cm", "https://cdn.example.org")))
                .contains("img-src 'self' data: https://i.ytimg.com https://images.example.cm https://cdn.example.org;")
                .contains("default-src 'self';", "frame-ancestors 'none'");
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("img-src 'self' data: https://i.ytimg.com;");
    }
}
