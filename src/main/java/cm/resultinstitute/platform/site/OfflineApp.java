package cm.resultinstitute.platform.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * What makes the site an installable web app that works without network: its manifest, its service worker (served
 * from the root so that it covers every page, never cached by the browser so that an update is seen at once) and the
 * page it shows offline. The worker's cache is named after the content-hashed addresses of the shell: a new release
 * makes a new cache and the old ones are removed.
 */
@Controller
class OfflineApp {

    static final String THEME_COLOUR = "#0b5d3b";
    static final List<String> SHELL = List.of(
            "/webjars/picocss__pico/css/pico.min.css",
            "/assets/css/app.css",
            "/webjars/htmx.org/dist/htmx.min.js",
            "/assets/js/site.js",
            "/assets/js/rollcall.js",
            "/assets/favicon.svg",
            "/assets/icons/icon-192.png");

    private final ResourceUrlProvider urls;
    private String worker;

    OfflineApp(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    @GetMapping(value = "/manifest.webmanifest", produces = "application/manifest+json")
    ResponseEntity<Map<String, Object>> manifest() {
        Map<String, Object> manifest = Map.of(
                "name", "Result Institute",
                "short_name", "Result Institute",
                "description", "Trainings, attendance and progress at Result Institute",
                "start_url", "/my",
                "scope", "/",
                "display", "standalone",
                "background_color", "#ffffff",
                "theme_color", THEME_COLOUR,
                "icons",
                        List.of(
                                icon("/assets/icons/icon-192.png", "192x192", "image/png"),
                                icon("/assets/icons/icon-512.png", "512x512", "image/png"),
                                icon("/assets/favicon.svg", "any", "image/svg+xml")));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(manifest);
    }

    @GetMapping(value = "/sw.js", produces = "text/javascript")
    ResponseEntity<String> serviceWorker() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(worker());
    }

    @GetMapping("/offline")
    String offline() {
        return "offline";
    }

    private synchronized String worker() {
        if (worker == null) {
            List<String> shell = SHELL.stream()
                    .map(path -> Objects.requireNonNullElse(urls.getForLookupPath(path), path))
                    .collect(Collectors.toList());
            shell.add("/offline");
            worker = template()
                    .replace("__VERSION__", digest(String.join("\n", shell)))
                    .replace(
                            "__SHELL__",
                            shell.stream().map(url -> "'" + url + "'").collect(Collectors.joining(", ", "[", "]")));
        }
        return worker;
    }

    private static Map<String, String> icon(String src, String sizes, String type) {
        return Map.of("src", src, "sizes", sizes, "type", type);
    }

    private static String template() {
        try {
            return new ClassPathResource("offline/sw.js").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
