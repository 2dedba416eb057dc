package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.enrollments.domain.Enrollment;
import cm.resultinstitute.platform.enrollments.domain.EnrollmentRepository;
import cm.resultinstitute.platform.mail.Mail;
import cm.resultinstitute.platform.mail.MailOutbox;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.persistence.SqlPage;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingEvents.CapacityRaised;
import cm.resultinstitute.platform.trainings.TrainingEvents.TrainingDeletionRequested;
import cm.resultinstitute.platform.trainings.TrainingInfo;
import cm.resultinstitute.platform.trainings.TranslatedTitles;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserAccounts;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserStatus;
import cm.resultinstitute.platform.users.UserView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in which training. Seats are taken one at a time under the training's row lock, so that they never
 * pass the limit; a freed seat goes to the first in the waiting list in the same transaction.
 */
@Service
public class Enrolments {

    private static final Map<String, String> COLUMNS = Map.of(
            "enrollmentDate", "e.enrollment_date",
            "status", "e.status",
            "progress", "e.progress",
            "lastName", "u.last_name",
            "email", "u.email",
            "id", "e.id");

    private static final Map<String, String> MY_COLUMNS = Map.of(
            "enrollmentDate",
            "e.enrollment_date",
            "status",
            "e.status",
            "progress",
            "e.progress",
            "trainingTitle",
            "coalesce(tr.title, t.title)");

    private static final String MY_ENROLLMENTS = """
            SELECT e.*, coalesce(tr.title, t.title) AS training_title, t.slug AS training_slug,
                   coalesce(tr.language, tl.original, 'en') AS training_language,
                   coalesce(p.total_sessions, 0) AS total_sessions,
                   coalesce(p.attended_sessions, 0) AS attended_sessions,
                   coalesce(p.attendance_rate, 0) AS attendance_rate,
                   (SELECT count(*) FROM sessions s
                    WHERE s.training_id = e.training_id AND s.status <> 'cancelled' AND s.session_date <= now())
                       AS held_sessions
            FROM enrollments e
            JOIN trainings t ON t.id = e.training_id
            LEFT JOIN training_languages tl ON tl.training_id = t.id
            LEFT JOIN training_translations tr ON tr.training_id = t.id AND tr.language = :lang
                AND tr.language <> coalesce(tl.original, 'en')
            LEFT JOIN v_participant_progress p ON p.user_id = e.user_id AND p.training_id = e.training_id
            WHERE e.user_id = :me""";

    private final EnrollmentRepository enrollments;
    private final TrainingCatalog catalog;
    private final WaitingList waitingList;
    private final UserDirectory users;
    private final UserAccounts accounts;
    private final MailOutbox mail;
    private final TranslatedTitles titles;
    private final ActivityRecorder activity;
    private final JdbcClient jdbc;
    private final AppProperties properties;
    private final Clock clock;

