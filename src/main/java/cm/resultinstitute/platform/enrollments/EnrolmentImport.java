package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.enrollments.domain.EnrollmentRepository;
import cm.resultinstitute.platform.shared.csv.CsvImports;
import cm.resultinstitute.platform.shared.csv.CsvProblem;
import cm.resultinstitute.platform.shared.csv.ImportReport;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingInfo;
import cm.resultinstitute.platform.users.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Participants enrolled into a training from a CSV file ({@code email}, optional {@code status}: {@code active} or
 * {@code completed}), for its trainer and admins. Row by row in file order with the rules of an enrolment by staff:
 * once the seats are taken, the next rows join the waiting list; one already enrolled is reported, not changed.
 */
@Service
public class EnrolmentImport {

    private final Enrolments enrolments;
    private final EnrollmentRepository enrollments;
    private final WaitingList waitingList;
    private final TrainingCatalog catalog;
    private final CsvImports imports;
    private final ActivityRecorder activity;
    private final JdbcClient jdbc;

    EnrolmentImport(
            Enrolments enrolments,
            EnrollmentRepository enrollments,
            WaitingList waitingList,
            TrainingCatalog catalog,
            CsvImports imports,
            ActivityRecorder activity,
            JdbcClient jdbc) {
        this.enrolments = enrolments;
        this.enrollments = enrollments;
        this.waitingList = waitingList;
        this.catalog = catalog;
        this.imports = imports;
        this.activity = activity;
        this.jdbc = jdbc;
    }

    /** The training to import into, if the caller runs it: 403 to whom only sees it, 404 to whom does not. */
    public TrainingInfo training(int trainingId, Caller caller) {
        TrainingInfo training = catalog.info(trainingId)
                .filter(found -> TrainingCatalog.visible(found.status(), found.createdBy(), Optional.of(caller)))
                .orElseThrow(() -> new NotFoundException("training.notFound"));
        Enrolments.requireManager(training, caller);
        return training;
    }

    public ImportReport run(int trainingId, byte[] csv, boolean dryRun, Caller caller, Locale locale) {
        TrainingInfo training = training(trainingId, caller);
        Map<Integer, Integer> lineOf = new HashMap<>();
        return imports.run(
                csv,
                List.of("email"),
                dryRun,
                locale,
                row -> {
                    String email = row.get("email");
                    if (email == null) {
                        throw new CsvProblem(row.line(), "email", "csv.required");
                    }
                    int userId = userId(row.line(), email);
                    Integer earlier = lineOf.putIfAbsent(userId, row.line());
                    if (earlier != null) {
                        throw new CsvProblem(row.line(), "email", "csv.duplicate", earlier);
                    }
                    boolean completed = completed(row.line(), row.get("status"));
                    // The outcomes are decided here, not by catching the service's refusals: a refusal inside the
                    // import's transaction would condemn it.
                    boolean enrolled = enrollments
                            .findByUserIdAndTrainingId(userId, trainingId)
                            .map(existing -> existing.getStatus() != EnrollmentStatus.DROPPED)
                            .orElse(false);
                    if (enrolled) {
                        return "alreadyEnrolled";
                    }
                    // Seats are counted under the training's lock, as an enrolment counts them: an import or an
                    // enrolment into the same training at the same moment is waited for, and the seats it took are
                    // counted, so that this row joins the waiting list rather than being refused as "full". Taken
                    // row by row: a row rolled back to its savepoint gives the lock back.
                    if (training.maxParticipants() != null
                            && catalog.lockForEnrolment(trainingId).isPresent()
                            && enrollments.countSeatsTaken(trainingId) >= training.maxParticipants()) {
                        if (completed) {
                            throw new CsvProblem(row.line(), "status", "enrollment.import.noSeatToComplete");
                        }
                        waitingList.queue(trainingId, userId);
                        return "waitlisted";
                    }
                    enrolments.enrol(trainingId, userId, caller, completed);
                    return completed ? "completed" : "enrolled";
                },
                report -> activity.record(ActivityEntry.of(
                                "enrollments_imported",
                                "training",
                                trainingId,
                                "Imported " + report.rows() + " enrolments into " + training.title())
                        .with("counts", report.counts())));
    }

    private int userId(int line, String email) {
        return jdbc.sql("SELECT id, role FROM users WHERE lower(email) = lower(?)")
                .param(email)
                .query((rs, row) -> {
                    if (!"participant".equals(rs.getString("role"))) {
                        throw new CsvProblem(line, "email", "csv.notParticipant");
                    }
                    return rs.getInt("id");
                })
                .optional()
                .orElseThrow(() -> new CsvProblem(line, "email", "csv.unknownEmail"));
    }

    private static boolean completed(int line, String status) {
        if (status == null || status.equalsIgnoreCase("active")) {
            return false;
        }
        if (status.equalsIgnoreCase("completed")) {
            return true;
        }
        throw new CsvProblem(line, "status", "csv.status", "active, completed");
    }
}
