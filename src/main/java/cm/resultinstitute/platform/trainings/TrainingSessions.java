package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.persistence.SqlPage;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.trainings.TrainingEvents.SessionDeletionRequested;
import cm.resultinstitute.platform.trainings.domain.Training;
import cm.resultinstitute.platform.trainings.domain.TrainingSession;
import cm.resultinstitute.platform.trainings.domain.TrainingSessionRepository;
import cm.resultinstitute.platform.users.Caller;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dated sessions of trainings: read as their training, changed by its creator or an admin. */
@Service
public class TrainingSessions {

    static final int MAX_SERIES = 200; // the number messages.properties names in session.seriesTooLong
    static final int DEFAULT_DURATION_MINUTES = 120;

    /**
     * Sessions of some trainings in a period with their trainings, and for a reader of {@code :lang} their translations
     * into it (never one into the original's own).
     */
    private static final String SCHEDULED = """
            SELECT s.id, s.training_id, s.title, s.session_date, s.duration_minutes, s.status, s.max_attendees,
                   s.location, t.title AS training_title, t.created_by AS training_created_by,
                   t.status AS training_status, tl.original AS original_language,
                   st.title AS translated_title, st.language AS translated_language, tt.title AS translated_training_title
            FROM sessions s
            JOIN trainings t ON t.id = s.training_id
            LEFT JOIN training_languages tl ON tl.training_id = t.id
            LEFT JOIN session_translations st ON st.session_id = s.id AND st.language = :lang
                AND st.language <> coalesce(tl.original, 'en')
            LEFT JOIN training_translations tt ON tt.training_id = t.id AND tt.language = :lang
                AND tt.language <> coalesce(tl.original, 'en')
            WHERE s.training_id IN (:trainings) AND s.session_date >= :from AND s.session_date < :to""";

    private static final String SCHEDULED_COUNT = """
            SELECT count(*) FROM sessions s
            WHERE s.training_id IN (:trainings) AND s.session_date >= :from AND s.session_date < :to""";

    private static final Map<String, String> SCHEDULED_COLUMNS = Map.of("sessionDate", "s.session_date");

    private final TrainingSessionRepository sessions;
    private final TrainingCatalog catalog;
    private final TrainingTranslations translations;
    private final ActivityRecorder activity;
    private final ApplicationEventPublisher events;
    private final AppProperties properties;
    private final JdbcClient jdbc;

    TrainingSessions(
            TrainingSessionRepository sessions,
            TrainingCatalog catalog,
            TrainingTranslations translations,
            ActivityRecorder activity,
            ApplicationEventPublisher events,
            AppProperties properties,
            JdbcClient jdbc) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.translations = translations;
        this.activity = activity;
        this.events = events;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** A training's sessions in the page's language. */
    public Page<SessionView> list(String trainingIdOrSlug, Pageable page, Optional<Caller> caller) {
        return list(trainingIdOrSlug, page, caller, Language.ofPage());
    }

    /**
     * A training's sessions, each in the reader's language if translated into it: one statement more than in the
     * training's own language, whatever the page's size.
     */
    @Transactional(readOnly = true)
    public Page<SessionView> list(String trainingIdOrSlug, Pageable page, Optional<Caller> caller, Language reader) {
        TrainingView training = catalog.get(trainingIdOrSlug, caller);
        Page<TrainingSession> found = sessions.findByTrainingId(training.id(), page);
        List<SessionView> read = readIn(found.getContent(), training.originalLanguage(), reader);
        return new PageImpl<>(read, page, found.getTotalElements());
    }

    /** A session in the page's language. */
    public SessionView get(int id, Optional<Caller> caller) {
        return get(id, caller, Language.ofPage());
    }

    /** A session in the reader's language if translated into it, else (or without a reader) its training's original. */
    @Transactional(readOnly = true)
    public SessionView get(int id, Optional<Caller> caller, Language reader) {
        TrainingSession session = visible(id, caller);
        Language original = translations.original(session.getTraining().getId());
        return readIn(List.of(session), original, reader == null ? original : reader)
                .get(0);
    }

