package cm.resultinstitute.platform.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class TrainerPagesTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final ZoneId DOUALA = ZoneId.of("Africa/Douala");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    final TestData data = TestData.shared();

    int trainer;
    Cookie trainerSession;

    @BeforeEach
    void aTrainer() {
        String email = "trainer-" + SEQUENCE.incrementAndGet() + "@trainer-pages.test";
        trainer = data.user(email, "trainer");
        trainerSession = Logins.pageSession(mvc, email);
    }

    @Test
    void trainerListsTheTrainingsTheyRunOnly() {
        int other = data.user("other-" + SEQUENCE.incrementAndGet() + "@trainer-pages.test", "trainer");
        String mine = title("My Published");
        training(mine, "published", trainer);
        String myDraft = title("My Draft");
        training(myDraft, "draft", trainer);
        String theirs = title("Their Published");
        training(theirs, "published", other);

        assertThat(page("/trainer/trainings", trainerSession))
                .contains(mine, myDraft, "Draft", "Published", "New training")
                .doesNotContain(theirs);

        String admin = "admin-" + SEQUENCE.incrementAndGet() + "@trainer-pages.test";
        data.user(admin, "admin");
        assertThat(page("/trainer/trainings", Logins.pageSession(mvc, admin))).contains(mine, myDraft, theirs);
    }

    @Test
    void aLongListOfTrainingsIsPagedWithPlainLinks() {
        for (int i = 0; i < 21; i++) {
            training(title("Paged"), "draft", trainer);
        }

        String page = page("/trainer/trainings", trainerSession);

        assertThat(page).contains("Page 1 of 2", "href=\"/trainer/trainings?page=1\"");
        String pager =
                page.substring(page.lastIndexOf("<nav", page.indexOf("Page 1 of 2")), page.indexOf("Page 1 of 2"));
        assertThat(pager).contains("rel=\"next\"").doesNotContain("hx-get", "hx-target", "hx-swap");
    }

    @Test
    void onlyTrainersAndAdminsSeeTheTrainerAreaInTheMenu() {
        String participant = "participant-" + SEQUENCE.incrementAndGet() + "@trainer-pages.test";
        data.user(participant, "participant");
        String admin = "admin-" + SEQUENCE.incrementAndGet() + "@trainer-pages.test";
        data.user(admin, "admin");
        String link = "href=\"/trainer/trainings\"";

        assertThat(page("/trainings", trainerSession)).contains(link, "Trainer area");
        assertThat(page("/trainings", Logins.pageSession(mvc, admin))).contains(link);
        assertThat(page("/trainings", Logins.pageSession(mvc, participant))).doesNotContain(link);
        assertThat(Logins.html(mvc.get().uri("/trainings").exchange())).doesNotContain(link);
        assertThat(page("/trainer/trainings", trainerSession)).contains("href=\"/trainer/reports\"");
    }

    @Test
    void trainerCreatesATraining() {
        MvcTestResult created = mvc.post()
                .uri("/trainer/trainings/new")
                .param("title", "Développement Personnel " + SEQUENCE.incrementAndGet())
                .param("description", "Know yourself.")
                .param("category", "Personal Development")
                .param("level", "INTERMEDIATE")
                .param("durationHours", "18")
                .param("maxParticipants", "15")
                .param("startDate", LocalDate.now().plusDays(10).toString())
                .param("endDate", LocalDate.now().plusDays(40).toString())
                .param("location", "Yaoundé")
                .param("imageUrl", "")
                .param("slug", "")
                .param("status", "DRAFT")
                .cookie(trainerSession)
                .with(csrf())
                .exchange();

        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/trainer/trainings/\\d+");
        Map<String, Object> row = jdbc.sql("SELECT * FROM trainings WHERE id = ?")
                .params(Integer.parseInt(location.substring(location.lastIndexOf('/') + 1)))
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("slug", "developpement-personnel-" + (SEQUENCE.get()))
                .containsEntry("created_by", trainer)
                .containsEntry("status", "draft")
                .containsEntry("level", "intermediate")
                .containsEntry("max_participants", 15)
                .containsEntry("location", "Yaoundé");
        assertThat(page(location, trainerSession)).contains("is created. Add its sessions below.", "Add a session");
    }

    @Test
    void theFormShowsWhatIsWrongFieldByField() {
        String page = Logins.html(mvc.post()
                .uri("/trainer/trainings/new")
                .param("title", " ")
                .param("durationHours", "many")
                .param("maxParticipants", "-3")
                .param("imageUrl", "javascript:alert(1)")
                .param("status", "DRAFT")
                .cookie(trainerSession)
                .with(csrf())
                .exchange());

        assertThat(page)
                .contains("Must be a whole number.", "Must be an http or https address.")
                .contains("aria-invalid=\"true\"");
        assertThat(jdbc.sql("SELECT count(*) FROM trainings WHERE created_by = ?")
                        .params(trainer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void datesInTheWrongOrderAreRefusedOnTheEndDate() {
        String page = Logins.html(mvc.post()
                .uri("/trainer/trainings/new")
                .param("title", title("Backwards"))
                .param("startDate", "2026-06-10")
                .param("endDate", "2026-06-01")
                .param("status", "DRAFT")
                .cookie(trainerSession)
                .with(csrf())
                .exchange());
        assertThat(page).contains("Must not be before the start.");
    }

    @Test
    void trainerChangesTheirTraining() {
        String title = title("To Be Changed");
        int training = training(title, "draft", trainer);

        MvcTestResult saved = save(training, Map.of("title", title + " Again", "status", "PUBLISHED"));

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/trainer/trainings/" + training);
        assertThat(jdbc.sql("SELECT title || ' ' || status FROM trainings WHERE id = ?")
                        .params(training)
                        .query(String.class)
                        .single())
                .isEqualTo(title + " Again published");
        assertThat(page("/trainer/trainings/" + training, trainerSession)).contains("The training is saved.");
    }

    @Test
    void anIllegalStatusChangeIsExplained() {
        String title = title("Has People");
        int training = training(title, "published", trainer);
        data.enrol(
                data.user("p-" + SEQUENCE.incrementAndGet() + "@trainer-pages.test", "participant"),
                training,
                "active");

        String page = Logins.html(save(training, Map.of("title", title, "status", "DRAFT")));

        assertThat(page).contains("A training cannot go from published to draft.");
        assertThat(jdbc.sql("SELECT status FROM trainings WHERE id = ?")
                        .params(training)
                        .query(String.class)
                        .single())
                .isEqualTo("published");
    }

    @Test
    void trainerAddsASessionInDoualaTime() {
        int training = training(title("With Sessions"), "published", trainer);
        LocalDate day = LocalDate.now().plusDays(5);

        MvcTestResult added = mvc.post()
                .uri("/trainer/trainings/" + training + "/sessions")
                .param("title", "Kick-off")
                .param("startsAt", day + "T09:30")
                .param("durationMinutes", "90")
                .param("location", "")
                .cookie(trainerSession)
                .with(csrf())
                .exchange();

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/trainer/trainings/" + training + "#sessions");
        Instant stored = jdbc.sql("SELECT session_date FROM sessions WHERE training_id = ?")
                .params(training)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(stored)
                .isEqualTo(ZonedDateTime.of(day, LocalTime.of(9, 30), DOUALA).toInstant());
        assertThat(page("/trainer/trainings/" + training, trainerSession))
                .contains("The session Kick-off is scheduled.", "Kick-off", "09:30", "90 min");
    }

    @Test
    void aSessionOutsideTheTrainingsDatesIsRefusedOnItsDate() {
        int training = training(title("Tight Dates"), "published", trainer);
        String page = Logins.html(mvc.post()
                .uri("/trainer/trainings/" + training + "/sessions")
                .param("title", "Too Late")
                .param("startsAt", LocalDate.now().plusDays(90) + "T09:00")
                .param("durationMinutes", "60")
                .cookie(trainerSession)
                .with(csrf())
                .exchange());
        assertThat(page).contains("The session must take place within the training&#39;s dates.");
        assertThat(sessions(training)).isEmpty();
    }

    @Test
    void trainerAddsASeriesOnChosenDaysOfTheWeek() {
        int training = training(title("Series"), "published", trainer);
        LocalDate monday = LocalDate.now().plusDays(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        MvcTestResult added = mvc.post()
                .uri("/trainer/trainings/" + training + "/sessions/series")
                .param("title", "Weekly")
                .param("firstDate", monday.toString())
                .param("until", monday.plusDays(13).toString())
                .param("daysOfWeek", "TUESDAY", "THURSDAY")
                .param("time", "09:00")
                .param("timeZone", "Africa/Douala")
                .param("durationMinutes", "120")
                .cookie(trainerSession)
                .with(csrf())
                .exchange();

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/trainer/trainings/" + training + "#sessions");
        assertThat(sessions(training))
                .containsExactly(
                        at(monday.plusDays(1)),
                        at(monday.plusDays(3)),
                        at(monday.plusDays(8)),
                        at(monday.plusDays(10)));
        assertThat(page("/trainer/trainings/" + training, trainerSession)).contains("4 sessions are scheduled.");
    }

    @Test
    void aSeriesNeedsAKnownTimeZoneAndSomeDays() {
        int training = training(title("Bad Series"), "published", trainer);
        String page = Logins.html(mvc.post()
                .uri("/trainer/trainings/" + training + "/sessions/series")
                .param("title", "Weekly")
                .param("firstDate", LocalDate.now().plusDays(2).toString())
                .param("until", LocalDate.now().plusDays(9).toString())
                .param("time", "09:00")
                .param("timeZone", "Mars/Olympus")
                .param("durationMinutes", "120")
                .cookie(trainerSession)
                .with(csrf())
                .exchange());
        assertThat(page).contains("Not a time zone (e.g. Africa/Douala).", "id=\"add-series\"");
        assertThat(sessions(training)).isEmpty();
    }

    @Test
    void trainerMovesASessionThroughItsStatuses() {
        int training = training(title("Status Walk"), "published", trainer);
        int session = data.session(training, "Walk", Instant.now(), 60);

        assertThat(followed(changeStatus(session, "ongoing"))).contains("The session Walk is saved.", ">Complete<");
        assertThat(followed(changeStatus(session, "completed"))).contains("The session Walk is saved.");
        assertThat(sessionStatus(session)).isEqualTo("completed");

        assertThat(followed(changeStatus(session, "cancelled")))
                .contains("A session cannot go from completed to cancelled.");
        assertThat(sessionStatus(session)).isEqualTo("completed");
    }

    @Test
    void aSessionWithAttendanceIsNotDeleted() {
        int training = training(title("Kept Sessions"), "published", trainer);
        int empty = data.session(training, "Empty", Instant.now(), 60);
        int attended = data.session(training, "Attended", Instant.now(), 60);
        int participant = data.user("p-" + SEQUENCE.incrementAndGet() + "@trainer-pages.test", "participant");
        data.enrol(participant, training, "active");
        data.attended(attended, participant, "present");

        assertThat(followed(post("/trainer/sessions/" + empty + "/delete", Map.of())))
                .contains("The session Empty is deleted.");
        assertThat(followed(post("/trainer/sessions/" + attended + "/delete", Map.of())))
                .contains("Attendance has been recorded for this session: cancel it instead.");
        assertThat(sessions(training)).hasSize(1);
    }

    @Test
    void trainingIsDeletedOnlyWhenConfirmedAndNobodyEnrolled() {
        int training = training(title("Short Lived"), "draft", trainer);
        assertThat(followed(post("/trainer/trainings/" + training + "/delete", Map.of())))
                .contains("Tick the box to confirm the deletion.");
        assertThat(exists(training)).isTrue();

        MvcTestResult deleted = post("/trainer/trainings/" + training + "/delete", Map.of("confirm", "true"));
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/trainer/trainings");
        assertThat(exists(training)).isFalse();

        int popular = training(title("Popular"), "published", trainer);
        data.enrol(
                data.user("p-" + SEQUENCE.incrementAndGet() + "@trainer-pages.test", "participant"), popular, "active");
        assertThat(followed(post("/trainer/trainings/" + popular + "/delete", Map.of("confirm", "true"))))
                .contains("People enrolled in this training: archive it instead.");
        assertThat(exists(popular)).isTrue();
    }

    @Test
    void trainerPagesSpeakFrench() {
        int training = training(title("En Français"), "published", trainer);
        assertThat(Logins.html(mvc.get()
                        .uri("/trainer/trainings/" + training)
                        .header("Accept-Language", "fr")
                        .cookie(trainerSession)
                        .exchange()))
                .contains("Ajouter une séance", "Ajouter une série de séances", "Mardi", "Fuseau horaire");
    }

    private MvcTestResult save(int training, Map<String, String> fields) {
        return post("/trainer/trainings/" + training, fields);
    }

    private MvcTestResult changeStatus(int session, String status) {
        return post("/trainer/sessions/" + session + "/status", Map.of("status", status));
    }

    private MvcTestResult post(String path, Map<String, String> fields) {
        var request = mvc.post().uri(path).cookie(trainerSession).with(csrf());
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.exchange();
    }

    /** The page a redirection leads to, as a browser would open it at once (and so read its notice). */
    private String followed(MvcTestResult redirected) {
        String location = redirected.getResponse().getRedirectedUrl();
        assertThat(location).as("a redirection").isNotNull();
        return page(location.replaceFirst("#.*$", ""), trainerSession);
    }

    private String page(String path, Cookie session) {
        return Logins.html(mvc.get().uri(path).cookie(session).exchange());
    }

    private int training(String title, String status, int createdBy) {
        return data.training(
                title, status, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), createdBy);
    }

    private List<Instant> sessions(int training) {
        return jdbc
                .sql("SELECT session_date FROM sessions WHERE training_id = ? ORDER BY session_date")
                .params(training)
                .query(java.sql.Timestamp.class)
                .list()
                .stream()
                .map(java.sql.Timestamp::toInstant)
                .toList();
    }

    private String sessionStatus(int session) {
        return jdbc.sql("SELECT status FROM sessions WHERE id = ?")
                .params(session)
                .query(String.class)
                .single();
    }

    private boolean exists(int training) {
        return jdbc.sql("SELECT count(*) FROM trainings WHERE id = ?")
                        .params(training)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private static Instant at(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(9, 0), DOUALA).toInstant();
    }

    private static String title(String title) {
        return title + " " + SEQUENCE.incrementAndGet();
    }
}
