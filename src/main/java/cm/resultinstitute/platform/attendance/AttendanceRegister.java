package cm.resultinstitute.platform.attendance;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.attendance.domain.Attendance;
import cm.resultinstitute.platform.attendance.domain.AttendanceRepository;
import cm.resultinstitute.platform.enrollments.Enrolments;
import cm.resultinstitute.platform.shared.persistence.AdvisoryLocks;
import cm.resultinstitute.platform.shared.persistence.SqlPage;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.shared.web.FieldProblem;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.trainings.SessionInfo;
import cm.resultinstitute.platform.trainings.SessionStatus;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingEvents.SessionDeletionRequested;
import cm.resultinstitute.platform.trainings.TrainingSessions;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserAccounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 * Who came to which session: the trainer marks the roster (all or nothing), participants check themselves in with
 * the session's rotating code, inside the window from 30 minutes before the start to the end; after 15 minutes they
 * are late.
 */
@Service
public class AttendanceRegister {

    private static final Map<String, String> ROSTER_COLUMNS =
            Map.of("lastName", "u.last_name", "firstName", "u.first_name", "email", "u.email", "status", "a.status");
    private static final Map<String, String> MY_COLUMNS = Map.of("sessionDate", "s.session_date", "status", "a.status");

    private final AttendanceRepository attendance;
    private final TrainingSessions sessions;
    private final Enrolments enrolments;
    private final CheckInCodes codes;
    private final UserAccounts accounts;
    private final ActivityRecorder activity;
    private final JdbcClient jdbc;
    private final Clock clock;

