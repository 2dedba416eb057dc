package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.persistence.AdvisoryLocks;
import cm.resultinstitute.platform.shared.persistence.SqlPage;
import cm.resultinstitute.platform.shared.persistence.SqlWhere;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.text.Slugs;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.shared.web.FieldProblem;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.shared.web.PublicPage;
import cm.resultinstitute.platform.trainings.TrainingEvents.CapacityRaised;
import cm.resultinstitute.platform.trainings.TrainingEvents.TrainingDeletionRequested;
import cm.resultinstitute.platform.trainings.domain.Training;
import cm.resultinstitute.platform.trainings.domain.TrainingRepository;
import cm.resultinstitute.platform.users.Caller;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue of trainings: who may see and change which, and the rules of their dates, seats and status. Seats
 * are read from the {@code enrollments} table (active and completed enrolments take one).
 */
@Service
public class TrainingCatalog {

    private static final Map<String, String> COLUMNS = Map.of(
            "title", "t.title",
            "startDate", "t.start_date",
            "endDate", "t.end_date",
            "createdAt", "t.created_at",
            "category", "t.category",
            "level", "t.level",
            "status", "t.status",
            "id", "t.id",
            "updatedAt", "t.updated_at",
            "durationHours", "t.duration_hours");

    private static final String SEATS_TAKEN = """
            (SELECT count(*) FROM enrollments e
             WHERE e.training_id = t.id AND e.status IN ('active', 'completed')) AS seats_taken""";

    /**
     * A training's columns with, for a reader of {@code :lang}, its translation into that language (never one into the
     * original's own), which language its original is, and its category's names.
     */
    private static final String TRANSLATED = """
            , tr.title AS tr_title, tr.description AS tr_description, tl.original AS original_language,
            c.name_en AS category_en, c.name_fr AS category_fr
            FROM trainings t
            LEFT JOIN training_languages tl ON tl.training_id = t.id
            LEFT JOIN training_translations tr ON tr.training_id = t.id AND tr.language = :lang
                AND tr.language <> coalesce(tl.original, 'en')
            LEFT JOIN categories c ON lower(c.value) = lower(t.category)""";

    private static final String SELECT = "SELECT t.*, " + SEATS_TAKEN + TRANSLATED;

    /** A training asked for by number rather than by slug; compiled once, as every read by id asks. */
    private static final Pattern AN_ID = Pattern.compile("\\d{1,9}");

    /** Fuzzy enough that "leadrship" finds "Leadership", not so fuzzy that everything matches. */
    private static final String WORD_SIMILARITY = "0.4";

    private static final String SEARCH_TEXT = "lower(t.title || ' ' || coalesce(t.description, ''))";

    private static final String TRANSLATION_TEXT = "lower(x.title || ' ' || coalesce(x.description, ''))";

    /** A training whose original or translation is like {@code :q}, or holds it ({@code :like}, wildcards escaped). */
    private static final String SEARCH = "(:q <% " + SEARCH_TEXT + " OR " + SEARCH_TEXT + " LIKE :like"
            + " OR t.id IN (SELECT x.training_id FROM training_translations x WHERE :q <% " + TRANSLATION_TEXT
            + " OR " + TRANSLATION_TEXT + " LIKE :like))";

    /** How close the original or the closest translation comes to {@code :q}. */
    private static final String RELEVANCE = "greatest(word_similarity(:q, " + SEARCH_TEXT + "), "
            + "(SELECT max(word_similarity(:q, " + TRANSLATION_TEXT + ")) FROM training_translations x "
            + "WHERE x.training_id = t.id))";

