package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.oauth2.jwt.Jwt;

/** What an instance remembers of a user's access: read again ahead of its window's end, never kept past it. */
@PlatformTest
class LiveAccessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private LiveAccess access;
    private int userId;
    private Jwt token;

    @BeforeEach
    void aSignedInParticipant() {
        userId = TestData.shared().user("live" + System.nanoTime() + "@access.test", "participant");
        UUID signIn = UUID.randomUUID();
        jdbc.sql("INSERT INTO sign_ins (id, user_id) VALUES (:id, :user)")
                .param("id", signIn)
                .param("user", userId)
                .update();
        token = Jwt.withTokenValue("token")
                .header("alg", "HS256")
                .subject(Integer.toString(userId))
                .claim(AccessTokens.SIGN_IN_CLAIM, signIn.toString())
                .claim(AccessTokens.VERSION_CLAIM, 0)
                .claim(JwtConfiguration.ROLES_CLAIM, List.of("participant"))
                .expiresAt(Instant.now().plusSeconds(600))
                .build();
        DataSource failing = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                if (databaseDown.get()) {
                    throw new SQLException("The database is down", "08001");
                }
                return super.getConnection();
            }
        };
        access = new LiveAccess(JdbcClient.create(failing), nanos::get);
    }

    @Test
    void anAnswerHalfItsWindowOldIsReadAgainBeforeTheWindowEnds() {
        assertThat(access.validate(token).hasErrors()).isFalse();
        suspend();

        later(200);
        assertThat(access.validate(token).hasErrors())
                .as("less than half a window old: as it was read")
                .isFalse();
        later(100);
        assertThat(access.validate(token).hasErrors())
                .as("more than half a window old: read again by this call")
                .isTrue();
    }

    @Test
    void anAnswerIsNeverUsedPastItsWindow() {
        assertThat(access.validate(token).hasErrors()).isFalse();
        suspend();

        later(600);
        assertThat(access.validate(token).hasErrors()).isTrue();
    }

    @Test
    void anAnswerThatCouldNotBeReadAgainIsDropped() {
        assertThat(access.validate(token).hasErrors()).isFalse();
        databaseDown.set(true);

        later(300);
        assertThat(access.validate(token).hasErrors()).isFalse();
        assertThatThrownBy(() -> access.validate(token))
                .as("not the answer the failed read should have replaced")
                .isInstanceOf(CannotGetJdbcConnectionException.class);

        databaseDown.set(false);
        assertThat(access.validate(token).hasErrors()).isFalse();
    }

    private void suspend() {
        jdbc.sql("UPDATE users SET status = 'suspended' WHERE id = :id")
                .param("id", userId)
                .update();
    }

    private void later(long millis) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