    Enrolments(
            EnrollmentRepository enrollments,
            TrainingCatalog catalog,
            WaitingList waitingList,
            UserDirectory users,
            UserAccounts accounts,
            MailOutbox mail,
            TranslatedTitles titles,
            ActivityRecorder activity,
            JdbcClient jdbc,
            AppProperties properties,
            Clock clock) {
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.waitingList = waitingList;
        this.users = users;
        this.accounts = accounts;
        this.mail = mail;
        this.titles = titles;
        this.activity = activity;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A participant enrols themself; the training's trainer or an admin enrols a participant ({@code userId}). Refused
     * (409) when the training is not published, has ended, is full (the body says a waiting list is available), or
     * the participant is already enrolled; a dropped participant's enrolment becomes active again. A participant
     * enrolling themself needs a verified address (403 {@code email-not-verified}); staff enrolling one vouch for
     * them, verified or not.
     */
    @Transactional
    public EnrollmentView enrol(int trainingId, Integer userId, Caller caller) {
        return enrol(trainingId, userId, caller, false);
    }

    /**
     * As {@link #enrol(int, Integer, Caller)}; {@code completed} enrols the participant as having completed the
     * training already (an import of past results), in the same one entry of the audit trail.
     */
    @Transactional
    EnrollmentView enrol(int trainingId, Integer userId, Caller caller, boolean completed) {
        TrainingInfo training = catalog.lockForEnrolment(trainingId)
                .filter(found -> TrainingCatalog.visible(found.status(), found.createdBy(), Optional.of(caller)))
                .orElseThrow(() -> new NotFoundException("training.notFound"));
        int participant = participantFor(training, userId, caller);
        if (caller.isParticipant()) {
            accounts.requireVerifiedEmail(participant);
        }
        if (!training.published()) {
            throw new ConflictException("not-published", "enrollment.notPublished");
        }
        if (training.endedBy(properties.today(clock))) {
            throw new ConflictException("training-ended", "enrollment.ended");
        }
        Optional<Enrollment> existing = enrollments.findByUserIdAndTrainingId(participant, trainingId);
        if (existing.isPresent() && existing.get().getStatus() != EnrollmentStatus.DROPPED) {
            throw new ConflictException("already-enrolled", "enrollment.already");
        }
        if (full(training)) {
            throw new ConflictException("training-full", "enrollment.full").with("waitingListAvailable", true);
        }
        Enrollment enrollment = seat(training, participant, existing).enrollment();
        Changes changed = new Changes();
        if (completed) {
            EnrollmentStatus before = enrollment.getStatus();
            int progress = enrollment.getProgress();
            enrollment.changeStatus(EnrollmentStatus.COMPLETED, properties.today(clock));
            changed.note("status", before, enrollment.getStatus());
            changed.note("progress", progress, enrollment.getProgress());
            changed.note("completionDate", null, enrollment.getCompletionDate());
            enrollments.flush();
        }
        activity.record(ActivityEntry.of(
                        "enrollment_created",
                        "enrollment",
                        enrollment.getId(),
                        "Enrolled user " + participant + " in " + training.title() + (completed ? ", completed" : ""))
                .with("trainingId", trainingId)
                .with("userId", participant)
                .withChanges(changed));
        return view(enrollment);
    }

    /**
     * Gives a seat to a participant (a new row, or their dropped one again) and mails them the confirmation; returns
     * the enrolment and the participant, as read for the mail.
     */
    Seat seat(TrainingInfo training, int participant, Optional<Enrollment> existing) {
        boolean fromWaitingList =
                waitingList.position(training.id(), participant).isPresent();
        Instant now = clock.instant();
        Enrollment enrollment = existing.orElseGet(() -> new Enrollment(participant, training.id(), now));
        if (existing.isPresent()) {
            enrollment.reenrol(now);
        }
        enrollments.saveAndFlush(enrollment);
        waitingList.remove(training.id(), participant);
        Optional<UserView> seated = users.find(participant);
        seated.ifPresent(user -> mail.queue(new Mail(
                user.email(),
                user.language(),
                fromWaitingList ? "waitlist-promoted" : "enrollment-confirmed",
                Map.of(
                        "name", user.firstName(),
                        "training",
                                titles.ofTraining(training.id())
                                        .map(title -> title.in(user.language()))
                                        .orElse(training.title()),
                        "startDate",
                                training.startDate() == null
                                        ? ""
                                        : training.startDate().toString(),
                        "link", properties.link("/trainings/" + training.slug())))));
        return new Seat(enrollment, seated);
    }

    /** A seat given, and to whom (empty only if the account vanished meanwhile). */
    record Seat(Enrollment enrollment, Optional<UserView> participant) {}

    @Transactional(readOnly = true)
    public EnrollmentView get(int id, Caller caller) {
        return view(visible(id, caller));
    }

    /**
     * The training's trainer or an admin changes status, progress and notes; the participant may only drop. A seat
     * freed by dropping or suspending goes to the first of the waiting list.
     */
    @Transactional
    public EnrollmentView update(int id, EnrollmentChanges changes, Caller caller) {
        return change(id, changes, caller).enrollment();
    }

    /** As {@link #update}, and says who got the freed seat from the waiting list, as the pages tell the trainer. */
    @Transactional
    public EnrollmentUpdate change(int id, EnrollmentChanges changes, Caller caller) {
        Enrollment enrollment = visible(id, caller);
        TrainingInfo training =
                catalog.lockForEnrolment(enrollment.getTrainingId()).orElseThrow();
        boolean manager = TrainingCatalog.manages(caller, training.createdBy());
        if (!manager
                && (changes.status() != EnrollmentStatus.DROPPED
                        || changes.progress() != null
                        || changes.notes() != null)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "enrollment.participantMayOnlyDrop");
        }
        Changes changed = new Changes();
        boolean heldSeat = enrollment.takesSeat();
        if (!heldSeat && changes.status() != null && changes.status().takesSeat() && full(training)) {
            // A suspended participant's seat went to someone else: they come back only when one frees.
            throw new ConflictException("training-full", "enrollment.noFreeSeat");
        }
        if (changes.status() != null) {
            EnrollmentStatus before = enrollment.getStatus();
            enrollment.changeStatus(changes.status(), properties.today(clock));
            changed.note("status", before, enrollment.getStatus());
        }
        if (changes.progress() != null) {
            if (changes.progress() < 0 || changes.progress() > 100) {
                throw InvalidRequestException.field("progress", "{validation.percent}");
            }
            if (enrollment.getStatus() == EnrollmentStatus.COMPLETED && changes.progress() != 100) {
                throw new ConflictException("completed-progress", "enrollment.completedProgress");
            }
            enrollment.recordProgress(changed.note("progress", enrollment.getProgress(), changes.progress()));
        }
        if (changes.notes() != null) {
            enrollment.note(
                    changed.note("notes", enrollment.getNotes(), changes.notes().isBlank() ? null : changes.notes()));
        }
        enrollments.flush();
        if (!changed.isEmpty()) {
            String action = enrollment.getStatus() == EnrollmentStatus.DROPPED && changed.has("status")
                    ? "enrollment_dropped"
                    : "enrollment_updated";
            activity.record(ActivityEntry.of(
                            action,
                            "enrollment",
                            id,
                            "Enrolment of user " + enrollment.getUserId() + " in " + training.title() + " changed")
                    .withChanges(changed));
        }
        List<EnrollmentUpdate.Promoted> promoted =
                heldSeat && !enrollment.takesSeat() ? promoteWaiting(training) : List.of();
        return new EnrollmentUpdate(view(enrollment), promoted);
    }

