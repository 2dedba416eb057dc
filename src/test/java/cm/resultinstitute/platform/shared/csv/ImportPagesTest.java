package cm.resultinstitute.platform.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The import pages: upload a file, read what it would do, confirm; errors shown per line, nothing written. */
@PlatformTest
class ImportPagesTest {

    static final Pattern CSV_FIELD = Pattern.compile("name=\"csv\" value=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Cast cast;
    int training;
    int session;

    @BeforeEach
    void aTraining() {
        jdbc.sql("TRUNCATE users, trainings, mail_outbox RESTART IDENTITY CASCADE")
                .update();
        cast = Cast.create(mvc);
        training = TestData.shared()
                .training(
                        "Leading Teams",
                        "published",
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(30),
                        cast.trainer().id());
        session = TestData.shared().session(training, "Kick-off", Instant.now(), 60);
    }

    @Test
    void anAdminPreviewsThenImportsAccounts() {
        Cookie admin = Logins.pageSession(mvc, cast.admin().email());
        assertThat(page("/admin/users?lang=en", admin))
                .contains("href=\"/admin/users/import\"", "Import accounts (CSV)");
        assertThat(page("/admin/users/import?lang=en", admin))
                .contains("Import accounts", "enctype=\"multipart/form-data\"", "type=\"file\"");

        String preview = upload(
                "/admin/users/import",
                admin,
                "email;first_name;last_name\nawa@csv.test;Awa;Diallo\n"
                        + cast.participant().email() + ";P;Q\n");

        assertThat(preview)
                .contains("Every row can be imported", "1 invited", "1 already have an account (unchanged)")
                .contains("awa@csv.test", "Import these 2 rows");
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE email = 'awa@csv.test'")
                        .query(Long.class)
                        .single())
                .isZero();

        MvcTestResult imported = confirm("/admin/users/import", admin, csvField(preview));

        assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE email = 'awa@csv.test'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(imported.getMvcResult().getFlashMap().get("notice"))
                .isEqualTo("Imported: 1 already have an account (unchanged), 1 invited.");
    }

    @Test
    void errorsAreShownPerLineAndNoConfirmationIsOffered() {
        Cookie admin = Logins.pageSession(mvc, cast.admin().email());

        String preview = upload(
                "/admin/users/import",
                admin,
                "email,first_name,last_name,role\nnot-an-email,A,B,\nb@csv.test,B,C,boss\n");

        assertThat(preview)
                .contains("Nothing can be imported until every error below is fixed")
                .contains("email: Not an email address.", "role: Not a role: participant, trainer or admin.")
                .doesNotContain("name=\"csv\"");
        assertThat(upload("/admin/users/import", admin, "")).contains("Choose a CSV file.");
        String tooLarge = "email,first_name,last_name\n" + "x@csv.test,X,Y\n".repeat(80_000);
        assertThat(upload("/admin/users/import", admin, tooLarge)).contains("The file is larger than the 1 MB allowed");
    }

    @Test
    void aTrainerImportsMarksAndEnrolmentsOfTheirOwnTrainingOnly() {
        TestData.shared().enrol(cast.participant().id(), training, "active");
        Cookie trainer = Logins.pageSession(mvc, cast.trainer().email());
        assertThat(page("/trainer/sessions/" + session + "/attendance?lang=en", trainer))
                .contains("href=\"/trainer/sessions/" + session + "/attendance/import\"");
        assertThat(page("/trainer/trainings/" + training + "/enrollments?lang=en", trainer))
                .contains("href=\"/trainer/trainings/" + training + "/enrollments/import\"");

        String marks = upload(
                "/trainer/sessions/" + session + "/attendance/import",
                trainer,
                "email,status\n" + cast.participant().email() + ",late\n");
        MvcTestResult imported =
                confirm("/trainer/sessions/" + session + "/attendance/import", trainer, csvField(marks));
        assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/trainer/sessions/" + session + "/attendance");
        assertThat(jdbc.sql("SELECT status FROM attendance").query(String.class).single())
                .isEqualTo("late");

        String enrolments = upload(
                "/trainer/trainings/" + training + "/enrollments/import",
                trainer,
                "email\n" + cast.otherParticipant().email() + "\n");
        assertThat(enrolments).contains("1 enrolled");

        Cookie otherTrainer = Logins.pageSession(mvc, cast.otherTrainer().email());
        assertThat(mvc.get()
                        .uri("/trainer/trainings/" + training + "/enrollments/import")
                        .cookie(otherTrainer)
                        .exchange())
                .hasStatus(403);
        Cookie participant = Logins.pageSession(mvc, cast.participant().email());
        assertThat(mvc.get().uri("/admin/users/import").cookie(participant).exchange())
                .hasStatus(403);
    }

    private String page(String path, Cookie session) {
        return Logins.html(mvc.get().uri(path).cookie(session).exchange());
    }

    private String upload(String path, Cookie session, String csv) {
        MockMultipartFile file =
                new MockMultipartFile("file", "import.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return Logins.html(mvc.post()
                .uri(path)
                .multipart()
                .file(file)
                .param("step", "preview")
                .param("lang", "en")
                .cookie(session)
                .with(csrf())
                .exchange());
    }

    private MvcTestResult confirm(String path, Cookie session, String csv) {
        return mvc.post()
                .uri(path)
                .param("step", "import")
                .param("csv", csv)
                .param("lang", "en")
                .cookie(session)
                .with(csrf())
                .exchange();
    }

    private static String csvField(String page) {
        Matcher field = CSV_FIELD.matcher(page);
        assertThat(field.find()).as("a confirming form carries the file").isTrue();
        return field.group(1);
    }
}