    /** A session as its writer edits it: in its original language, with every translation. */
    @Transactional(readOnly = true)
    public SessionView written(int id, Optional<Caller> caller) {
        SessionView original = get(id, caller, null);
        return original.withTranslations(translations.ofSessions(List.of(id)).getOrDefault(id, Map.of()));
    }

    @Transactional
    public SessionView create(int trainingId, SessionDetails details, Caller caller) {
        Training training = catalog.manageable(trainingId, caller);
        TrainingSession session =
                newSession(training, details.title(), details.sessionDate(), details.durationMinutes());
        session.describe(
                blankToNull(details.description()),
                orTrainingLocation(details.location(), training),
                details.maxAttendees(),
                blankToNull(details.notes()));
        sessions.saveAndFlush(session);
        translations.applyToSession(session.getId(), trainingId, details.translations(), new Changes());
        activity.record(ActivityEntry.of(
                        "session_created",
                        "session",
                        session.getId(),
                        "Scheduled " + session.getTitle() + " for " + training.getTitle())
                .with("trainingId", trainingId));
        return written(List.of(session)).get(0);
    }

    /** Creates the whole series at once; each local time becomes a UTC instant in its own DST offset. */
    @Transactional
    public List<SessionView> createSeries(int trainingId, SessionSeries series, Caller caller) {
        Training training = catalog.manageable(trainingId, caller);
        if (series.until().isBefore(series.firstDate())) {
            throw InvalidRequestException.field("until", "{validation.endBeforeStart}");
        }
        List<TrainingSession> created = new ArrayList<>();
        // Stops on the last day rather than after it: the day after LocalDate.MAX does not exist.
        for (LocalDate day = series.firstDate(); ; day = day.plusDays(1)) {
            if (series.daysOfWeek().contains(day.getDayOfWeek())) {
                if (created.size() == MAX_SERIES) {
                    throw InvalidRequestException.field("until", "{session.seriesTooLong}");
                }
                Instant start =
                        ZonedDateTime.of(day, series.time(), series.timeZone()).toInstant();
                TrainingSession session = newSession(training, series.title(), start, series.durationMinutes());
                session.describe(null, orTrainingLocation(series.location(), training), null, null);
                created.add(session);
            }
            if (!day.isBefore(series.until())) {
                break;
            }
        }
        if (created.isEmpty()) {
            throw InvalidRequestException.field("daysOfWeek", "{session.seriesEmpty}");
        }
        sessions.saveAllAndFlush(created);
        activity.record(ActivityEntry.of(
                        "session_created",
                        "training",
                        trainingId,
                        "Scheduled a series of " + created.size() + " sessions for " + training.getTitle())
                .with("sessions", created.size()));
        return written(created);
    }

    @Transactional
    public SessionView update(int id, SessionDetails changes, Caller caller) {
        TrainingSession session = manageable(id, caller);
        Changes changed = new Changes();
        Instant date = changes.sessionDate() == null ? session.getSessionDate() : changes.sessionDate();
        if (changes.sessionDate() != null) {
            requireWithinTraining(session.getTraining(), date);
        }
        String title = changes.title() == null ? session.getTitle() : requireText(changes.title());
        session.reschedule(
                changed.note("title", session.getTitle(), title),
                changed.note("sessionDate", session.getSessionDate(), date),
                changed.note(
                        "durationMinutes",
                        session.getDurationMinutes(),
                        changes.durationMinutes() == null ? session.getDurationMinutes() : changes.durationMinutes()));
        session.describe(
                changed.note(
                        "description",
                        session.getDescription(),
                        orCurrent(changes.description(), session.getDescription())),
                changed.note("location", session.getLocation(), orCurrent(changes.location(), session.getLocation())),
                changed.note(
                        "maxAttendees",
                        session.getMaxAttendees(),
                        changes.maxAttendees() == null ? session.getMaxAttendees() : changes.maxAttendees()),
                changed.note("notes", session.getNotes(), orCurrent(changes.notes(), session.getNotes())));
        if (changes.status() != null) {
            SessionStatus before = session.getStatus();
            session.changeStatus(changes.status());
            changed.note("status", before, session.getStatus());
        }
        sessions.flush();
        translations.applyToSession(id, session.getTraining().getId(), changes.translations(), changed);
        if (!changed.isEmpty()) {
            activity.record(
                    ActivityEntry.of("session_updated", "session", id, "Updated the session " + session.getTitle())
                            .withChanges(changed));
        }
        return written(List.of(session)).get(0);
    }

