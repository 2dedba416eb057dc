package cm.resultinstitute.platform.shared.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

/** PostgreSQL advisory locks named by text, held until the current transaction ends, on every instance alike. */
public final class AdvisoryLocks {

    private AdvisoryLocks() {}

    /** Waits until no other transaction holds the lock of this name, then holds it until this one ends. */
    public static void holdUntilCommit(JdbcClient jdbc, String name) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:name))")
                .param("name", name)
                .query()
                .singleRow();
    }
}
