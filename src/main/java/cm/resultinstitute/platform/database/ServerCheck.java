package cm.resultinstitute.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connects once before the pool starts, so that a wrong URL, an unreachable server, bad credentials or a server
 * that is too old stop the start with a sentence that says which.
 */
final class ServerCheck {

    static final int MINIMUM_MAJOR_VERSION = 14;
    private static final String CONNECT_TIMEOUT_SECONDS = "10";

    private ServerCheck() {}

    static void verify(ConnectionSettings settings) {
        Properties properties = new Properties();
        if (settings.username() != null) {
            properties.setProperty("user", settings.username());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", CONNECT_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties)) {
            int major = connection.getMetaData().getDatabaseMajorVersion();
            if (major < MINIMUM_MAJOR_VERSION) {
                throw new DatabaseUnavailableException(
                        "PostgreSQL " + MINIMUM_MAJOR_VERSION + " or newer is needed, but "
                                + settings.describe() + " runs "
                                + connection.getMetaData().getDatabaseProductVersion());
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(explain(settings, e), e);
        }
    }

    static String explain(ConnectionSettings settings, SQLException e) {
        String target = settings.describe();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return "PostgreSQL at " + target + " refused the credentials of user '" + settings.username()
                    + "': check DATABASE_USERNAME and DATABASE_PASSWORD";
        }
        if (state.equals("3D000")) {
            return "The database of " + target + " does not exist on that server";
        }
        if (state.startsWith("08")) {
            return "Cannot reach PostgreSQL at " + target + ": " + firstLine(e.getMessage());
        }
        return "Cannot use PostgreSQL at " + target + ": " + firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