    /** Deletes a session without attendance; one with attendance is cancelled instead (409). */
    @Transactional
    public void delete(int id, Caller caller) {
        TrainingSession session = manageable(id, caller);
        events.publishEvent(new SessionDeletionRequested(id));
        activity.record(ActivityEntry.of("session_deleted", "session", id, "Deleted the session " + session.getTitle())
                .with("trainingId", session.getTraining().getId()));
        sessions.delete(session);
    }

    /** A session for another module, whoever calls. */
    @Transactional(readOnly = true)
    public Optional<SessionInfo> info(int id) {
        return sessions.findById(id).map(TrainingSessions::info);
    }

    /**
     * The sessions of some trainings in a period, the earliest first, with their trainings' titles: each in the
     * reader's language where translated into it, else in its original ({@code null}: the originals). One statement.
     */
    @Transactional(readOnly = true)
    public List<ScheduledSession> scheduled(
            Collection<Integer> trainingIds, Instant from, Instant to, Language reader) {
        if (trainingIds.isEmpty()) {
            return List.of();
        }
        return scheduledQuery(SCHEDULED + " ORDER BY s.session_date, s.id", trainingIds, from, to, reader)
                .query(TrainingSessions::scheduled)
                .list();
    }

    /**
     * One page of them, in the page's order (by default the earliest first), ties broken by id; one statement, and one
     * more to count them unless the page says how many there are.
     */
    @Transactional(readOnly = true)
    public Page<ScheduledSession> scheduled(
            Collection<Integer> trainingIds, Instant from, Instant to, Pageable page, Language reader) {
        if (trainingIds.isEmpty()) {
            return Page.empty(page);
        }
        Pageable ordered = page.getSort().isSorted()
                ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("sessionDate"));
        List<ScheduledSession> content = scheduledQuery(
                        SCHEDULED + SqlPage.clause(ordered, SCHEDULED_COLUMNS, "s.id"), trainingIds, from, to, reader)
                .query(TrainingSessions::scheduled)
                .list();
        return PageableExecutionUtils.getPage(
                content, page, () -> scheduledQuery(SCHEDULED_COUNT, trainingIds, from, to, null)
                        .query(Long.class)
                        .single());
    }

    /** Scheduled sessions that start in a period, for reminders. */
    @Transactional(readOnly = true)
    public List<SessionInfo> startingBetween(Instant from, Instant to) {
        return sessions.findStartingBetween(from, to).stream()
                .map(TrainingSessions::info)
                .toList();
    }

    private TrainingSession newSession(Training training, String title, Instant start, Integer durationMinutes) {
        requireWithinTraining(training, start);
        TrainingSession session = new TrainingSession(training, requireText(title), start);
        session.reschedule(
                session.getTitle(), start, durationMinutes == null ? DEFAULT_DURATION_MINUTES : durationMinutes);
        return session;
    }

    private TrainingSession visible(int id, Optional<Caller> caller) {
        TrainingSession session = sessions.findById(id).orElseThrow(TrainingSessions::notFound);
        Training training = session.getTraining();
        if (!TrainingCatalog.visible(training.getStatus(), training.getCreatedBy(), caller)) {
            throw notFound();
        }
        return session;
    }

    /** 404 for a session the caller cannot see, said as for one that does not exist; 403 if they only see it. */
    private TrainingSession manageable(int id, Caller caller) {
        TrainingSession session = visible(id, Optional.of(caller));
        catalog.manageable(session.getTraining().getId(), caller);
        return session;
    }

    private void requireWithinTraining(Training training, Instant start) {
        if (!training.covers(start.atZone(properties.timeZone()).toLocalDate())) {
            throw InvalidRequestException.field("sessionDate", "{session.outsideTraining}");
        }
    }

    private static String orTrainingLocation(String location, Training training) {
        return location == null || location.isBlank() ? training.getLocation() : location.trim();
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.field("title", "{validation.notBlank}");
        }
        return text.trim();
    }

    private static String orCurrent(String requested, String current) {
        return requested == null ? current : blankToNull(requested);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("session.notFound");
    }

    /** Sessions of one training as a reader reads them: translated where they are into the reader's language. */
    private List<SessionView> readIn(List<TrainingSession> found, Language original, Language reader) {
        List<SessionView> views =
                found.stream().map(session -> view(session, original)).toList();
        if (reader == original || views.isEmpty()) {
            return views;
        }
        Map<Integer, TranslatedText> translated =
                translations.sessionsIn(views.stream().map(SessionView::id).toList(), reader);
        return views.stream()
                .map(view -> translated.containsKey(view.id()) ? view.in(reader, translated.get(view.id())) : view)
                .toList();
    }

    /** Sessions of one training as their writer reads them back: the original, with every translation. */
    private List<SessionView> written(List<TrainingSession> written) {
        Language original = translations.original(written.get(0).getTraining().getId());
        Map<Integer, Map<String, TranslatedText>> all = translations.ofSessions(
                written.stream().map(TrainingSession::getId).toList());
        return written.stream()
                .map(session -> view(session, original).withTranslations(all.getOrDefault(session.getId(), Map.of())))
                .toList();
    }

    static SessionView view(TrainingSession session, Language original) {
        return new SessionView(
                session.getId(),
                session.getTraining().getId(),
                session.getTitle(),
                session.getDescription(),
                session.getSessionDate(),
                session.getLocation(),
                session.getDurationMinutes(),
                session.getStatus(),
                session.getMaxAttendees(),
                session.getNotes(),
                session.getCreatedAt(),
                session.getUpdatedAt(),
                original,
                null);
    }

    private static SessionInfo info(TrainingSession session) {
        Training training = session.getTraining();
        return new SessionInfo(
                session.getId(),
                training.getId(),
                training.getTitle(),
                training.getCreatedBy(),
                training.getStatus(),
                session.getTitle(),
                session.getSessionDate(),
                session.getEndsAt(),
                session.getStatus(),
                session.getMaxAttendees(),
                session.getLocation());
    }

    private JdbcClient.StatementSpec scheduledQuery(
            String sql, Collection<Integer> trainingIds, Instant from, Instant to, Language reader) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("trainings", trainingIds)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to));
        return sql.contains(":lang") ? statement.param("lang", reader == null ? null : reader.code()) : statement;
    }

    /** A row of {@link #SCHEDULED}: the translations where there are, else the originals. */
    private static ScheduledSession scheduled(ResultSet rs, int row) throws SQLException {
        Language original = Language.stored(rs.getString("original_language"));
        String translated = rs.getString("translated_title");
        String trainingTitle = rs.getString("translated_training_title");
        Instant start = rs.getObject("session_date", OffsetDateTime.class).toInstant();
        Integer minutes = rs.getObject("duration_minutes", Integer.class);
        SessionInfo session = new SessionInfo(
                rs.getInt("id"),
                rs.getInt("training_id"),
                trainingTitle != null ? trainingTitle : rs.getString("training_title"),
                rs.getObject("training_created_by", Integer.class),
                TrainingStatus.valueOf(rs.getString("training_status").toUpperCase(Locale.ROOT)),
                translated != null ? translated : rs.getString("title"),
                start,
                start.plus(Duration.ofMinutes(minutes == null ? 0 : minutes)),
                SessionStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getObject("max_attendees", Integer.class),
                rs.getString("location"));
        return new ScheduledSession(
                session, translated != null ? Language.stored(rs.getString("translated_language")) : original);
    }
}