    private final TrainingRepository trainings;
    private final TrainingTranslations translations;
    private final JdbcClient jdbc;
    private final ActivityRecorder activity;
    private final ApplicationEventPublisher events;
    private final AppProperties properties;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    TrainingCatalog(
            TrainingRepository trainings,
            TrainingTranslations translations,
            JdbcClient jdbc,
            ActivityRecorder activity,
            ApplicationEventPublisher events,
            AppProperties properties,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.trainings = trainings;
        this.translations = translations;
        this.jdbc = jdbc;
        this.activity = activity;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Published trainings that have not ended, the soonest first: one statement, so no transaction. */
    public List<TrainingCard> current(int limit, Language reader) {
        return jdbc.sql("SELECT t.*" + TRANSLATED + """
                         WHERE t.status = 'published' AND (t.end_date IS NULL OR t.end_date >= :today)
                         ORDER BY t.start_date ASC NULLS LAST, t.id DESC LIMIT :limit""")
                .param("lang", reader.code())
                .param("today", Date.valueOf(properties.today(clock)))
                .param("limit", limit)
                .query((rs, row) -> {
                    Text text = Text.of(rs, reader);
                    return new TrainingCard(
                            rs.getInt("id"),
                            text.title(),
                            rs.getString("slug"),
                            rs.getString("category"),
                            level(rs),
                            date(rs, "start_date"),
                            date(rs, "end_date"),
                            rs.getString("location"),
                            (Integer) rs.getObject("duration_hours"),
                            text.language(),
                            text.categoryName());
                })
                .list();
    }

    /** The pages of the published trainings, for the sitemap: one statement. */
    public List<PublicPage> publishedPages() {
        return jdbc.sql("""
                        SELECT t.slug, greatest(t.updated_at, max(tr.updated_at)) AS changed
                        FROM trainings t LEFT JOIN training_translations tr ON tr.training_id = t.id
                        WHERE t.status = 'published' GROUP BY t.id ORDER BY t.id""")
                .query((rs, row) -> new PublicPage("/trainings/" + rs.getString("slug"), instant(rs, "changed")))
                .list();
    }

    /** The categories of the published trainings, named in the reader's language, for the catalogue's filter. */
    public List<CategoryName> publishedCategories(Language reader) {
        return jdbc.sql("""
                        SELECT DISTINCT t.category AS value,
                               coalesce(CASE WHEN :lang = 'fr' THEN c.name_fr ELSE c.name_en END, t.category) AS name
                        FROM trainings t LEFT JOIN categories c ON lower(c.value) = lower(t.category)
                        WHERE t.status = 'published' AND t.category IS NOT NULL AND t.category <> ''
                        ORDER BY name""")
                .param("lang", reader.code())
                .query((rs, row) -> new CategoryName(rs.getString("value"), rs.getString("name")))
                .list();
    }

    /** The public sees published trainings; a trainer also their own; an admin all. In the page's language. */
    public Page<TrainingView> list(TrainingFilter filter, Pageable page, Optional<Caller> caller) {
        return list(filter, page, caller, Language.ofPage(), false);
    }

    /**
     * The public sees published trainings; a trainer also their own; an admin all. Each in the reader's language if
     * translated into it, with every translation if asked. One statement (the page and the count), so no transaction,
     * except for a search: its fuzziness is set for its own transaction.
     */
    public Page<TrainingView> list(
            TrainingFilter filter, Pageable page, Optional<Caller> caller, Language reader, boolean allTranslations) {
        boolean searching = filter.q() != null && !filter.q().isBlank();
        if (!searching) {
            return page(filter, page, caller, reader, allTranslations, false);
        }
        return readOnly.execute(status -> {
            jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
                    .param("threshold", WORD_SIMILARITY)
                    .query()
                    .singleRow();
            return page(filter, page, caller, reader, allTranslations, true);
        });
    }

    private Page<TrainingView> page(
            TrainingFilter filter,
            Pageable page,
            Optional<Caller> caller,
            Language reader,
            boolean allTranslations,
            boolean searching) {
        SqlWhere where = visibleTo(caller)
                .andIfPresent(filter.status(), "t.status = :status", "status", TrainingStatus::value)
                .andIfPresent(
                        filter.category(), "lower(t.category) = :category", "category", category -> category.trim()
                                .toLowerCase(Locale.ROOT))
                .andIfPresent(filter.createdBy(), "t.created_by = :createdBy", "createdBy")
                .andIfPresent(filter.level(), "t.level = :level", "level", TrainingLevel::value)
                .andIfPresent(filter.from(), "(t.end_date IS NULL OR t.end_date >= :from)", "from", Date::valueOf)
                .andIfPresent(filter.to(), "(t.start_date IS NULL OR t.start_date <= :to)", "to", Date::valueOf);
        String order;
        if (searching) {
            String q = filter.q().trim().toLowerCase(Locale.ROOT);
            where.and(SEARCH, "q", q).bind("like", SqlWhere.containing(q));
        }
        if (page.getSort().isSorted()) {
            order = SqlPage.orderBy(page, COLUMNS, "t.id");
        } else {
            String relevance = searching ? RELEVANCE + " DESC, " : "";
            order = " ORDER BY " + relevance + "t.start_date ASC NULLS LAST, t.id";
        }
        // The page's ids are chosen first (from an index, for the public catalogue), then its rows are read and their
        // seats counted: never for the rows an OFFSET skips. The count comes first, so that a page past the end still
        // answers one row, with the count and no training.
        String pageOfIds = "SELECT t.id FROM trainings t" + where.clause() + order + SqlPage.limit(page);
        String rows = "SELECT t.*, " + SEATS_TAKEN + ", row_number() OVER (" + order + ") AS position" + TRANSLATED
                + " WHERE t.id IN (" + pageOfIds + ")";
        RowMapper<TrainingView> view = viewFor(reader);
        List<Counted<TrainingView>> counted = jdbc.sql(
                        "SELECT total.n AS total_count, paged.* FROM (SELECT count(*) AS n"
                                + " FROM trainings t" + where.clause() + ") total LEFT JOIN LATERAL (" + rows
                                + ") paged ON true ORDER BY paged.position")
                .params(where.params())
                .param("lang", reader.code())
                .query((rs, row) -> new Counted<>(
                        rs.getObject("id") == null ? null : view.mapRow(rs, row), rs.getLong("total_count")))
                .list();
        List<TrainingView> content =
                counted.stream().map(Counted::item).filter(Objects::nonNull).toList();
        if (allTranslations) {
            content = withTranslations(content);
        }
        return new PageImpl<>(content, page, counted.get(0).total());
    }

    /** A row of a page read with the count of all the rows. */
    private record Counted<T>(T item, long total) {}

    /** A training by id or slug in the page's language, if the caller may see it; else 404. One statement. */
    public TrainingView get(String idOrSlug, Optional<Caller> caller) {
        return get(idOrSlug, caller, Language.ofPage(), false);
    }

    /**
     * A training by id or slug in the reader's language if translated into it, with every translation if asked; 404
     * if the caller may not see it, whether it exists or not. One statement, two with the translations. No reader:
     * the original.
     */
    public TrainingView get(String idOrSlug, Optional<Caller> caller, Language reader, boolean allTranslations) {
        TrainingView training = find(idOrSlug, reader).orElseThrow(TrainingCatalog::notFound);
        if (!visible(training.status(), training.createdBy(), caller)) {
            throw notFound();
        }
        return allTranslations ? withTranslations(List.of(training)).get(0) : training;
    }

    /**
     * A training as its writer edits it, if the caller may see it: its text in its original language, with every
     * translation.
     */
    public TrainingView written(String idOrSlug, Optional<Caller> caller) {
        return get(idOrSlug, caller, null, true);
    }

    @Transactional
    public TrainingView create(TrainingDetails details, Caller caller) {
        requireText(details.title(), "title");
        requireOrderedDates(details.startDate(), details.endDate());
        String slug = slugFor(details.slug(), details.title(), null);
        Training training = new Training(details.title().trim(), slug, caller.id());
        training.describe(
                blankToNull(details.description()),
                blankToNull(details.category()),
                details.level(),
                blankToNull(details.location()),
                blankToNull(details.imageUrl()));
        training.plan(details.durationHours(), details.maxParticipants(), details.startDate(), details.endDate());
        if (details.status() != null) {
            training.changeStatus(details.status(), false);
        }
        trainings.saveAndFlush(training);
        translations.apply(training.getId(), details.originalLanguage(), details.translations(), new Changes());
        activity.record(ActivityEntry.of(
                        "training_created", "training", training.getId(), "Created the training " + training.getTitle())
                .with("status", training.getStatus().value()));
        return view(training.getId());
    }

    /** Changes a training: its creator or an admin; the status, date and seat rules hold whatever the change. */
    @Transactional
    public TrainingView update(int id, TrainingDetails changes, Caller caller) {
        Training training = manageable(id, caller);
        Changes changed = new Changes();
        int seatsTaken = seatsTaken(id);
        String title = changes.title() == null ? training.getTitle() : requireText(changes.title(), "title");
        String slug = changes.slug() == null ? training.getSlug() : slugFor(changes.slug(), title, training.getId());
        training.rename(
                changed.note("title", training.getTitle(), title), changed.note("slug", training.getSlug(), slug));
        training.describe(
                changed.note(
                        "description",
                        training.getDescription(),
                        orCurrent(changes.description(), training.getDescription())),
                changed.note("category", training.getCategory(), orCurrent(changes.category(), training.getCategory())),
                changed.note(
                        "level", training.getLevel(), changes.level() == null ? training.getLevel() : changes.level()),
                changed.note("location", training.getLocation(), orCurrent(changes.location(), training.getLocation())),
                changed.note(
                        "imageUrl", training.getImageUrl(), orCurrent(changes.imageUrl(), training.getImageUrl())));
        LocalDate start = changed(changes, "startDate", changes.startDate(), training.getStartDate());
        LocalDate end = changed(changes, "endDate", changes.endDate(), training.getEndDate());
        requireOrderedDates(start, end);
        Integer capacity =
                changed(changes, "maxParticipants", changes.maxParticipants(), training.getMaxParticipants());
        if (capacity != null && capacity < seatsTaken) {
            throw new ConflictException("capacity-below-enrolments", "training.capacityBelowEnrolments", seatsTaken);
        }
        boolean capacityRaised =
                training.getMaxParticipants() != null && (capacity == null || capacity > training.getMaxParticipants());
        training.plan(
                changed.note(
                        "durationHours",
                        training.getDurationHours(),
                        changed(changes, "durationHours", changes.durationHours(), training.getDurationHours())),
                changed.note("maxParticipants", training.getMaxParticipants(), capacity),
                changed.note("startDate", training.getStartDate(), start),
                changed.note("endDate", training.getEndDate(), end));
        if ((changed.has("startDate") || changed.has("endDate")) && sessionsOutside(id, start, end)) {
            throw new ConflictException("sessions-outside-dates", "training.sessionsOutsideDates");
        }
        if (changes.status() != null) {
            TrainingStatus before = training.getStatus();
            training.changeStatus(changes.status(), hasEnrolments(id));
            changed.note("status", before, training.getStatus());
        }
        trainings.flush();
        translations.apply(id, changes.originalLanguage(), changes.translations(), changed);
        if (!changed.isEmpty()) {
            String action = changed.has("status") && training.getStatus() == TrainingStatus.PUBLISHED
                    ? "training_published"
                    : "training_updated";
            activity.record(ActivityEntry.of(action, "training", id, "Updated the training " + training.getTitle())
                    .withChanges(changed));
        }
        if (capacityRaised) {
            events.publishEvent(new CapacityRaised(id));
        }
        return view(id);
    }

    /** The value a change gives an optional field: cleared, the new one, or (not given) the current one. */
    private static <T> T changed(TrainingDetails changes, String field, T given, T current) {
        if (changes.clears(field)) {
            return null;
        }
        return given == null ? current : given;
    }

    /** Deletes a training nobody ever enrolled in; the others are archived instead (409). */
    @Transactional
    public void delete(int id, Caller caller) {
        Training training = manageable(id, caller);
        events.publishEvent(new TrainingDeletionRequested(id));
        activity.record(
                ActivityEntry.of("training_deleted", "training", id, "Deleted the training " + training.getTitle())
                        .with("title", training.getTitle()));
        trainings.delete(training);
    }

    /** The {@code v_training_summary} row of a training, for its creator and admins. */
    @Transactional(readOnly = true)
    public TrainingSummary summary(int id, Caller caller) {
        manageable(id, caller);
        return jdbc.sql("SELECT * FROM v_training_summary WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new TrainingSummary(
                        rs.getInt("id"),
                        rs.getString("title"),
                        rs.getString("category"),
                        rs.getString("status"),
                        date(rs, "start_date"),
                        date(rs, "end_date"),
                        (Integer) rs.getObject("max_participants"),
                        rs.getLong("total_enrollments"),
                        rs.getLong("completed_enrollments"),
                        rs.getLong("total_sessions"),
                        rs.getLong("completed_sessions"),
                        rs.getString("created_by_name")))
                .single();
    }

