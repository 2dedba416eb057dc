package cm.resultinstitute.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database that cannot be used into the one line that says why, instead of a stack trace. */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Check DATABASE_URL, DATABASE_USERNAME and DATABASE_PASSWORD, or unset DATABASE_URL to run the embedded"
                        + " PostgreSQL.",
                cause);
    }
}
