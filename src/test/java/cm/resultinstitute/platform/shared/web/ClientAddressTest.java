package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.shared.AppProperties;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheConnectionIsTheClient() {
        ClientAddress addresses = new ClientAddress(properties(List.of()));
        assertThat(addresses.of(request("10.0.0.5", "203.0.113.9"))).isEqualTo("10.0.0.5");
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedForwardedAddressIsTheClient() {
        ClientAddress addresses = new ClientAddress(properties(List.of("10.0.0.0/8")));
        assertThat(addresses.of(request("10.0.0.5", "198.51.100.1, 203.0.113.9, 10.1.2.3")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxyWithoutForwardedForIsTheClient() {
        ClientAddress addresses = new ClientAddress(properties(List.of("10.0.0.5")));
        assertThat(addresses.of(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
    }

    @Test
    void garbageInForwardedForIsIgnored() {
        ClientAddress addresses = new ClientAddress(properties(List.of("10.0.0.5")));
        assertThat(addresses.of(request("10.0.0.5", "<script>"))).isEqualTo("10.0.0.5");
    }

    @Test
    void onlyATrustedProxySaysARequestCameOverHttps() {
        MockHttpServletRequest forwarded = request("10.0.0.5", "203.0.113.9");
        forwarded.addHeader("X-Forwarded-Proto", "https");
        assertThat(new ClientAddress(properties(List.of("10.0.0.0/8"))).cameOverHttps(forwarded))
                .isTrue();
        assertThat(new ClientAddress(properties(List.of())).cameOverHttps(forwarded))
                .isFalse();
        MockHttpServletRequest overTls = request("203.0.113.9", null);
        overTls.setSecure(true);
        assertThat(new ClientAddress(properties(List.of())).cameOverHttps(overTls))
                .isTrue();
        assertThat(new ClientAddress(properties(List.of("10.0.0.0/8"))).cameOverHttps(request("10.0.0.5", null)))
                .as("a trusted proxy that says nothing")
                .isFalse();
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    private static AppProperties properties(List<String> trustedProxies) {
        return new AppProperties(null, null, null, null, null, null, null, null, trustedProxies, null, null, 75);
    }
}