    private boolean full(TrainingInfo training) {
        return training.maxParticipants() != null
                && enrollments.countSeatsTaken(training.id()) >= training.maxParticipants();
    }

    /**
     * Gives the free seats of a training to the first of its waiting list, each told by email; returns who. Only while
     * one could enrol: a training no longer published, or over, seats nobody.
     */
    List<EnrollmentUpdate.Promoted> promoteWaiting(TrainingInfo training) {
        if (!training.published() || training.endedBy(properties.today(clock))) {
            return List.of();
        }
        long free = training.maxParticipants() == null
                ? Long.MAX_VALUE
                : training.maxParticipants() - enrollments.countSeatsTaken(training.id());
        List<EnrollmentUpdate.Promoted> promoted = new ArrayList<>();
        for (int next : waitingList.firstInLine(training.id(), (int) Math.min(free, WaitingList.MAX_PROMOTIONS))) {
            Seat seat = seat(training, next, enrollments.findByUserIdAndTrainingId(next, training.id()));
            Enrollment enrollment = seat.enrollment();
            promoted.add(new EnrollmentUpdate.Promoted(
                    next, seat.participant().map(UserView::fullName).orElse("#" + next)));
            activity.record(ActivityEntry.of(
                            "enrollment_created",
                            "enrollment",
                            enrollment.getId(),
                            "A seat freed in " + training.title() + ": user " + next
                                    + " moved up from the waiting list")
                    .with("trainingId", training.id())
                    .with("userId", next)
                    .with("fromWaitingList", true));
        }
        return promoted;
    }

