package cm.resultinstitute.platform.database;

/** The platform cannot use the configured database; the message says why, in one line. */
class DatabaseUnavailableException extends RuntimeException {

    DatabaseUnavailableException(String message) {
        super(message);
    }

    DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
