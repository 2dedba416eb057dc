package cm.resultinstitute.platform.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.time.DayOfWeek;
import java.time.Duration;
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
                .contains("Duration (hours): must be a whole number.", "Must be an http or https address.")
                .contains("Title: please fill this in.")
                .doesNotContain("must not be blank", "must be greater than")
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

        assertThat(followed(changeStatus(session, "scheduled")))
                .contains("A session cannot go from completed to scheduled.");
        assertThat(sessionStatus(session)).isEqualTo("completed");
    }

    @Test
    void theQuickStatusButtonsNeverCancelWithoutTheConfirmation() {
        int training = training(title("No Quick Cancel"), "published", trainer);
        int session = data.session(training, "Kept", Instant.now().plus(Duration.ofDays(2)), 60);

        MvcTestResult asked = changeStatus(session, "cancelled");

        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/trainer/sessions/" + session + "/edit#cancel");
        assertThat(sessionStatus(session)).isEqualTo("scheduled");
    }

    @Test
    void theSessionPageShowsItsTitleStartInDoualaTimeAndDuration() {
        int training = training(title("Session Page"), "published", trainer);
        LocalDate day = LocalDate.now().plusDays(4);
        int session = data.session(training, "Opening", at(day, 9, 30), 90);

        String page = page("/trainer/sessions/" + session + "/edit", trainerSession);

        assertThat(page)
                .contains("Session: Opening", "Change the session", "Starts at (Africa/Douala)")
                .contains("value=\"Opening\"", "value=\"" + day + "T09:30\"", "value=\"90\"")
                .contains("type=\"datetime-local\"", "Cancel the session", "name=\"confirm\"");
        assertEveryInputHasALabel(page);
        assertThat(page("/trainer/trainings/" + training, trainerSession))
                .contains("href=\"/trainer/sessions/" + session + "/edit\"", "Change or cancel")
                .as("cancelling asks for a confirmation on the session's page")
                .doesNotContain("value=\"cancelled\"");
    }

    @Test
    void trainerRenamesAndReschedulesASession() {
        int training = training(title("Moved Sessions"), "published", trainer);
        LocalDate day = LocalDate.now().plusDays(5);
        int session = data.session(training, "Opening", at(day, 9, 0), 120);

        MvcTestResult saved = editSession(session, "Opening, moved", day.plusDays(1) + "T14:15", "45");

        assertThat(saved.getResponse().getRedirectedUrl())
                .isEqualTo("/trainer/trainings/" + training + "#session-" + session);
        Map<String, Object> row = sessionRow(session);
        assertThat(row).containsEntry("title", "Opening, moved").containsEntry("duration_minutes", 45);
        assertThat(((java.sql.Timestamp) row.get("session_date")).toInstant()).isEqualTo(at(day.plusDays(1), 14, 15));
        assertThat(followed(saved))
                .contains("The session Opening, moved is saved.", "Opening, moved", "14:15", "45 min")
                .doesNotContain("09:00");
    }

    @Test
    void anUnchangedStartKeepsTheSessionsExactInstant() {
        int training = training(title("Exact Start"), "published", trainer);
        Instant start = at(LocalDate.now().plusDays(3), 10, 0).plusSeconds(17);
        int session = data.session(training, "To Rename", start, 60);

        editSession(session, "Renamed", start.atZone(DOUALA).toLocalDateTime().withSecond(0) + "", "60");

        assertThat(sessionRow(session)).containsEntry("title", "Renamed");
        assertThat(((java.sql.Timestamp) sessionRow(session).get("session_date")).toInstant())
                .isEqualTo(start);

        // A browser may send seconds too.
        LocalDate day = LocalDate.now().plusDays(4);
        editSession(session, "Renamed", day + "T11:05:30", "60");
        assertThat(((java.sql.Timestamp) sessionRow(session).get("session_date")).toInstant())
                .isEqualTo(at(day, 11, 5).plusSeconds(30));
    }

    @Test
    void invalidSessionChangesAreExplainedAndChangeNothing() {
        int training = training(title("Guarded Sessions"), "published", trainer);
        LocalDate day = LocalDate.now().plusDays(5);
        int session = data.session(training, "Guarded", at(day, 9, 0), 120);
        Map<String, Object> before = sessionRow(session);
        String start = day + "T09:00";

        assertThat(Logins.html(editSession(session, "  ", start, "120")))
                .contains("id=\"title\"", "aria-invalid=\"true\"", "Title: please fill this in.");
        assertThat(Logins.html(editSession(session, "Guarded", start, "0")))
                .contains("aria-invalid=\"true\"", "Duration (minutes): more than 0.");
        assertThat(Logins.html(editSession(session, "Guarded", start, "many")))
                .contains("Duration (minutes): must be a whole number.");
        assertThat(Logins.html(editSession(session, "Guarded", start, "5000")))
                .contains("Duration (minutes): at most 1,440.");
        assertThat(Logins.html(editSession(session, "Guarded", "next tuesday", "120")))
                .contains("Start: must be a date and a time.");
        assertThat(Logins.html(editSession(session, "Guarded", day + "T25:61", "120")))
                .contains("Start: must be a date and a time.");
        assertThat(Logins.html(editSession(session, "Guarded", "", "120"))).contains("Start: please fill this in.");
        assertThat(Logins.html(editSession(session, "Too late", LocalDate.now().plusDays(90) + "T09:00", "120")))
                .contains("The session must take place within the training&#39;s dates.")
                .contains("value=\"Too late\"");
        assertThat(mvc.post()
                        .uri("/trainer/sessions/" + session + "/edit")
                        .cookie(trainerSession)
                        .with(csrf())
                        .exchange())
                .hasStatusOk();

        assertThat(sessionRow(session)).isEqualTo(before);
    }

    @Test
    void cancellingASessionNeedsTheBoxTicked() {
        int training = training(title("Cancelled Sessions"), "published", trainer);
        int session = data.session(training, "Rainy Day", at(LocalDate.now().plusDays(2), 9, 0), 60);

        MvcTestResult unconfirmed = post("/trainer/sessions/" + session + "/cancel", Map.of());
        assertThat(unconfirmed.getResponse().getRedirectedUrl())
                .isEqualTo("/trainer/sessions/" + session + "/edit#cancel");
        assertThat(followed(unconfirmed)).contains("Tick the box to confirm the cancellation.");
        assertThat(sessionStatus(session)).isEqualTo("scheduled");

        MvcTestResult cancelled = post("/trainer/sessions/" + session + "/cancel", Map.of("confirm", "true"));
        assertThat(cancelled.getResponse().getRedirectedUrl())
                .isEqualTo("/trainer/trainings/" + training + "#session-" + session);
        assertThat(sessionStatus(session)).isEqualTo("cancelled");
        assertThat(followed(cancelled))
                .contains("The session Rainy Day is cancelled.", "<s>Rainy Day</s>")
                .containsPattern("class=\"badge session-cancelled\">Cancelled<");
        assertThat(page("/trainer/sessions/" + session + "/edit", trainerSession))
                .contains("This session is cancelled.")
                .doesNotContain("name=\"confirm\"");
    }

    @Test
    void aCompletedSessionCannotBeCancelled() {
        int training = training(title("Done Sessions"), "published", trainer);
        int session = data.session(training, "Done", Instant.now(), 60);
        jdbc.sql("UPDATE sessions SET status = 'completed' WHERE id = ?")
                .params(session)
                .update();

        assertThat(followed(post("/trainer/sessions/" + session + "/cancel", Map.of("confirm", "true"))))
                .contains("A session cannot go from completed to cancelled.");
        assertThat(sessionStatus(session)).isEqualTo("completed");
    }

    @Test
    void theSessionPageSpeaksFrench() {
        int training = training(title("Séance en Français"), "published", trainer);
        int session = data.session(training, "Ouverture", at(LocalDate.now().plusDays(2), 9, 0), 60);

        MvcTestResult cancelled = mvc.post()
                .uri("/trainer/sessions/" + session + "/cancel")
                .header("Accept-Language", "fr")
                .cookie(trainerSession)
                .with(csrf())
                .exchange();
        assertThat(Logins.html(mvc.get()
                        .uri(cancelled.getResponse().getRedirectedUrl().replaceFirst("#.*$", ""))
                        .header("Accept-Language", "fr")
                        .cookie(trainerSession)
                        .exchange()))
                .contains("Séance : Ouverture", "Modifier la séance", "Annuler la séance")
                .contains("Cochez la case pour confirmer l&#39;annulation.", "Début (Africa/Douala)");
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

    /** Each visible input sits inside a label (the pages' way of labelling), so a screen reader names it. */
    private static void assertEveryInputHasALabel(String page) {
        for (int at = page.indexOf("<input"); at >= 0; at = page.indexOf("<input", at + 1)) {
            String input = page.substring(at, page.indexOf('>', at));
            if (input.contains("type=\"hidden\"")) {
                continue;
            }
            assertThat(page.lastIndexOf("<label", at))
                    .as("a label around " + input)
                    .isGreaterThan(page.lastIndexOf("</label>", at));
        }
    }

    private MvcTestResult editSession(int session, String title, String startsAt, String durationMinutes) {
        return post(
                "/trainer/sessions/" + session + "/edit",
                Map.of("title", title, "startsAt", startsAt, "durationMinutes", durationMinutes));
    }

    private Map<String, Object> sessionRow(int session) {
        return jdbc.sql("SELECT title, session_date, duration_minutes, status FROM sessions WHERE id = ?")
                .params(session)
                .query()
                .singleRow();
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
        return at(day, 9, 0);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), DOUALA).toInstant();
    }

    private static String title(String title) {
        return title + " " + SEQUENCE.incrementAndGet();
    }
}
