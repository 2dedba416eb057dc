package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pictures are shown from the platform itself and from the hosts of APP_IMAGE_HOSTS, nowhere else. */
class ImageHostsTest {

    final ImageHosts hosts = new ImageHosts(List.of(" https://Images.Example.cm ", "http://cdn.example.org:8443", ""));

    @Test
    void theOriginsAreNormalisedForThePolicy() {
        assertThat(hosts.origins()).containsExactly("https://images.example.cm", "http://cdn.example.org:8443");
        assertThat(new ImageHosts(List.of()).origins()).isEmpty();
    }

    @Test
    void anImageIsShownFromThePlatformOrAnAllowedHostOnly() {
        assertThat(hosts.allows("/assets/favicon.svg")).isTrue();
        assertThat(hosts.allows("https://images.example.cm/trainings/leading.jpg"))
                .isTrue();
        assertThat(hosts.allows("HTTPS://IMAGES.EXAMPLE.CM/a.png")).isTrue();
        assertThat(hosts.allows("http://cdn.example.org:8443/a.png")).isTrue();

        assertThat(hosts.allows("http://images.example.cm/a.png"))
                .as("another scheme")
                .isFalse();
        assertThat(hosts.allows("http://cdn.example.org/a.png"))
                .as("another port")
                .isFalse();
        assertThat(hosts.allows("https://images.example.cm.evil.test/a.png")).isFalse();
        assertThat(hosts.allows("https://user@images.example.cm/a.png")).isFalse();
        assertThat(hosts.allows("//evil.test/a.png")).isFalse();
        assertThat(hosts.allows("javascript:alert(1)")).isFalse();
        assertThat(hosts.allows("not a url")).isFalse();
        assertThat(hosts.allows(null)).isFalse();
        assertThat(hosts.allows(" ")).isFalse();
    }

    @Test
    void aHostThatIsNotAnOriginStopsTheStart() {
        assertThatThrownBy(() -> new ImageHosts(List.of("images.example.cm"))).hasMessageContaining("APP_IMAGE_HOSTS");
        assertThatThrownBy(() -> new ImageHosts(List.of("https://images.example.cm/pictures")))
                .hasMessageContaining("is not an origin");
    }
}
