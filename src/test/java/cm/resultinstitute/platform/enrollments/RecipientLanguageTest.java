package cm.resultinstitute.platform.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import cm.resultinstitute.platform.trainings.TrainingSessions;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Mail and certificates speak to each person in their language, the training's and session's titles included: a
 * French participant reads the French title, an English one the original, whoever triggered the mail.
 */
@PlatformTest
class RecipientLanguageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionReminders reminders;

    @Autowired
    TrainingSessions sessions;

    Cast cast;
    int training;

    @BeforeEach
    void aTrainingInTwoLanguages() {
        jdbc.sql("TRUNCATE users, trainings, mail_outbox RESTART IDENTITY CASCADE")
                .update();
        cast = Cast.create(mvc);
        training = TestData.shared()
                .training(
                        "Leading Teams",
                        "published",
                        LocalDate.now().minusDays(5),
                        LocalDate.now().plusDays(30),
                        cast.trainer().id());
        jdbc.sql(
                        "INSERT INTO training_translations (training_id, language, title) VALUES (?, 'fr', 'Diriger une équipe')")
                .params(training)
                .update();
        jdbc.sql("INSERT INTO user_preferences (user_id, language) VALUES (?, 'fr')"
                        + " ON CONFLICT (user_id) DO UPDATE SET language = 'fr'")
                .params(cast.participant().id())
                .update();
    }

    @Test
    void theEnrolmentMailNamesTheTrainingInTheRecipientsLanguage() {
        enrol(cast.participant());
        enrol(cast.otherParticipant());
        assertThat(body(cast.participant(), "enrollment-confirmed"))
                .contains("Diriger une équipe")
                .doesNotContain("Leading Teams");
        assertThat(body(cast.otherParticipant(), "enrollment-confirmed"))
                .contains("Leading Teams")
                .doesNotContain("Diriger une équipe");
    }

    @Test
    void theReminderNamesTheSessionInTheRecipientsLanguage() {
        int session = TestData.shared()
                .session(training, "Meetings that decide", Instant.now().plusSeconds(7200), 60);
        jdbc.sql(
                        "INSERT INTO session_translations (session_id, language, title) VALUES (?, 'fr', 'Des réunions qui décident')")
                .params(session)
                .update();
        TestData.shared().enrol(cast.participant().id(), training, "active");
        TestData.shared().enrol(cast.otherParticipant().id(), training, "active");

        assertThat(reminders.remind(sessions.info(session).orElseThrow())).isEqualTo(2);

        assertThat(body(cast.participant(), "session-reminder"))
                .contains("Des réunions qui décident", "Diriger une équipe")
                .doesNotContain("Meetings that decide");
        assertThat(body(cast.otherParticipant(), "session-reminder")).contains("Meetings that decide", "Leading Teams");
    }

    @Test
    void theCertificateIsIssuedInTheParticipantsLanguageWhoeverDownloadsIt() throws Exception {
        int enrollment = TestData.shared().enrol(cast.participant().id(), training, "completed");
        int session = TestData.shared().session(training, "Only", Instant.now().minusSeconds(86_400), 60);
        TestData.shared().attended(session, cast.participant().id(), "present");
        assertThat(mvc.post()
                        .uri("/api/v1/enrollments/" + enrollment + "/certificate")
                        .header(HttpHeaders.AUTHORIZATION, cast.admin().bearer())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatusOk();
        assertThat(body(cast.participant(), "certificate-issued")).contains("Diriger une équipe");

        MvcTestResult pdf = mvc.get()
                .uri("/api/v1/enrollments/" + enrollment + "/certificate.pdf")
                .header(HttpHeaders.AUTHORIZATION, cast.admin().bearer())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange();
        assertThat(pdf).hasStatusOk();
        PdfReader reader = new PdfReader(pdf.getResponse().getContentAsByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("Certificat de réussite", "Diriger une équipe")
                .doesNotContain("Leading Teams", "Certificate of");
    }

    private void enrol(SignedIn participant) {
        assertThat(mvc.post()
                        .uri("/api/v1/trainings/" + training + "/enrollments")
                        .header(HttpHeaders.AUTHORIZATION, participant.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatus(201);
    }

    private String body(SignedIn recipient, String template) {
        return jdbc.sql("SELECT subject || ' ' || body_text FROM mail_outbox WHERE recipient = ? AND template = ?")
                .params(recipient.email(), template)
                .query(String.class)
                .single();
    }
}
