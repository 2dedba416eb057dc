package cm.resultinstitute.platform.enrollments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.attendance.AttendanceRegister;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Role;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The pages tell a participant whose address is not verified why they cannot enrol, and offer the link again; the
 * forms refuse them all the same if sent anyway.
 */
@PlatformTest
class UnverifiedAddressPagesTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String REFUSAL = "Confirm your email address first";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttendanceRegister register;

    final TestData data = TestData.shared();

    int trainer;
    int training;
    String slug;
    String email;
    int participant;
    Cookie session;

    @BeforeEach
    void aTrainingAndAnUnverifiedParticipant() {
        int n = SEQUENCE.incrementAndGet();
        trainer = data.user("trainer" + n + "@unverified.test", "trainer");
        String title = "Unverified Course " + n;
        slug = "unverified-course-" + n;
        training = data.training(
                title,
                "published",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30),
                trainer);
        email = "participant" + n + "@unverified.test";
        participant = data.user(email, "participant");
        jdbc.sql("UPDATE users SET email_verified = FALSE WHERE id = ?")
                .param(participant)
                .update();
        session = Logins.pageSession(mvc, email);
    }

    @AfterEach
    void realTime() {
        MutableClock.INSTANCE.reset();
    }

    @Test
    void theTrainingPageSaysWhyAndOffersTheLinkInsteadOfTheEnrolButton() {
        String page = trainingPage(session);

        assertThat(page)
                .contains("id=\"verify-to-enrol\"", "To enrol, confirm your email address first")
                .contains(email, "action=\"/account/email-verification\"", "Send the link again")
                .contains("name=\"back\" value=\"/trainings/" + slug + "\"")
                .doesNotContain("/trainings/" + training + "/enrol\"", ">Enrol<")
                .as("the page offers the link: no banner on top")
                .doesNotContain("id=\"verification-banner\"");
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings/" + slug + "?lang=fr")
                        .cookie(session)
                        .exchange()))
                .contains("Pour vous inscrire, confirmez", "Renvoyer le lien");
    }

    @Test
    void aFullTrainingOffersNoWaitingListEither() {
        data.limitSeats(training, 1);
        data.enrol(
                data.user("seated" + SEQUENCE.incrementAndGet() + "@unverified.test", "participant"),
                training,
                "active");

        assertThat(trainingPage(session))
                .contains("id=\"verify-to-enrol\"")
                .doesNotContain("/trainings/" + training + "/waitlist\"", "Join the waiting list");
    }

    @Test
    void aVerifiedParticipantSeesTheEnrolButtonAndNoOffer() {
        String verified = "verified" + SEQUENCE.incrementAndGet() + "@unverified.test";
        data.user(verified, "participant");

        assertThat(trainingPage(Logins.pageSession(mvc, verified)))
                .contains("/trainings/" + training + "/enrol", ">Enrol<")
                .doesNotContain("verify-to-enrol", "verification-banner", "Send the link again");
    }

    @Test
    void anEnrolFormSentAnywayIsRefusedAndChangesNothing() {
        MvcTestResult refused = mvc.post()
                .uri("/trainings/" + training + "/enrol")
                .cookie(session)
                .with(csrf())
                .exchange();

        assertThat(refused).hasRedirectedUrl("/trainings/" + slug);
        assertThat(trainingPage(session)).contains("notice error", REFUSAL);
        assertThat(count("SELECT count(*) FROM enrollments WHERE user_id = ?", participant))
                .isZero();
    }

    @Test
    void aWaitingListFormSentAnywayIsRefusedAndChangesNothing() {
        data.limitSeats(training, 1);
        data.enrol(
                data.user("first" + SEQUENCE.incrementAndGet() + "@unverified.test", "participant"),
                training,
                "active");

        MvcTestResult refused = mvc.post()
                .uri("/trainings/" + training + "/waitlist")
                .cookie(session)
                .with(csrf())
                .exchange();

        assertThat(refused).hasRedirectedUrl("/trainings/" + slug);
        assertThat(trainingPage(session)).contains("notice error", REFUSAL);
        assertThat(count("SELECT count(*) FROM waiting_list WHERE user_id = ?", participant))
                .isZero();
    }

    @Test
    void aParticipantEnrolledByTheTrainerSeesTheBannerAndCannotCheckInFromTheQrLink() {
        data.enrol(participant, training, "active");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        int sessionId = data.session(training, "Morning Session", start, 120);
        MutableClock.INSTANCE.setTo(start.plus(Duration.ofMinutes(5)));
        String code = register.checkInCode(sessionId, new Caller(trainer, Role.TRAINER))
                .code();

        assertThat(trainingPage(session))
                .contains("You are enrolled in this training.", "id=\"verification-banner\"")
                .doesNotContain("verify-to-enrol");
        String form = Logins.html(mvc.get()
                .uri("/my/check-in?session={session}&code={code}", sessionId, code)
                .cookie(session)
                .exchange());
        assertThat(form).contains("value=\"" + code + "\"", "id=\"verification-banner\"");

        String refused = Logins.html(mvc.post()
                .uri("/my/check-in")
                .param("session", String.valueOf(sessionId))
                .param("code", code)
                .cookie(session)
                .with(csrf())
                .exchange());

        assertThat(refused).contains("notice error", REFUSAL);
        assertThat(count("SELECT count(*) FROM attendance WHERE user_id = ?", participant))
                .isZero();
    }

    private String trainingPage(Cookie cookie) {
        return Logins.html(
                mvc.get().uri("/trainings/" + slug + "?lang=en").cookie(cookie).exchange());
    }

    private long count(String sql, int id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
