package cm.resultinstitute.platform.attendance;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.shared.csv.CsvImports;
import cm.resultinstitute.platform.shared.csv.CsvProblem;
import cm.resultinstitute.platform.shared.csv.ImportReport;
import cm.resultinstitute.platform.trainings.SessionInfo;
import cm.resultinstitute.platform.users.Caller;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A session's marks from a CSV file ({@code email, status, notes}), for its trainer and admins: each row must name a
 * participant holding a seat in the training, once; the marks are then written together, as a roll call is.
 */
@Service
public class AttendanceImport {

    static final List<String> COLUMNS = List.of("email", "status");
    static final int MAX_NOTES = 1000;

    private final AttendanceRegister register;
    private final CsvImports imports;
    private final ActivityRecorder activity;
    private final JdbcClient jdbc;

    AttendanceImport(AttendanceRegister register, CsvImports imports, ActivityRecorder activity, JdbcClient jdbc) {
        this.register = register;
        this.imports = imports;
        this.activity = activity;
        this.jdbc = jdbc;
    }

    /** The session to import into, if the caller runs its training: 403 to whom only sees it, 404 to whom does not. */
    public SessionInfo session(int sessionId, Caller caller) {
        return register.managed(sessionId, caller);
    }

    public ImportReport run(int sessionId, byte[] csv, boolean dryRun, Caller caller, Locale locale) {
        SessionInfo session = session(sessionId, caller);
        Map<String, Integer> seats = seatHolders(session);
        Map<Integer, Integer> lineOf = new HashMap<>();
        List<AttendanceMark> marks = new ArrayList<>();
        return imports.run(
                csv,
                COLUMNS,
                dryRun,
                locale,
                row -> {
                    String email = row.get("email");
                    if (email == null) {
                        throw new CsvProblem(row.line(), "email", "csv.required");
                    }
                    Integer userId = seats.get(email.toLowerCase(Locale.ROOT));
                    if (userId == null) {
                        throw new CsvProblem(row.line(), "email", "attendance.import.notSeated");
                    }
                    AttendanceStatus status = status(row.line(), row.get("status"));
                    String notes = row.get("notes");
                    if (notes != null && notes.length() > MAX_NOTES) {
                        throw new CsvProblem(row.line(), "notes", "csv.tooLong", MAX_NOTES);
                    }
                    Integer earlier = lineOf.putIfAbsent(userId, row.line());
                    if (earlier != null) {
                        throw new CsvProblem(row.line(), "email", "csv.duplicate", earlier);
                    }
                    marks.add(new AttendanceMark(userId, status, notes));
                    return "marked";
                },
                report -> {
                    register.write(session, marks, caller);
                    activity.record(ActivityEntry.of(
                                    "attendance_imported",
                                    "session",
                                    sessionId,
                                    "Imported " + marks.size() + " attendance marks for " + session.title())
                            .with("rows", report.rows())
                            .with("dryRun", dryRun));
                });
    }

    /** The participants holding a seat in the session's training, by lower-case email. */
    private Map<String, Integer> seatHolders(SessionInfo session) {
        return jdbc
                .sql("""
                        SELECT lower(u.email) AS email, u.id
                        FROM enrollments e JOIN users u ON u.id = e.user_id
                        WHERE e.training_id = ? AND e.status IN ('active', 'completed')""")
                .param(session.trainingId())
                .query((rs, row) -> Map.entry(rs.getString("email"), rs.getInt("id")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static AttendanceStatus status(int line, String value) {
        if (value == null) {
            throw new CsvProblem(line, "status", "csv.required");
        }
        return Arrays.stream(AttendanceStatus.values())
                .filter(status -> status.value().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new CsvProblem(
                        line,
                        "status",
                        "csv.status",
                        Arrays.stream(AttendanceStatus.values())
                                .map(AttendanceStatus::value)
                                .collect(Collectors.joining(", "))));
    }
}