    AttendanceRegister(
            AttendanceRepository attendance,
            TrainingSessions sessions,
            Enrolments enrolments,
            CheckInCodes codes,
            UserAccounts accounts,
            ActivityRecorder activity,
            JdbcClient jdbc,
            Clock clock) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.codes = codes;
        this.accounts = accounts;
        this.activity = activity;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every participant holding a seat in the session's training, marked or not, for its trainer and admins. */
    @Transactional(readOnly = true)
    public Page<RosterRow> roster(int sessionId, Pageable page, Caller caller) {
        SessionInfo session = managed(sessionId, caller);
        String from = """
                 FROM enrollments e
                 JOIN users u ON u.id = e.user_id
                 LEFT JOIN attendance a ON a.session_id = :session AND a.user_id = e.user_id
                 WHERE e.training_id = :training AND e.status IN ('active', 'completed')""";
        List<RosterRow> rows = jdbc.sql(
                        "SELECT a.*, e.user_id AS participant, u.first_name || ' ' || u.last_name AS name, u.email "
                                + from + SqlPage.clause(page, ROSTER_COLUMNS, "e.user_id"))
                .param("session", sessionId)
                .param("training", session.trainingId())
                .query((rs, row) -> new RosterRow(
                        (Integer) rs.getObject("id"),
                        sessionId,
                        rs.getInt("participant"),
                        rs.getString("name"),
                        rs.getString("email"),
                        status(rs),
                        instant(rs, "checked_in_at"),
                        instant(rs, "checked_out_at"),
                        rs.getString("notes"),
                        (Integer) rs.getObject("marked_by"),
                        instant(rs, "created_at"),
                        instant(rs, "updated_at")))
                .list();
        long total = jdbc.sql("SELECT count(*)" + from)
                .param("session", sessionId)
                .param("training", session.trainingId())
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, page, total);
    }

    /** The paper sheet of a session for its trainer and admins: every seat holder by last name, and their mark. */
    @Transactional(readOnly = true)
    public SignInSheet signInSheet(int sessionId, Caller caller) {
        SessionInfo session = managed(sessionId, caller);
        List<SignInSheet.Line> participants = jdbc.sql("""
                        SELECT u.last_name, u.first_name, u.email, a.status
                        FROM enrollments e
                        JOIN users u ON u.id = e.user_id
                        LEFT JOIN attendance a ON a.session_id = :session AND a.user_id = e.user_id
                        WHERE e.training_id = :training AND e.status IN ('active', 'completed')
                        ORDER BY lower(u.last_name), lower(u.first_name), u.id""")
                .param("session", sessionId)
                .param("training", session.trainingId())
                .query((rs, row) -> new SignInSheet.Line(
                        rs.getString("last_name"), rs.getString("first_name"), rs.getString("email"), status(rs)))
                .list();
        return new SignInSheet(session, participants);
    }

    /**
     * Marks several participants at once, all or nothing: one who holds no seat in the training makes the whole
     * request a 400 and nothing is written. Marking again updates the same rows.
     */
    @Transactional
    public List<AttendanceView> mark(int sessionId, List<AttendanceMark> marks, Caller caller) {
        SessionInfo session = managed(sessionId, caller);
        List<Attendance> saved = write(session, marks, caller);
        activity.record(ActivityEntry.of(
                        "attendance_marked",
                        "session",
                        sessionId,
                        "Marked the attendance of " + marks.size() + " participants at " + session.title())
                .with(
                        "marks",
                        marks.stream()
                                .collect(Collectors.toMap(
                                        mark -> String.valueOf(mark.userId()),
                                        mark -> mark.status().value(),
                                        (a, b) -> b,
                                        LinkedHashMap::new))));
        return saved.stream().map(AttendanceRegister::view).toList();
    }

    /** Writes the marks of a session the caller manages (the rules of {@link #mark}), without recording them. */
    List<Attendance> write(SessionInfo session, List<AttendanceMark> marks, Caller caller) {
        if (session.status() == SessionStatus.CANCELLED) {
            throw new ConflictException("session-cancelled", "attendance.sessionCancelled");
        }
        requireValid(session, marks);
        lockMarks(session.id());
        Map<Integer, Attendance> existing =
                attendance
                        .findBySessionIdAndUserIdIn(
                                session.id(),
                                marks.stream().map(AttendanceMark::userId).toList())
                        .stream()
                        .collect(Collectors.toMap(Attendance::getUserId, Function.identity()));
        List<Attendance> saved = new ArrayList<>();
        for (AttendanceMark mark : marks) {
            Attendance row = existing.get(mark.userId());
            String notes = mark.notes() == null || mark.notes().isBlank()
                    ? null
                    : mark.notes().trim();
            if (row == null) {
                row = new Attendance(session.id(), mark.userId(), mark.status(), caller.id());
            }
            row.mark(mark.status(), notes, caller.id());
            saved.add(row);
        }
        attendance.saveAllAndFlush(saved);
        return saved;
    }

    /**
     * Marks present every participant holding a seat who has no mark yet in the session, leaving the marks already
     * made as they are; returns how many were marked.
     */
    @Transactional
    public int markUnmarkedPresent(int sessionId, Caller caller) {
        SessionInfo session = managed(sessionId, caller);
        List<AttendanceMark> marks = jdbc
                .sql("""
                        SELECT e.user_id FROM enrollments e
                        WHERE e.training_id = :training AND e.status IN ('active', 'completed')
                          AND NOT EXISTS (SELECT 1 FROM attendance a
                                          WHERE a.session_id = :session AND a.user_id = e.user_id)
                        ORDER BY e.user_id""")
                .param("training", session.trainingId())
                .param("session", sessionId)
                .query(Integer.class)
                .stream()
                .map(userId -> new AttendanceMark(userId, AttendanceStatus.PRESENT, null))
                .toList();
        return marks.isEmpty() ? 0 : mark(sessionId, marks, caller).size();
    }

    /** The current code of a session and when it changes, for the screen its trainer shows. */
    @Transactional
    public CheckInCode checkInCode(int sessionId, Caller caller) {
        managed(sessionId, caller);
        return codes.current(sessionId, clock.instant());
    }

    /**
     * A participant checks in with the code shown in the room: present, or late after the grace period. Their address
     * must be verified (403 {@code email-not-verified}).
     */
    @Transactional
    public AttendanceView checkIn(int sessionId, String code, Caller caller) {
        SessionInfo session = attended(sessionId, caller);
        accounts.requireVerifiedEmail(caller.id());
        Instant now = clock.instant();
        if (CheckInWindow.of(session).at(now) != CheckInWindow.State.OPEN) {
            throw new ConflictException("check-in-closed", "attendance.checkInClosed");
        }
        if (!codes.accepts(sessionId, code, now)) {
            throw InvalidRequestException.field("code", "{attendance.wrongCode}");
        }
        lockMarks(sessionId);
        Optional<Attendance> existing = attendance.findBySessionIdAndUserId(sessionId, caller.id());
        if (existing.isPresent() && existing.get().getCheckedInAt() != null) {
            return view(existing.get());
        }
        if (session.maxAttendees() != null
                && attendance.countCheckedIn(sessionId, List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE))
                        >= session.maxAttendees()) {
            throw new ConflictException("session-full", "attendance.sessionFull");
        }
        boolean late = now.isAfter(session.startsAt().plus(CheckInWindow.GRACE));
        Attendance row =
                existing.orElseGet(() -> new Attendance(sessionId, caller.id(), AttendanceStatus.PRESENT, caller.id()));
        row.checkIn(now, late);
        attendance.saveAndFlush(row);
        activity.record(ActivityEntry.of(
                        "check_in",
                        "session",
                        sessionId,
                        "User " + caller.id() + " checked in to " + session.title() + (late ? " late" : ""))
                .with("status", row.getStatus().value()));
        return view(row);
    }

    /**
     * One writer of a session's marks at a time, on every instance: the same mark sent twice at once (a retry, two
     * taps) updates the one row instead of the second insert failing on the unique pair, and check-ins are counted
     * against the session's limit one after the other.
     */
    private void lockMarks(int sessionId) {
        AdvisoryLocks.holdUntilCommit(jdbc, "attendance:" + sessionId);
    }

    @Transactional
    public AttendanceView checkOut(int sessionId, Caller caller) {
        attended(sessionId, caller);
        Attendance row = attendance
                .findBySessionIdAndUserId(sessionId, caller.id())
                .filter(found -> found.getCheckedInAt() != null)
                .orElseThrow(() -> new ConflictException("not-checked-in", "attendance.notCheckedIn"));
        if (row.getCheckedOutAt() == null) {
            row.checkOut(clock.instant());
            attendance.flush();
            activity.record(
                    ActivityEntry.of("check_out", "session", sessionId, "User " + caller.id() + " checked out"));
        }
        return view(row);
    }

    /**
     * The caller's attendance rows, the latest session first; the session's and the training's titles in the reader's
     * language where translated into it (never a translation into the original's own language).
     */
    @Transactional(readOnly = true)
    public Page<MyAttendance> mine(Caller caller, Pageable page, Language reader) {
        List<MyAttendance> rows = jdbc.sql("""
                        SELECT a.*, coalesce(st.title, s.title) AS session_title, s.session_date,
                               t.id AS training_id, coalesce(tt.title, t.title) AS training_title,
                               coalesce(st.language, tl.original, 'en') AS session_language
                        FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN trainings t ON t.id = s.training_id
                        LEFT JOIN training_languages tl ON tl.training_id = t.id
                        LEFT JOIN session_translations st ON st.session_id = s.id AND st.language = :lang
                            AND st.language <> coalesce(tl.original, 'en')
                        LEFT JOIN training_translations tt ON tt.training_id = t.id AND tt.language = :lang
                            AND tt.language <> coalesce(tl.original, 'en')
                        WHERE a.user_id = :me""" + SqlPage.clause(page, MY_COLUMNS, "a.id"))
                .param("me", caller.id())
                .param("lang", reader.code())
                .query((rs, row) -> new MyAttendance(
                        rs.getInt("id"),
                        rs.getInt("session_id"),
                        rs.getInt("user_id"),
                        status(rs),
                        instant(rs, "checked_in_at"),
                        instant(rs, "checked_out_at"),
                        rs.getString("notes"),
                        rs.getObject("marked_by", Integer.class),
                        instant(rs, "created_at"),
                        instant(rs, "updated_at"),
                        rs.getString("session_title"),
                        instant(rs, "session_date"),
                        rs.getInt("training_id"),
                        rs.getString("training_title"),
                        Language.stored(rs.getString("session_language"))))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM attendance WHERE user_id = :me")
                .param("me", caller.id())
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, page, total);
    }

    /** A session with recorded attendance keeps it: cancel the session instead of deleting it. */
    @EventListener
    void refuseToDeleteAttendedSession(SessionDeletionRequested deletion) {
        if (attendance.existsBySessionId(deletion.sessionId())) {
            throw new ConflictException("session-has-attendance", "session.hasAttendance");
        }
    }

    private void requireValid(SessionInfo session, List<AttendanceMark> marks) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < marks.size(); i++) {
            AttendanceMark mark = marks.get(i);
            if (mark.userId() == null || !seen.add(mark.userId())) {
                problems.add(new FieldProblem(
                        "[" + i + "].userId",
                        mark.userId() == null ? "{problem.field.required}" : "{attendance.duplicate}"));
            }
            if (mark.status() == null) {
                problems.add(new FieldProblem("[" + i + "].status", "{problem.field.required}"));
            }
        }
        Set<Integer> seated = enrolments.seatedAmong(session.trainingId(), seen);
        for (int i = 0; i < marks.size(); i++) {
            Integer user = marks.get(i).userId();
            if (user != null && !seated.contains(user)) {
                problems.add(new FieldProblem("[" + i + "].userId", "{attendance.notEnrolled}"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems, "attendance.invalidMarks");
        }
    }

    SessionInfo managed(int sessionId, Caller caller) {
        SessionInfo session = sessions.info(sessionId).orElseThrow(() -> new NotFoundException("session.notFound"));
        if (!TrainingCatalog.manages(caller, session.trainingCreatedBy())) {
            if (TrainingCatalog.visible(session.trainingStatus(), session.trainingCreatedBy(), Optional.of(caller))) {
                throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "training.notYours");
            }
            throw new NotFoundException("session.notFound");
        }
        return session;
    }

    /** The session, if the caller holds a seat in its training (else it does not exist for them). */
    private SessionInfo attended(int sessionId, Caller caller) {
        SessionInfo session = sessions.info(sessionId).orElseThrow(() -> new NotFoundException("session.notFound"));
        if (!enrolments.seated(session.trainingId(), caller.id())) {
            if (TrainingCatalog.visible(session.trainingStatus(), session.trainingCreatedBy(), Optional.of(caller))) {
                throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "attendance.notEnrolled");
            }
            throw new NotFoundException("session.notFound");
        }
        return session;
    }

    private static AttendanceView view(Attendance row) {
        return new AttendanceView(
                row.getId(),
                row.getSessionId(),
                row.getUserId(),
                row.getStatus(),
                row.getCheckedInAt(),
                row.getCheckedOutAt(),
                row.getNotes(),
                row.getMarkedBy(),
                row.getCreatedAt(),
                row.getUpdatedAt());
    }

    private static AttendanceStatus status(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return status == null ? null : AttendanceStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
