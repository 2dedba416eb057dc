package cm.resultinstitute.platform.blog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the video id in the addresses people paste from YouTube: {@code youtube.com/watch?v=}, {@code youtu.be/},
 * {@code /embed/} and {@code /shorts/} (the four forms PRODUCT.md names), with or without {@code www.} or {@code m.},
 * with extra parameters such as {@code t=} or {@code si=}. Anything else has no id.
 */
final class YoutubeVideos {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Set<String> YOUTUBE_HOSTS = Set.of(
            "youtube.com",
            "www.youtube.com",
            "m.youtube.com",
            "music.youtube.com",
            "youtube-nocookie.com",
            "www.youtube-nocookie.com");
    private static final Set<String> SHORT_HOSTS = Set.of("youtu.be", "www.youtu.be");
    private static final Set<String> ID_PATHS = Set.of("embed", "shorts");
    /** {@code t=90}, {@code t=90s}, {@code t=1m30s}, {@code t=1h2m3s} or {@code start=90}. */
    private static final Pattern START = Pattern.compile("(?:(\\d{1,3})h)?(?:(\\d{1,4})m)?(?:(\\d{1,6})s?)?");

    private YoutubeVideos() {}

    static Optional<String> idOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String address = url.trim();
        if (!address.contains("://")) {
            address = "https://" + address;
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))
                || uri.getRawUserInfo() != null
                || uri.getPort() != -1
                || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String[] path = segments(uri.getRawPath());
        String candidate = null;
        if (SHORT_HOSTS.contains(host) && path.length == 1) {
            candidate = path[0];
        } else if (YOUTUBE_HOSTS.contains(host)) {
            if (path.length == 1 && path[0].equals("watch")) {
                candidate = parameter(uri.getRawQuery(), "v");
            } else if (path.length == 2 && ID_PATHS.contains(path[0])) {
                candidate = path[1];
            }
        }
        return candidate != null && ID.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    /** The second the address asks the video to start at ({@code t=} or {@code start=}), if any. */
    static Optional<Integer> startOf(String url) {
        if (url == null || idOf(url).isEmpty()) {
            return Optional.empty();
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        String rawQuery = url.substring(query + 1).replaceFirst("#.*$", "");
        String value = Optional.ofNullable(parameter(rawQuery, "t")).orElse(parameter(rawQuery, "start"));
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        var time = START.matcher(value);
        if (!time.matches()) {
            return Optional.empty();
        }
        int seconds = 3600 * number(time.group(1)) + 60 * number(time.group(2)) + number(time.group(3));
        return seconds > 0 ? Optional.of(seconds) : Optional.empty();
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static String[] segments(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return new String[0];
        }
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.endsWith("/")
                ? trimmed.substring(0, trimmed.length() - 1).split("/", -1)
                : trimmed.split("/", -1);
    }

    private static String parameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return pair.substring(equals + 1);
            }
        }
        return null;
    }
}