    /** More seats, or no limit any more: the waiting list moves up at once. */
    @EventListener
    void promoteOnCapacityRaised(CapacityRaised raised) {
        catalog.lockForEnrolment(raised.trainingId()).ifPresent(this::promoteWaiting);
    }

    /** A training's enrolments with who the participants are, for its trainer and admins. */
    @Transactional(readOnly = true)
    public Page<ParticipantEnrollment> forTraining(
            int trainingId, EnrollmentStatus status, Pageable page, Caller caller) {
        TrainingInfo training = catalog.info(trainingId).orElseThrow(() -> new NotFoundException("training.notFound"));
        requireManager(training, caller);
        Map<String, Object> params = new HashMap<>(Map.of("trainingId", trainingId));
        String where = " WHERE e.training_id = :trainingId";
        if (status != null) {
            where += " AND e.status = :status";
            params.put("status", status.value());
        }
        List<ParticipantEnrollment> content = jdbc.sql("""
                        SELECT e.*, u.first_name || ' ' || u.last_name AS participant_name, u.email,
                               coalesce(p.total_sessions, 0) AS total_sessions,
                               coalesce(p.attended_sessions, 0) AS attended_sessions,
                               coalesce(p.attendance_rate, 0) AS attendance_rate
                        FROM enrollments e JOIN users u ON u.id = e.user_id
                        LEFT JOIN v_participant_progress p ON p.user_id = e.user_id AND p.training_id = e.training_id""" + where + SqlPage.clause(page, COLUMNS, "e.id"))
                .params(params)
                .query((rs, row) -> participant(rs))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM enrollments e" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageImpl<>(content, page, total);
    }

    /**
     * The caller's enrolments in the page's language, with the training and their attendance as
     * {@code v_participant_progress} counts it.
     */
    @Transactional(readOnly = true)
    public Page<MyEnrollment> mine(Caller caller, Pageable page) {
        return mine(caller, page, Language.ofPage());
    }

    /** The caller's enrolments, each training's title in the reader's language where translated into it. */
    @Transactional(readOnly = true)
    public Page<MyEnrollment> mine(Caller caller, Pageable page, Language reader) {
        List<MyEnrollment> content = jdbc.sql(MY_ENROLLMENTS + SqlPage.clause(page, MY_COLUMNS, "e.id"))
                .param("me", caller.id())
                .param("lang", reader.code())
                .query((rs, row) -> myEnrollment(rs))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM enrollments WHERE user_id = :me")
                .param("me", caller.id())
                .query(Long.class)
                .single();
        return new PageImpl<>(content, page, total);
    }

    /** The caller's enrolment in one training, if they ever enrolled. */
    @Transactional(readOnly = true)
    public Optional<MyEnrollment> mineIn(int trainingId, Caller caller) {
        return jdbc.sql(MY_ENROLLMENTS + " AND e.training_id = :training")
                .param("me", caller.id())
                .param("lang", Language.ofPage().code())
                .param("training", trainingId)
                .query((rs, row) -> myEnrollment(rs))
                .optional();
    }

    /** Whether the participant holds a seat in the training (an active or completed enrolment). */
    @Transactional(readOnly = true)
    public boolean seated(int trainingId, int userId) {
        return enrollments
                .findByUserIdAndTrainingId(userId, trainingId)
                .map(Enrollment::takesSeat)
                .orElse(false);
    }

