package cm.resultinstitute.platform.database;

/** The platform cannot use the configured database; the message says why, in one line, and the action what to do. */
class DatabaseUnavailableException extends RuntimeException {

    static final String CHECK_SETTINGS = "Check DATABASE_URL, DATABASE_USERNAME and DATABASE_PASSWORD, or unset"
            + " DATABASE_URL to run the embedded PostgreSQL.";

    private final String action;

    DatabaseUnavailableException(String message) {
        this(message, CHECK_SETTINGS, null);
    }

    DatabaseUnavailableException(String message, Throwable cause) {
        this(message, CHECK_SETTINGS, cause);
    }

    DatabaseUnavailableException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
