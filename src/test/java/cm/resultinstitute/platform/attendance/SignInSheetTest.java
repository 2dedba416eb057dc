package cm.resultinstitute.platform.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The paper sign-in sheet of a session: for a room without network, from the API and from the trainer's pages. */
@PlatformTest
class SignInSheetTest {

    static final Instant START = Instant.parse("2030-03-05T08:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Cast cast;
    int session;

    @BeforeEach
    void aSessionWithThreeParticipants() {
        jdbc.sql("TRUNCATE users, trainings RESTART IDENTITY CASCADE").update();
        cast = Cast.create(mvc);
        TestData data = TestData.shared();
        int training = data.training(
                "Leading Teams",
                "published",
                LocalDate.of(2030, 3, 1),
                LocalDate.of(2030, 4, 30),
                cast.trainer().id());
        session = data.session(training, "Kick-off", START, 120);
        jdbc.sql("UPDATE sessions SET location = 'Douala, Akwa' WHERE id = ?")
                .param(session)
                .update();
        rename(cast.participant(), "Paul", "Mbarga");
        rename(cast.otherParticipant(), "Aïcha", "Bello");
        data.enrol(cast.participant().id(), training, "active");
        data.enrol(cast.otherParticipant().id(), training, "completed");
        data.enrol(data.user("gone@sheet.test", "participant"), training, "dropped");
        data.attended(session, cast.participant().id(), "late");
    }

    @Test
    void theSheetListsEverySeatHolderByLastNameWithBlankRowsForWalkIns() throws IOException {
        MvcTestResult sheet = get("/api/v1/sessions/" + session + "/sign-in-sheet.pdf", cast.trainer(), "en");

        assertThat(sheet).hasStatusOk();
        assertThat(sheet.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(sheet.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"sign-in-sheet-session-" + session + ".pdf\"");
        // For the eye of whoever changes the layout.
        Files.write(Path.of("target", "sign-in-sheet.pdf"), sheet.getResponse().getContentAsByteArray());
        String text = text(sheet);
        assertThat(text)
                .contains("RESULT INSTITUTE", "Sign-in sheet", "Leading Teams", "Kick-off")
                .contains("Tuesday 5 March 2030, 09:00 – 11:00 (Africa/Douala)", "Place: Douala, Akwa")
                .contains("Participant", "Status", "Signature", "P present, A absent, E excused, L late");
        assertThat(text.indexOf("BELLO, Aïcha")).as("sorted by last name").isLessThan(text.indexOf("MBARGA, Paul"));
        assertThat(text).as("the mark already made").contains("Late").doesNotContain("gone@sheet.test");
        assertThat(text)
                .as("numbered rows, two participants and the blank rows")
                .contains(String.valueOf(2 + SignInSheetPdf.BLANK_ROWS));
    }

    @Test
    void theSheetSpeaksTheTrainersLanguage() throws IOException {
        String text = text(get("/api/v1/sessions/" + session + "/sign-in-sheet.pdf", cast.trainer(), "fr"));

        assertThat(text)
                .contains("Feuille d'émargement", "mardi 5 mars 2030, 09:00", "Lieu : Douala, Akwa", "En retard");
    }

    @Test
    void onlyTheTrainerOfTheTrainingAndAdminsPrintIt() {
        String path = "/api/v1/sessions/" + session + "/sign-in-sheet.pdf";
        assertThat(get(path, null, "en")).hasStatus(401);
        assertThat(get(path, cast.participant(), "en")).hasStatus(403);
        assertThat(get(path, cast.otherTrainer(), "en")).hasStatus(403);
        assertThat(get(path, cast.admin(), "en")).hasStatusOk();
        assertThat(get("/api/v1/sessions/999999/sign-in-sheet.pdf", cast.admin(), "en"))
                .hasStatus(404);
    }

    @Test
    void theTrainersPagesLinkToTheSheetAndServeIt() throws IOException {
        Cookie trainer = Logins.pageSession(mvc, cast.trainer().email());
        String roster = Logins.html(mvc.get()
                .uri("/trainer/sessions/" + session + "/attendance?lang=en")
                .cookie(trainer)
                .exchange());
        assertThat(roster)
                .contains(
                        "href=\"/trainer/sessions/" + session + "/sign-in-sheet.pdf\"",
                        "Print the sign-in sheet (PDF)");

        MvcTestResult sheet = mvc.get()
                .uri("/trainer/sessions/" + session + "/sign-in-sheet.pdf?lang=fr")
                .cookie(trainer)
                .exchange();
        assertThat(sheet).hasStatusOk();
        assertThat(text(sheet)).contains("Feuille d'émargement", "MBARGA, Paul");

        Cookie participant = Logins.pageSession(mvc, cast.participant().email());
        assertThat(mvc.get()
                        .uri("/trainer/sessions/" + session + "/sign-in-sheet.pdf")
                        .cookie(participant)
                        .exchange())
                .hasStatus(403);
    }

    private MvcTestResult get(String path, SignedIn caller, String language) {
        var request = mvc.get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, language);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        return request.exchange();
    }

    private void rename(SignedIn user, String first, String last) {
        jdbc.sql("UPDATE users SET first_name = :first, last_name = :last WHERE id = :id")
                .paramSource(Map.of("first", first, "last", last, "id", user.id()))
                .update();
    }

    private static String text(MvcTestResult pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf.getResponse().getContentAsByteArray());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
