package cm.resultinstitute.platform.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.util.StringUtils;

/**
 * How to reach a PostgreSQL server: a JDBC URL and the account to use. Reads {@code DATABASE_URL} in both the
 * {@code postgresql://user:password@host:5432/db} form of most hosting services and the {@code jdbc:postgresql://}
 * form; an explicit username or password wins over the one in the URL.
 */
record ConnectionSettings(String jdbcUrl, String username, String password) {

    private static final String JDBC_PREFIX = "jdbc:postgresql://";

    static ConnectionSettings fromDatabaseUrl(String databaseUrl, String username, String password) {
        String url = databaseUrl.trim();
        if (url.startsWith(JDBC_PREFIX)) {
            requireHost(url, url.substring("jdbc:".length()));
            return new ConnectionSettings(url, emptyToNull(username), emptyToNull(password));
        }
        if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
            throw new DatabaseUnavailableException("DATABASE_URL is not a PostgreSQL URL: expected "
                    + "postgresql://user:password@host:5432/database or jdbc:postgresql://host:5432/database");
        }
        URI uri = requireHost(url, url);
        String urlUser = null;
        String urlPassword = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            urlUser = decode(parts[0]);
            urlPassword = parts.length > 1 ? decode(parts[1]) : null;
        }
        String jdbcUrl = JDBC_PREFIX
                + uri.getHost()
                + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new ConnectionSettings(
                jdbcUrl,
                StringUtils.hasText(username) ? username : urlUser,
                StringUtils.hasText(password) ? password : urlPassword);
    }

    /** The server and database, never the password: safe for logs. */
    String describe() {
        String withoutPrefix = jdbcUrl.substring(JDBC_PREFIX.length());
        int query = withoutPrefix.indexOf('?');
        String target = query < 0 ? withoutPrefix : withoutPrefix.substring(0, query);
        return (username == null ? "" : username + "@") + target;
    }

    private static URI requireHost(String original, String uriText) {
        try {
            URI uri = new URI(uriText);
            if (!StringUtils.hasText(uri.getHost())) {
                throw new DatabaseUnavailableException("DATABASE_URL names no host: " + redact(original));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new DatabaseUnavailableException("DATABASE_URL is not a valid URL: " + redact(original));
        }
    }

    private static String redact(String url) {
        return url.replaceAll("//([^:/@]*):[^@/]*@", "//$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String value) {
        return StringUtils.hasText(value) ? value : null;
    }
}
