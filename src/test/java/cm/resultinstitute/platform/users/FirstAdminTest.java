package cm.resultinstitute.platform.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.test.CleanState;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedPostgres;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import cm.resultinstitute.platform.users.domain.UserRepository;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    @Autowired
    AppProperties properties;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void noUsers() throws Exception {
        CleanState.truncateAll(SharedPostgres.DATABASE);
    }

    @Test
    void createsTheConfiguredAdministratorWhenThereIsNone() {
        firstAdmin(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD).run(null);

        var admin = users.findByEmail(TestAccounts.ADMIN_EMAIL).orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(admin.isEmailVerified()).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("$2a$12$");
        assertThat(BCrypt.checkpw(TestAccounts.PASSWORD, admin.getPasswordHash()))
                .isTrue();
    }

    @Test
    void withoutAPasswordGeneratesOneAndPrintsItOnce(CapturedOutput output) {
        firstAdmin("Boss@Example.CM", null).run(null);

        Matcher logged = Pattern.compile("generated password (\\S+) ").matcher(output.getOut());
        assertThat(logged.find()).isTrue();
        String password = logged.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        var admin = users.findByEmail("boss@example.cm").orElseThrow();
        assertThat(BCrypt.checkpw(password, admin.getPasswordHash())).isTrue();
        assertThat(logged.find()).as("printed only once").isFalse();
    }

    @Test
    void leavesAnInstallationWithAnAdministratorAlone() {
        TestData.shared().user("existing-admin@example.com", "admin");
        firstAdmin(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD).run(null);
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void refusesAnEmailThatBelongsToSomeoneElse() {
        TestData.shared().user("taken@example.com", "participant");
        assertThatThrownBy(() ->
                        firstAdmin("taken@example.com", TestAccounts.PASSWORD).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_ADMIN_EMAIL taken@example.com belongs to an account that is not one");
    }

    @Test
    void refusesAWeakPassword() {
        assertThatThrownBy(() -> firstAdmin("boss@example.cm", "short").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_ADMIN_PASSWORD breaks the password rules");
        assertThat(users.count()).isZero();
    }

    private FirstAdmin firstAdmin(String email, String password) {
        AppProperties configured = new AppProperties(
                properties.dataDir(),
                properties.timeZone(),
                properties.demoData(),
                properties.baseUrl(),
                properties.database(),
                new AppProperties.Admin(email, password, "Platform", "Administrator"),
                properties.maxRequestSize(),
                properties.jwt(),
                properties.trustedProxies(),
                properties.rateLimits(),
                properties.mail(),
                properties.certificateMinAttendance());
        return new FirstAdmin(configured, users, passwordEncoder, jdbc, transaction);
    }
}
