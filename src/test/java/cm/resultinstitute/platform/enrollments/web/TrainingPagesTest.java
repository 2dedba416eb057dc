package cm.resultinstitute.platform.enrollments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class TrainingPagesTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final ZoneId DOUALA = ZoneId.of("Africa/Douala");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    final TestData data = TestData.shared();

    @Test
    void visitorSeesTheTrainingItsSessionsInDoualaTimeAndSeatsLeft() {
        int trainer = user("trainer");
        int training = training("Leading Teams With Purpose", "published", trainer);
        jdbc.sql("UPDATE trainings SET description = 'Lead with purpose.', location = 'Douala, Akwa', "
                        + "duration_hours = 24 WHERE id = ?")
                .params(training)
                .update();
        data.limitSeats(training, 5);
        data.enrol(user("participant"), training, "active");
        LocalDate day = LocalDate.now().plusDays(3);
        Instant nineInDouala =
                ZonedDateTime.of(day, java.time.LocalTime.of(9, 0), DOUALA).toInstant();
        data.session(training, "Opening Circle", nineInDouala, 90);

        String page = Logins.html(mvc.get()
                .uri("/trainings/" + slug("Leading Teams With Purpose"))
                .exchange());

        assertThat(page)
                .contains("Leading Teams With Purpose", "Lead with purpose.", "Douala, Akwa", "24 hours")
                .contains("4 seats left of 5", "Opening Circle", "09:00", "10:30", "Africa/Douala")
                .contains("Sign in to enrol", "href=\"/my/trainings/" + slug("Leading Teams With Purpose") + "\"")
                .contains("/api/v1/trainings/" + slug("Leading Teams With Purpose") + "/calendar.ics")
                .doesNotContain("Manage this training");
    }

    @Test
    void theTrainingsPictureIsShownWhenItsHostIsAllowed() {
        int training = training("Pictured Course", "published", user("trainer"));
        jdbc.sql("UPDATE trainings SET image_url = '/assets/favicon.svg' WHERE id = ?")
                .params(training)
                .update();
        assertThat(Logins.html(mvc.get().uri("/trainings/" + training).exchange()))
                .contains("id=\"training-image\"", "src=\"/assets/favicon.svg\"");

        jdbc.sql("UPDATE trainings SET image_url = 'https://elsewhere.example.net/a.jpg' WHERE id = ?")
                .params(training)
                .update();
        assertThat(Logins.html(mvc.get().uri("/trainings/" + training).exchange()))
                .as("not from a host that APP_IMAGE_HOSTS leaves out: the policy would refuse it")
                .doesNotContain("training-image", "elsewhere.example.net/a.jpg\" class");
    }

    @Test
    void trainingPageAnswersToItsIdToo() {
        int training = training("Found By Number", "published", user("trainer"));
        assertThat(Logins.html(mvc.get().uri("/trainings/" + training).exchange()))
                .contains("Found By Number");
    }

    @Test
    void signingInToEnrolLeadsBackToTheTraining() {
        String email = "back-" + SEQUENCE.incrementAndGet() + "@example.com";
        data.user(email, "participant");
        String slug = slug(title("Come Back Here"));
        training(title("Come Back Here"), "published", user("trainer"));

        MvcTestResult asked = mvc.get().uri("/my/trainings/" + slug).exchange();
        assertThat(asked.getResponse().getRedirectedUrl()).endsWith("/login");
        // An anonymous visitor has no session: the page they asked for is kept in a cookie.
        Cookie askedFor = asked.getResponse().getCookie("REDIRECT_URI");
        assertThat(askedFor).isNotNull();
        MvcTestResult login = mvc.post()
                .uri("/login")
                .param("email", email)
                .param("password", TestAccounts.PASSWORD)
                .cookie(askedFor)
                .with(csrf())
                .exchange();
        assertThat(login.getResponse().getRedirectedUrl()).contains("/my/trainings/" + slug);
        MvcTestResult back = mvc.get()
                .uri(login.getResponse().getRedirectedUrl())
                .cookie(Logins.sessionCookie(login))
                .exchange();
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/trainings/" + slug);
    }

    @Test
    void participantEnrolsFromTheTrainingPage() {
        String title = title("Enrol Here");
        int training = training(title, "published", user("trainer"));
        String email = email("participant");
        int participant = data.user(email, "participant");
        Cookie session = Logins.pageSession(mvc, email);
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(session)
                        .exchange()))
                .contains("/trainings/" + training + "/enrol", ">Enrol<");

        MvcTestResult enrolled = mvc.post()
                .uri("/trainings/" + training + "/enrol")
                .cookie(session)
                .with(csrf())
                .exchange();

        assertThat(enrolled.getResponse().getRedirectedUrl()).isEqualTo("/trainings/" + slug(title));
        assertThat(status(participant, training)).isEqualTo("active");
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(session)
                        .exchange()))
                .contains("You are enrolled in " + title, "You are enrolled in this training.", "Drop this training")
                .doesNotContain(">Enrol<");
    }

    @Test
    void fullTrainingOffersItsWaitingListInsteadOfEnrolment() {
        String title = title("Full House");
        int training = training(title, "published", user("trainer"));
        data.limitSeats(training, 1);
        data.enrol(user("participant"), training, "active");
        String email = email("participant");
        int participant = data.user(email, "participant");
        Cookie session = Logins.pageSession(mvc, email);

        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(session)
                        .exchange()))
                .contains("Full", "This training is full.", "Join the waiting list")
                .doesNotContain("/trainings/" + training + "/enrol\"");

        mvc.post()
                .uri("/trainings/" + training + "/waitlist")
                .cookie(session)
                .with(csrf())
                .exchange();
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(session)
                        .exchange()))
                .contains("You are on the waiting list, number 1 in line.", "Leave the waiting list");
        assertThat(waiting(participant, training)).isTrue();

        mvc.post()
                .uri("/trainings/" + training + "/waitlist/leave")
                .cookie(session)
                .with(csrf())
                .exchange();
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(session)
                        .exchange()))
                .contains("You left the waiting list.", "Join the waiting list");
        assertThat(waiting(participant, training)).isFalse();
    }

    @Test
    void enrolmentRefusedBecauseTheLastSeatWentOffersTheWaitingList() {
        String title = title("Last Seat");
        int training = training(title, "published", user("trainer"));
        data.limitSeats(training, 1);
        String email = email("participant");
        int participant = data.user(email, "participant");
        Cookie session = Logins.pageSession(mvc, email);
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(session)
                        .exchange()))
                .contains("1 seat left of 1");
        data.enrol(user("participant"), training, "active");

        mvc.post()
                .uri("/trainings/" + training + "/enrol")
                .cookie(session)
                .with(csrf())
                .exchange();

        assertThat(status(participant, training)).isNull();
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(session)
                        .exchange()))
                .contains("This training is full: join its waiting list", "Join the waiting list");
    }

    @Test
    void participantDropsOnlyAfterConfirming() {
        String title = title("Drop Out");
        int training = training(title, "published", user("trainer"));
        String email = email("participant");
        int participant = data.user(email, "participant");
        data.enrol(participant, training, "active");
        Cookie session = Logins.pageSession(mvc, email);

        mvc.post()
                .uri("/trainings/" + training + "/drop")
                .cookie(session)
                .with(csrf())
                .exchange();
        assertThat(status(participant, training)).isEqualTo("active");
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(session)
                        .exchange()))
                .contains("Tick the box to confirm that you drop this training.");

        mvc.post()
                .uri("/trainings/" + training + "/drop")
                .param("confirm", "true")
                .cookie(session)
                .with(csrf())
                .exchange();
        assertThat(status(participant, training)).isEqualTo("dropped");
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(session)
                        .exchange()))
                .contains("You dropped " + title, "you may enrol again", ">Enrol<");
    }

    @Test
    void completedParticipantFindsTheCertificate() {
        String title = title("Done Deal");
        int training = training(title, "published", user("trainer"));
        String email = email("participant");
        int participant = data.user(email, "participant");
        int enrollment = data.enrol(participant, training, "completed");
        jdbc.sql("UPDATE enrollments SET certificate_issued = TRUE WHERE id = ?")
                .params(enrollment)
                .update();
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(Logins.pageSession(mvc, email))
                        .exchange()))
                .contains("You completed this training.", "/my/enrollments/" + enrollment + "/certificate.pdf");
    }

    @Test
    void endedTrainingTakesNoMoreEnrolments() {
        String title = title("Long Gone");
        int trainer = user("trainer");
        data.training(
                title,
                "published",
                LocalDate.now().minusDays(20),
                LocalDate.now().minusDays(10),
                trainer);
        String email = email("participant");
        data.user(email, "participant");
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(Logins.pageSession(mvc, email))
                        .exchange()))
                .contains("This training has ended.")
                .doesNotContain(">Enrol<", "Join the waiting list");
    }

    @Test
    void trainerAndAdminFindTheWayToManageIt() {
        String trainerEmail = email("trainer");
        int trainer = data.user(trainerEmail, "trainer");
        String title = title("Managed Here");
        int training = training(title, "published", trainer);
        String adminEmail = email("admin");
        data.user(adminEmail, "admin");
        String otherTrainer = email("trainer");
        data.user(otherTrainer, "trainer");

        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(Logins.pageSession(mvc, trainerEmail))
                        .exchange()))
                .contains("Manage this training", "/trainer/trainings/" + training)
                .doesNotContain(">Enrol<");
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(Logins.pageSession(mvc, adminEmail))
                        .exchange()))
                .contains("Manage this training");
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(Logins.pageSession(mvc, otherTrainer))
                        .exchange()))
                .contains("Participants enrol in trainings")
                .doesNotContain("Manage this training");
    }

    @Test
    void draftIsShownToItsTrainerWithAWarning() {
        String email = email("trainer");
        int trainer = data.user(email, "trainer");
        String title = title("Still A Draft");
        training(title, "draft", trainer);
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug(title))
                        .cookie(Logins.pageSession(mvc, email))
                        .exchange()))
                .contains("Only you and the administrators see this training: it is Draft.")
                .doesNotContain("calendar.ics");
    }

    private int training(String title, String status, int trainer) {
        return data.training(
                title, status, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), trainer);
    }

    private String status(int user, int training) {
        return jdbc.sql("SELECT status FROM enrollments WHERE user_id = ? AND training_id = ?")
                .params(user, training)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private boolean waiting(int user, int training) {
        return jdbc.sql("SELECT count(*) FROM waiting_list WHERE user_id = ? AND training_id = ?")
                        .params(user, training)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private int user(String role) {
        return data.user(email(role), role);
    }

    private static String email(String role) {
        return role + "-" + SEQUENCE.incrementAndGet() + "@training-page.test";
    }

    private static String title(String title) {
        return title + " " + SEQUENCE.incrementAndGet();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
