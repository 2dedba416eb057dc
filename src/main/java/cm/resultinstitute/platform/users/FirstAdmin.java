package cm.resultinstitute.platform.users;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.users.domain.User;
import cm.resultinstitute.platform.users.domain.UserRepository;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Makes sure an installation is never without an administrator: on a start that finds none, one is created from
 * {@code APP_ADMIN_EMAIL} / {@code APP_ADMIN_PASSWORD}, or with a random password printed once in the log.
 */
@Component
@Order(FirstAdmin.ORDER)
class FirstAdmin implements ApplicationRunner {

    /** After the demo data, which brings its own administrator. */
    static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final long ADVISORY_LOCK = 0x5245_5355_4c54_0001L;

    private final AppProperties.Admin settings;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    FirstAdmin(
            AppProperties properties,
            UserRepository users,
            PasswordEncoder passwordEncoder,
            JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.settings = properties.admin();
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> ensureAnAdministratorExists());
    }

    private void ensureAnAdministratorExists() {
        // Several instances may start at once: one of them creates the administrator, the others see it.
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ADVISORY_LOCK).query().singleRow();
        if (users.existsByRole(Role.ADMIN)) {
            return;
        }
        String email = User.normalizeEmail(settings.email());
        if (users.findByEmail(email).isPresent()) {
            throw new IllegalStateException("There is no administrator, and APP_ADMIN_EMAIL " + email
                    + " belongs to an account that is not one: set APP_ADMIN_EMAIL to another address.");
        }
        boolean generated = !StringUtils.hasText(settings.password());
        String password = generated ? randomPassword() : settings.password();
        PasswordPolicy.check(password, email).ifPresent(violation -> {
            throw new IllegalStateException("APP_ADMIN_PASSWORD breaks the password rules (" + violation.messageCode()
                    + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, at most " + PasswordPolicy.MAX_BYTES
                    + " bytes, not the email.");
        });
        User admin = new User(
                email, passwordEncoder.encode(password), settings.firstName(), settings.lastName(), Role.ADMIN);
        admin.markEmailVerified();
        users.save(admin);
        if (generated) {
            log.warn(
                    "Created the first administrator {} with the generated password {} (shown only this once: sign in and change it)",
                    email,
                    password);
        } else {
            log.info("Created the first administrator {} with the password from APP_ADMIN_PASSWORD", email);
        }
    }

    private String randomPassword() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