    /** A training for another module, whoever calls; visibility is the caller's business. */
    @Transactional(readOnly = true)
    public Optional<TrainingInfo> info(int id) {
        return trainings.findById(id).map(TrainingCatalog::info);
    }

    /**
     * The training, locked until the caller's transaction ends: enrolments take seats one at a time, so that the
     * seat count never passes the limit under concurrent requests.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<TrainingInfo> lockForEnrolment(int id) {
        return jdbc.sql("SELECT * FROM trainings WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((rs, row) -> new TrainingInfo(
                        rs.getInt("id"),
                        rs.getString("title"),
                        rs.getString("slug"),
                        TrainingStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                        (Integer) rs.getObject("duration_hours"),
                        (Integer) rs.getObject("max_participants"),
                        date(rs, "start_date"),
                        date(rs, "end_date"),
                        rs.getString("location"),
                        (Integer) rs.getObject("created_by")))
                .optional();
    }

    /** The trainings a user created (a trainer's own). */
    @Transactional(readOnly = true)
    public Set<Integer> createdBy(int userId) {
        return Set.copyOf(jdbc.sql("SELECT id FROM trainings WHERE created_by = :user")
                .param("user", userId)
                .query(Integer.class)
                .list());
    }

    /** Whether the caller may see a training with this status and creator. */
    public static boolean visible(TrainingStatus status, Integer createdBy, Optional<Caller> caller) {
        return status == TrainingStatus.PUBLISHED
                || caller.map(c -> manages(c, createdBy)).orElse(false);
    }

