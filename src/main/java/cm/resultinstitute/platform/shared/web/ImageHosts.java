package cm.resultinstitute.platform.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hosts that images (training pictures, avatars, featured images) may come from besides the platform itself:
 * {@code APP_IMAGE_HOSTS}, a comma-separated list of origins such as {@code https://images.example.cm}. The content
 * security policy allows exactly these, and pages show an image only from one of them, so that a browser never
 * refuses one in front of the reader.
 */
@Component
public class ImageHosts {

    private final List<String> origins;

    public ImageHosts(@Value("${app.image-hosts:}") List<String> hosts) {
        this.origins = hosts.stream()
                .map(String::trim)
                .filter(host -> !host.isEmpty())
                .map(ImageHosts::requireOrigin)
                .distinct()
                .toList();
    }

    /** The origins, as the policy's {@code img-src} lists them. */
    public List<String> origins() {
        return origins;
    }

    /** Whether a page may show the image at this address: the platform's own, or one from an allowed host. */
    public boolean allows(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        if (address.startsWith("/") && !address.startsWith("//")) {
            return true;
        }
        String origin = origin(address);
        return origin != null && origins.contains(origin);
    }

    private static String requireOrigin(String host) {
        String origin = origin(host);
        if (origin == null || !URI.create(host).getRawPath().matches("/?")) {
            throw new IllegalArgumentException(
                    "APP_IMAGE_HOSTS: '" + host + "' is not an origin such as https://images.example.cm");
        }
        return origin;
    }

    /** {@code scheme://host[:port]} of an http(s) address, lower-cased; null when it is not one. */
    private static String origin(String address) {
        try {
            URI uri = new URI(address.trim());
            String scheme = Objects.requireNonNullElse(uri.getScheme(), "").toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null
                    || uri.getUserInfo() != null) {
                return null;
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