    /** Of these users, those holding a seat in the training. */
    @Transactional(readOnly = true)
    public Set<Integer> seatedAmong(int trainingId, Set<Integer> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        SELECT user_id FROM enrollments
                        WHERE training_id = :trainingId AND user_id IN (:users) AND status IN ('active', 'completed')""")
                .param("trainingId", trainingId)
                .param("users", userIds)
                .query(Integer.class)
                .list());
    }

    /** The trainings in which the user holds a seat. */
    @Transactional(readOnly = true)
    public Set<Integer> seatedTrainings(int userId) {
        return jdbc
                .sql("SELECT training_id FROM enrollments WHERE user_id = :user AND status IN ('active', 'completed')")
                .param("user", userId)
                .query(Integer.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    /** A training people enrolled in keeps its history: archive it instead of deleting it. */
    @EventListener
    void refuseToDeleteAttendedTraining(TrainingDeletionRequested deletion) {
        if (enrollments.existsByTrainingId(deletion.trainingId())) {
            throw new ConflictException("training-has-enrolments", "training.hasEnrolments");
        }
    }

    Enrollment visible(int id, Caller caller) {
        Enrollment enrollment = enrollments.findById(id).orElseThrow(Enrolments::notFound);
        if (caller.is(enrollment.getUserId())) {
            return enrollment;
        }
        TrainingInfo training = catalog.info(enrollment.getTrainingId()).orElseThrow(Enrolments::notFound);
        if (!TrainingCatalog.manages(caller, training.createdBy())) {
            throw notFound();
        }
        return enrollment;
    }

    private int participantFor(TrainingInfo training, Integer userId, Caller caller) {
        if (caller.isParticipant()) {
            if (userId != null && !caller.is(userId)) {
                throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "enrollment.onlySelf");
            }
            return caller.id();
        }
        requireManager(training, caller);
        if (userId == null) {
            throw InvalidRequestException.field("userId", "{problem.field.required}");
        }
        UserView user = users.find(userId)
                .filter(found -> found.role() == Role.PARTICIPANT && found.status() == UserStatus.ACTIVE)
                .orElseThrow(() -> InvalidRequestException.field("userId", "{enrollment.notAParticipant}"));
        return user.id();
    }

    /** 403 to whom may see the training but does not run it, 404 to whom may not even see it. */
    static void requireManager(TrainingInfo training, Caller caller) {
        if (!TrainingCatalog.manages(caller, training.createdBy())) {
            if (TrainingCatalog.visible(training.status(), training.createdBy(), Optional.of(caller))) {
                throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "training.notYours");
            }
            throw new NotFoundException("training.notFound");
        }
    }

    static EnrollmentView view(Enrollment enrollment) {
        return new EnrollmentView(
                enrollment.getId(),
                enrollment.getUserId(),
                enrollment.getTrainingId(),
                enrollment.getEnrollmentDate(),
                enrollment.getStatus(),
                enrollment.getProgress(),
                enrollment.getCompletionDate(),
                enrollment.isCertificateIssued(),
                enrollment.getNotes(),
                enrollment.getCreatedAt(),
                enrollment.getUpdatedAt());
    }

    private static MyEnrollment myEnrollment(ResultSet rs) throws SQLException {
        return new MyEnrollment(
                rs.getInt("id"),
                rs.getInt("user_id"),
                rs.getInt("training_id"),
                rs.getString("training_title"),
                rs.getString("training_slug"),
                instant(rs, "enrollment_date"),
                status(rs),
                rs.getInt("progress"),
                rs.getObject("completion_date", LocalDate.class),
                rs.getBoolean("certificate_issued"),
                rs.getLong("total_sessions"),
                rs.getLong("attended_sessions"),
                rs.getBigDecimal("attendance_rate"),
                rs.getLong("held_sessions"),
                Language.stored(rs.getString("training_language")));
    }

    private static ParticipantEnrollment participant(ResultSet rs) throws SQLException {
        return new ParticipantEnrollment(
                rs.getInt("id"),
                rs.getInt("user_id"),
                rs.getInt("training_id"),
                instant(rs, "enrollment_date"),
                status(rs),
                rs.getInt("progress"),
                rs.getObject("completion_date", LocalDate.class),
                rs.getBoolean("certificate_issued"),
                rs.getString("notes"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getString("participant_name"),
                rs.getString("email"),
                rs.getLong("total_sessions"),
                rs.getLong("attended_sessions"),
                rs.getBigDecimal("attendance_rate"));
    }

    private static EnrollmentStatus status(ResultSet rs) throws SQLException {
        return EnrollmentStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("enrollment.notFound");
    }
}
