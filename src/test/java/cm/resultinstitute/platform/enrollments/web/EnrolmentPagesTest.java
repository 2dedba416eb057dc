package cm.resultinstitute.platform.enrollments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class EnrolmentPagesTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    final TestData data = TestData.shared();

    int trainer;
    Cookie trainerSession;
    int training;

    @BeforeEach
    void aTrainingOfOurTrainer() {
        String email = "trainer-" + SEQUENCE.incrementAndGet() + "@enrolments.test";
        trainer = data.user(email, "trainer");
        trainerSession = Logins.pageSession(mvc, email);
        training = data.training(
                "Enrolment Course " + SEQUENCE.incrementAndGet(),
                "published",
                LocalDate.now().minusDays(10),
                LocalDate.now().plusDays(30),
                trainer);
    }

    @Test
    void listShowsEveryParticipantWithStatusAndProgress() {
        int amina = person("Amina", "Atangana");
        int enrollment = data.enrol(amina, training, "active");
        jdbc.sql("UPDATE enrollments SET progress = 35 WHERE id = ?")
                .params(enrollment)
                .update();
        data.enrol(person("Bruno", "Biyong"), training, "suspended");

        String page = page("/trainer/trainings/" + training + "/enrollments");

        assertThat(page)
                .contains("Amina Atangana", "Bruno Biyong", "Active", "Suspended", "2 enrolments")
                .contains("<progress value=\"35\" max=\"100\"", "Reactivate", "Once completed")
                .contains("No session planned yet");
        assertThat(page.indexOf("Amina Atangana")).isLessThan(page.indexOf("Bruno Biyong"));
        assertThat(page("/trainer/trainings/" + training + "/enrollments?status=suspended"))
                .contains("Bruno Biyong")
                .doesNotContain("Amina Atangana");
    }

    @Test
    void listShowsHowMuchEachParticipantAttended() {
        int carine = person("Carine", "Chimi");
        data.enrol(carine, training, "active");
        attended(carine, 4, 3);

        assertThat(page("/trainer/trainings/" + training + "/enrollments"))
                .contains("Carine Chimi", "75 %", "present at 3 of 4 sessions");
    }

    @Test
    void trainerEnrolsAParticipantByEmail() {
        int chantal = person("Chantal", "Chi");
        String email = jdbc.sql("SELECT email FROM users WHERE id = ?")
                .params(chantal)
                .query(String.class)
                .single();

        String page = followed(mvc.post()
                .uri("/trainer/trainings/" + training + "/enrollments")
                .param("email", "  " + email.toUpperCase() + " ")
                .cookie(trainerSession)
                .with(csrf())
                .exchange());

        assertThat(page).contains("Chantal Chi is enrolled.");
        assertThat(status(chantal)).isEqualTo("active");
    }

    @Test
    void onlyActiveParticipantsCanBeEnrolledByEmail() {
        String otherTrainer = "coach-" + SEQUENCE.incrementAndGet() + "@enrolments.test";
        data.user(otherTrainer, "trainer");

        assertThat(enrolByEmail("nobody@enrolments.test"))
                .contains(
                        "No active participant has the email nobody@enrolments.test.",
                        "value=\"nobody@enrolments.test\"");
        assertThat(enrolByEmail(otherTrainer)).contains("No active participant has the email " + otherTrainer);
        assertThat(jdbc.sql("SELECT count(*) FROM enrollments WHERE training_id = ?")
                        .params(training)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void trainerMovesAnEnrolmentThroughItsStatuses() {
        int participant = person("Denis", "Dikoum");
        int enrollment = data.enrol(participant, training, "active");

        assertThat(change(enrollment, "status", "suspended")).contains("The enrolment is saved.", "Reactivate");
        assertThat(status(participant)).isEqualTo("suspended");
        change(enrollment, "status", "active");
        change(enrollment, "status", "completed");
        Map<String, Object> row = jdbc.sql("SELECT status, progress, completion_date FROM enrollments WHERE id = ?")
                .params(enrollment)
                .query()
                .singleRow();
        assertThat(row).containsEntry("status", "completed").containsEntry("progress", 100);
        assertThat(row.get("completion_date")).isNotNull();

        assertThat(change(enrollment, "status", "dropped"))
                .contains("An enrolment cannot go from completed to dropped.");
        assertThat(status(participant)).isEqualTo("completed");
    }

    @Test
    void trainerSetsTheProgressBetweenZeroAndAHundred() {
        int participant = person("Emma", "Ekane");
        int enrollment = data.enrol(participant, training, "active");

        assertThat(change(enrollment, "progress", "65")).contains("<progress value=\"65\"");
        assertThat(change(enrollment, "progress", "150")).contains("Must be between 0 and 100.");
        assertThat(jdbc.sql("SELECT progress FROM enrollments WHERE id = ?")
                        .params(enrollment)
                        .query(Integer.class)
                        .single())
                .isEqualTo(65);
    }

    @Test
    void trainerIssuesTheCertificateOfAnAssiduousParticipant() {
        int participant = person("Fanta", "Fouda");
        int enrollment = data.enrol(participant, training, "completed");
        attended(participant, 4, 4);

        String page = change(enrollment, "certificate", null);

        String code = jdbc.sql("SELECT code FROM certificates WHERE enrollment_id = ?")
                .params(enrollment)
                .query(String.class)
                .single();
        assertThat(page)
                .contains("The certificate is issued; its verification code is " + code, "Issued.")
                .contains("/my/enrollments/" + enrollment + "/certificate.pdf");
    }

    @Test
    void certificateBelowTheThresholdIsRefusedWithTheRate() {
        int participant = person("Gaston", "Gweth");
        int enrollment = data.enrol(participant, training, "completed");
        attended(participant, 4, 2);

        String page = change(enrollment, "certificate", null);

        assertThat(page).contains("The attendance rate is 50.00%, below the 75% a certificate needs.");
        assertThat(page).doesNotContain("Issue below the attendance threshold");
        assertThat(certificates(enrollment)).isZero();
    }

    @Test
    void trainerCannotOverrideTheThreshold() {
        int participant = person("Hawa", "Hamadou");
        int enrollment = data.enrol(participant, training, "completed");
        attended(participant, 4, 2);

        MvcTestResult refused = mvc.post()
                .uri("/trainer/enrollments/" + enrollment + "/certificate")
                .param("override", "true")
                .cookie(trainerSession)
                .with(csrf())
                .exchange();

        assertThat(refused).hasStatus(403);
        assertThat(certificates(enrollment)).isZero();
    }

    @Test
    void adminOverridesTheThresholdExplicitly() {
        int participant = person("Ibrahim", "Issa");
        int enrollment = data.enrol(participant, training, "completed");
        attended(participant, 4, 1);
        String admin = "admin-" + SEQUENCE.incrementAndGet() + "@enrolments.test";
        data.user(admin, "admin");
        Cookie adminSession = Logins.pageSession(mvc, admin);
        assertThat(Logins.html(mvc.get()
                        .uri("/trainer/trainings/" + training + "/enrollments")
                        .cookie(adminSession)
                        .exchange()))
                .contains("Issue below the attendance threshold");

        MvcTestResult issued = mvc.post()
                .uri("/trainer/enrollments/" + enrollment + "/certificate")
                .param("override", "true")
                .cookie(adminSession)
                .with(csrf())
                .exchange();

        assertThat(issued).hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT threshold_overridden FROM certificates WHERE enrollment_id = ?")
                        .params(enrollment)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aLongListTakesNoMoreQueriesThanAShortOne() {
        data.enrol(person("First", "Fomo"), training, "active");
        long few = selects("/trainer/trainings/" + training + "/enrollments");
        for (int i = 0; i < 10; i++) {
            data.enrol(person("Many", "Mbarga " + i), training, i % 2 == 0 ? "active" : "completed");
        }
        assertThat(selects("/trainer/trainings/" + training + "/enrollments")).isEqualTo(few);
    }

    @Test
    void waitingListShowsEachParticipantInLineOrderWithSinceWhen() {
        data.limitSeats(training, 1);
        data.enrol(person("Seated", "Sone"), training, "active");
        // Joined first, though last in the alphabet: the line, not the name, gives the order.
        data.waiting(training, person("Zoe", "Zang"), Instant.parse("2026-03-03T08:00:00Z"));
        data.waiting(training, person("Amina", "Abena"), Instant.parse("2026-03-04T16:45:00Z"));

        String page = page("/trainer/trainings/" + training + "/enrollments");

        String waiting = page.substring(page.indexOf("id=\"waiting-list\""));
        assertThat(waiting)
                .contains("Waiting list", "2 people are waiting for a seat.")
                .contains("role=\"region\"", "tabindex=\"0\"", "aria-label=\"Waiting list: scroll sideways")
                .contains("zoe-", "@enrolments.test", "3 Mar 2026 09:00", "4 Mar 2026 17:45");
        assertThat(waiting.indexOf("Zoe Zang")).isPositive().isLessThan(waiting.indexOf("Amina Abena"));
        assertThat(waiting).containsPattern("<td>1</td>\\s*<td>\\s*<strong>Zoe Zang</strong>");
        assertThat(waiting).containsPattern("<td>2</td>\\s*<td>\\s*<strong>Amina Abena</strong>");
        assertThat(waiting).doesNotContain("Seated Sone");
    }

    @Test
    void anEmptyWaitingListSaysNobodyWaits() {
        assertThat(page("/trainer/trainings/" + training + "/enrollments"))
                .contains("Nobody is waiting for a seat.")
                .doesNotContain("Waiting since");
    }

    @Test
    void aLongWaitingListIsPagedApartFromTheEnrolments() {
        data.limitSeats(training, 0);
        Instant first = Instant.parse("2026-03-01T08:00:00Z");
        for (int i = 1; i <= 21; i++) {
            data.waiting(training, person("Queued", "Number " + (100 + i)), first.plus(i, ChronoUnit.MINUTES));
        }

        String firstPage = page("/trainer/trainings/" + training + "/enrollments");
        assertThat(firstPage)
                .contains("21 people are waiting for a seat.", "Number 120")
                .doesNotContain("Number 121")
                .contains("href=\"/trainer/trainings/" + training + "/enrollments?waitingPage=1#waiting-list\"");

        String secondPage = page("/trainer/trainings/" + training + "/enrollments?waitingPage=1");
        assertThat(secondPage).contains("Number 121", "<td>21</td>").doesNotContain("Number 120");

        assertThat(mvc.get()
                        .uri("/trainer/trainings/" + training + "/enrollments?waitingPage=-1")
                        .cookie(trainerSession)
                        .exchange())
                .hasStatus(400);
        assertThat(mvc.get()
                        .uri("/trainer/trainings/" + training + "/enrollments?waitingPage=abc")
                        .cookie(trainerSession)
                        .exchange())
                .hasStatus(400);
    }

    @Test
    void onlyTheTrainingsTrainerAndAdminsSeeItsWaitingList() {
        data.limitSeats(training, 0);
        String waitingEmail = "waiting-" + SEQUENCE.incrementAndGet() + "@enrolments.test";
        int waiting = data.user(waitingEmail, "participant");
        data.waiting(training, waiting, Instant.now());
        String path = "/trainer/trainings/" + training + "/enrollments";
        String other = "coach-" + SEQUENCE.incrementAndGet() + "@enrolments.test";
        data.user(other, "trainer");
        String admin = "admin-" + SEQUENCE.incrementAndGet() + "@enrolments.test";
        data.user(admin, "admin");

        MvcTestResult anonymous = mvc.get().uri(path).exchange();
        assertThat(anonymous).hasStatus3xxRedirection();
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        MvcTestResult participant = mvc.get()
                .uri(path)
                .cookie(Logins.pageSession(mvc, waitingEmail))
                .exchange();
        assertThat(participant).hasStatus(403);
        assertThat(Logins.body(participant)).doesNotContain(waitingEmail);
        MvcTestResult otherTrainer =
                mvc.get().uri(path).cookie(Logins.pageSession(mvc, other)).exchange();
        assertThat(otherTrainer).hasStatus(403);
        assertThat(Logins.body(otherTrainer)).doesNotContain(waitingEmail);
        assertThat(Logins.html(mvc.get()
                        .uri(path)
                        .cookie(Logins.pageSession(mvc, admin))
                        .exchange()))
                .contains(waitingEmail, "One person is waiting for a seat.");
        assertThat(page(path)).contains(waitingEmail);
    }

    @Test
    void droppingAParticipantSaysWhoGotTheSeatFromTheWaitingList() {
        data.limitSeats(training, 1);
        int jane = person("Jane", "Doe");
        int enrollment = data.enrol(jane, training, "active");
        int amina = person("Amina", "Njoya");
        data.waiting(training, amina, Instant.now().minus(2, ChronoUnit.HOURS));
        int paul = person("Paul", "Mbarga");
        data.waiting(training, paul, Instant.now().minus(1, ChronoUnit.HOURS));

        String page = change(enrollment, "status", "dropped");

        assertThat(page).contains("Jane Doe was dropped; Amina Njoya got the seat from the waiting list.");
        assertThat(page).doesNotContain("The enrolment is saved.");
        assertThat(status(jane)).isEqualTo("dropped");
        assertThat(status(amina)).isEqualTo("active");
        String waiting = page.substring(page.indexOf("id=\"waiting-list\""));
        assertThat(waiting)
                .contains("One person is waiting for a seat.")
                .containsPattern("<td>1</td>\\s*<td>\\s*<strong>Paul Mbarga</strong>")
                .doesNotContain("Amina Njoya");
    }

    @Test
    void suspendingSaysWhoGotTheSeatInFrench() {
        data.limitSeats(training, 1);
        int jane = person("Jeanne", "Dikongue");
        int enrollment = data.enrol(jane, training, "active");
        data.waiting(training, person("Amina", "Njoya"), Instant.now());

        MvcTestResult suspended = mvc.post()
                .uri("/trainer/enrollments/" + enrollment + "/status")
                .param("status", "suspended")
                .header("Accept-Language", "fr")
                .cookie(trainerSession)
                .with(csrf())
                .exchange();
        String location = suspended.getResponse().getRedirectedUrl().replaceFirst("#.*$", "");
        String page = Logins.html(mvc.get()
                .uri(location)
                .header("Accept-Language", "fr")
                .cookie(trainerSession)
                .exchange());

        assertThat(page)
                .contains(
                        "Jeanne Dikongue est suspendu(e) ; Amina Njoya a obtenu la place grâce à la liste d&#39;attente.")
                .contains("Liste d&#39;attente", "Personne n&#39;attend de place.");
    }

    @Test
    void droppingWithNobodyWaitingOnlySaysItIsSaved() {
        data.limitSeats(training, 1);
        int enrollment = data.enrol(person("Kevin", "Kamga"), training, "active");

        assertThat(change(enrollment, "status", "dropped"))
                .contains("The enrolment is saved.")
                .doesNotContain("got the seat");
    }

    @Test
    void aLongWaitingListTakesNoMoreQueriesThanAShortOne() {
        data.limitSeats(training, 0);
        data.waiting(training, person("Lone", "Lobe"), Instant.now());
        long few = selects("/trainer/trainings/" + training + "/enrollments");
        for (int i = 0; i < 10; i++) {
            data.waiting(training, person("Line", "Lobe " + i), Instant.now());
        }
        assertThat(selects("/trainer/trainings/" + training + "/enrollments")).isEqualTo(few);
    }

    private long selects(String uri) {
        QueryCounting.reset();
        assertThat(mvc.get().uri(uri).cookie(trainerSession).exchange()).hasStatusOk();
        return QueryCounting.selects();
    }

    private String enrolByEmail(String email) {
        return followed(mvc.post()
                .uri("/trainer/trainings/" + training + "/enrollments")
                .param("email", email)
                .cookie(trainerSession)
                .with(csrf())
                .exchange());
    }

    /** Posts one of a row's forms, as its button does, and reads the list it leads back to. */
    private String change(int enrollment, String action, String value) {
        var request = mvc.post()
                .uri("/trainer/enrollments/" + enrollment + "/" + action)
                .cookie(trainerSession)
                .with(csrf());
        if (value != null) {
            request = request.param(action, value);
        }
        return followed(request.exchange());
    }

    /** Sessions of the training, the participant present at some of them. */
    private void attended(int participant, int sessions, int present) {
        for (int i = 0; i < sessions; i++) {
            int session = data.session(training, "Session " + i, Instant.now().minus(i + 1, ChronoUnit.DAYS), 60);
            if (i < present) {
                data.attended(session, participant, "present");
            }
        }
    }

    private String followed(MvcTestResult redirected) {
        String location = redirected.getResponse().getRedirectedUrl();
        assertThat(location).as("a redirection").isNotNull();
        return page(location.replaceFirst("#.*$", ""));
    }

    private String page(String path) {
        return Logins.html(mvc.get().uri(path).cookie(trainerSession).exchange());
    }

    private String status(int participant) {
        return jdbc.sql("SELECT status FROM enrollments WHERE user_id = ? AND training_id = ?")
                .params(participant, training)
                .query(String.class)
                .single();
    }

    private long certificates(int enrollment) {
        return jdbc.sql("SELECT count(*) FROM certificates WHERE enrollment_id = ?")
                .params(enrollment)
                .query(Long.class)
                .single();
    }

    private int person(String first, String last) {
        return jdbc.sql("""
                        INSERT INTO users (email, password_hash, first_name, last_name, role)
                        VALUES (?, 'x', ?, ?, 'participant') RETURNING id""")
                .params(first.toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "@enrolments.test", first, last)
                .query(Integer.class)
                .single();
    }
}