    /** Whether the caller runs trainings of this creator: their own, or all for an admin. */
    public static boolean manages(Caller caller, Integer createdBy) {
        return caller.isAdmin() || (caller.isTrainer() && createdBy != null && caller.is(createdBy));
    }

    /** The training if the caller may change it: 404 if they may not even see it, 403 if they only may see it. */
    Training manageable(int id, Caller caller) {
        Training training = trainings.findById(id).orElseThrow(TrainingCatalog::notFound);
        if (!manages(caller, training.getCreatedBy())) {
            if (visible(training.getStatus(), training.getCreatedBy(), Optional.of(caller))) {
                throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "training.notYours");
            }
            throw notFound();
        }
        return training;
    }

    private Optional<TrainingView> find(String idOrSlug, Language reader) {
        boolean byId = AN_ID.matcher(idOrSlug).matches();
        return jdbc.sql(SELECT + (byId ? " WHERE t.id = :key" : " WHERE t.slug = :key"))
                .param("key", byId ? (Object) Integer.parseInt(idOrSlug) : idOrSlug)
                .param("lang", reader == null ? "" : reader.code())
                .query(viewFor(reader))
                .optional();
    }

    /** A training just written, as its writer reads it back: in its original language, with every translation. */
    private TrainingView view(int id) {
        TrainingView written = find(String.valueOf(id), null).orElseThrow(TrainingCatalog::notFound);
        return withTranslations(List.of(written)).get(0);
    }

    private List<TrainingView> withTranslations(List<TrainingView> views) {
        Map<Integer, Map<String, TranslatedText>> all =
                translations.of(views.stream().map(TrainingView::id).toList());
        return views.stream()
                .map(view -> view.withTranslations(all.getOrDefault(view.id(), Map.of())))
                .toList();
    }

    private String slugFor(String requested, String title, Integer id) {
        if (requested == null || requested.isBlank()) {
            // Two trainings of one title written at once must not both pick the same free slug.
            AdvisoryLocks.holdUntilCommit(jdbc, "training-slug:" + Slugs.of(title, "training"));
            return Slugs.unique(title, "training", candidate -> slugTaken(candidate, id));
        }
        String slug = requested.trim();
        if (!Slugs.isValid(slug)) {
            throw InvalidRequestException.field("slug", "{validation.slug}");
        }
        if (slugTaken(slug, id)) {
            throw new ConflictException(
                    "duplicate", List.of(new FieldProblem("slug", "{problem.field.conflict}")), "training.slugTaken");
        }
        return slug;
    }

    private boolean slugTaken(String slug, Integer exceptId) {
        return trainings
                .findBySlug(slug)
                .filter(other -> !other.getId().equals(exceptId))
                .isPresent();
    }

    private int seatsTaken(int id) {
        return jdbc.sql(
                        "SELECT count(*) FROM enrollments WHERE training_id = :id AND status IN ('active', 'completed')")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private boolean hasEnrolments(int id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enrollments WHERE training_id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private boolean sessionsOutside(int id, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM sessions WHERE training_id = :id AND (
                            (CAST(:start AS date) IS NOT NULL AND (session_date AT TIME ZONE :zone)::date < :start)
                            OR (CAST(:end AS date) IS NOT NULL AND (session_date AT TIME ZONE :zone)::date > :end)))""")
                .param("id", id)
                .param("start", start == null ? null : Date.valueOf(start))
                .param("end", end == null ? null : Date.valueOf(end))
                .param("zone", properties.timeZone().getId())
                .query(Boolean.class)
                .single();
    }

    private static SqlWhere visibleTo(Optional<Caller> caller) {
        if (caller.isEmpty() || caller.get().isParticipant()) {
            return new SqlWhere().and("t.status = 'published'");
        }
        if (caller.get().isTrainer()) {
            return new SqlWhere()
                    .and(
                            "(t.status = 'published' OR t.created_by = :me)",
                            "me",
                            caller.get().id());
        }
        return new SqlWhere();
    }

    private static void requireOrderedDates(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw InvalidRequestException.field("endDate", "{validation.endBeforeStart}");
        }
    }

    private static String requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.field(field, "{validation.notBlank}");
        }
        return text.trim();
    }

    private static String orCurrent(String requested, String current) {
        return requested == null ? current : blankToNull(requested.trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("training.notFound");
    }

    private static TrainingInfo info(Training training) {
        return new TrainingInfo(
                training.getId(),
                training.getTitle(),
                training.getSlug(),
                training.getStatus(),
                training.getDurationHours(),
                training.getMaxParticipants(),
                training.getStartDate(),
                training.getEndDate(),
                training.getLocation(),
                training.getCreatedBy());
    }

    private static RowMapper<TrainingView> viewFor(Language reader) {
        return (rs, row) -> {
            Integer max = (Integer) rs.getObject("max_participants");
            int taken = rs.getInt("seats_taken");
            Text text = Text.of(rs, reader);
            return new TrainingView(
                    rs.getInt("id"),
                    text.title(),
                    text.description(),
                    rs.getString("category"),
                    rs.getString("slug"),
                    TrainingStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                    level(rs),
                    (Integer) rs.getObject("duration_hours"),
                    max,
                    date(rs, "start_date"),
                    date(rs, "end_date"),
                    rs.getString("location"),
                    rs.getString("image_url"),
                    (Integer) rs.getObject("created_by"),
                    instant(rs, "created_at"),
                    instant(rs, "updated_at"),
                    taken,
                    max == null ? null : Math.max(0, max - taken),
                    text.language(),
                    text.original(),
                    text.categoryName(),
                    null);
        };
    }

    /** What a reader reads of a training row read with {@link #TRANSLATED}: the translation if any, else the original. */
    private record Text(String title, String description, Language language, Language original, String categoryName) {

        /** No reader: the original, its category named in the original's language. */
        static Text of(ResultSet rs, Language reader) throws SQLException {
            Language original = Language.stored(rs.getString("original_language"));
            Language naming = reader == null ? original : reader;
            String category = rs.getString(naming == Language.FR ? "category_fr" : "category_en");
            String categoryName = category != null ? category : rs.getString("category");
            String translated = rs.getString("tr_title");
            if (translated != null) {
                return new Text(translated, rs.getString("tr_description"), reader, original, categoryName);
            }
            return new Text(rs.getString("title"), rs.getString("description"), original, original, categoryName);
        }
    }

    private static TrainingLevel level(ResultSet rs) throws SQLException {
        return rs.getString("level") == null
                ? null
                : TrainingLevel.valueOf(rs.getString("level").toUpperCase(Locale.ROOT));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.time.OffsetDateTime timestamp = rs.getObject(column, java.time.OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
