package cm.resultinstitute.platform.auth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The version of each user's access ({@code user_access_versions}), which every access token carries: a change of
 * password, role or status moves it on, and tokens of an older version are refused from then on.
 */
@Component
class AccessVersions {

    private final JdbcClient jdbc;

    AccessVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int current(int userId) {
        return jdbc.sql("SELECT COALESCE((SELECT version FROM user_access_versions WHERE user_id = :user), 0)")
                .param("user", userId)
                .query(Integer.class)
                .single();
    }

    /** Moves the version on, in the transaction of the change that ends the old tokens. */
    @Transactional(propagation = Propagation.MANDATORY)
    void advance(int userId) {
        jdbc.sql("""
                        INSERT INTO user_access_versions AS current (user_id, version) VALUES (:user, 1)
                        ON CONFLICT (user_id) DO UPDATE SET version = current.version + 1""").param("user", userId).update();
    }
}
