package cm.resultinstitute.platform.users;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.shared.csv.CsvImports;
import cm.resultinstitute.platform.shared.csv.CsvProblem;
import cm.resultinstitute.platform.shared.csv.ImportReport;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.users.domain.User;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Accounts created from a CSV file ({@code email, first_name, last_name, role, phone}), by admins: each new account
 * gets the invitation mail to choose its password; an address that already has an account is reported, not changed.
 */
@Service
public class UserImport {

    static final List<String> COLUMNS = List.of("email", "first_name", "last_name");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserAccounts accounts;
    private final CsvImports imports;
    private final ActivityRecorder activity;
    private final JdbcClient jdbc;

    UserImport(UserAccounts accounts, CsvImports imports, ActivityRecorder activity, JdbcClient jdbc) {
        this.accounts = accounts;
        this.imports = imports;
        this.activity = activity;
        this.jdbc = jdbc;
    }

    public ImportReport run(byte[] csv, boolean dryRun, Caller caller, Locale locale) {
        if (!caller.isAdmin()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "problem.detail.403");
        }
        // Nobody knows the secret behind it: the invited accounts cannot sign in until their owners choose a password.
        String unusable = accounts.unusablePasswordHash();
        Map<String, Integer> lineOf = new HashMap<>();
        return imports.run(
                csv,
                COLUMNS,
                dryRun,
                locale,
                row -> {
                    String email = required(row.line(), "email", row.get("email"), 255);
                    if (!EMAIL.matcher(email).matches()) {
                        throw new CsvProblem(row.line(), "email", "csv.email");
                    }
                    String normalized = User.normalizeEmail(email);
                    Integer earlier = lineOf.putIfAbsent(normalized, row.line());
                    if (earlier != null) {
                        throw new CsvProblem(row.line(), "email", "csv.duplicate", earlier);
                    }
                    String firstName = required(row.line(), "first_name", row.get("first_name"), 100);
                    String lastName = required(row.line(), "last_name", row.get("last_name"), 100);
                    Role role = role(row.line(), row.get("role"));
                    String phone = row.get("phone");
                    if (phone != null && phone.length() > 20) {
                        throw new CsvProblem(row.line(), "phone", "csv.tooLong", 20);
                    }
                    if (exists(normalized)) {
                        return "exists";
                    }
                    accounts.create(
                            new NewAccount(normalized, null, firstName, lastName, phone, role, UserStatus.ACTIVE, null),
                            false,
                            unusable);
                    return "invited";
                },
                report -> activity.record(
                        ActivityEntry.of("users_imported", "user", null, "Imported " + report.rows() + " accounts")
                                .with("counts", report.counts())));
    }

    private boolean exists(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(?))")
                .param(email)
                .query(Boolean.class)
                .single();
    }

    private static String required(int line, String column, String value, int max) {
        if (value == null) {
            throw new CsvProblem(line, column, "csv.required");
        }
        if (value.length() > max) {
            throw new CsvProblem(line, column, "csv.tooLong", max);
        }
        return value;
    }

    /** The role, participant when the column is absent or empty. */
    private static Role role(int line, String value) {
        if (value == null) {
            return Role.PARTICIPANT;
        }
        return Arrays.stream(Role.values())
                .filter(role -> role.value().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new CsvProblem(line, "role", "csv.role"));
    }
}
