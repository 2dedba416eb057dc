package cm.resultinstitute.platform.enrollments.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class CertificatePagesTest {

    static final String VALID = "VALID-CERTI-FICAT-E2345-ABCDE";
    static final String WITHDRAWN = "WITHD-RAWNC-ERTIF-ICATE-23456";

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void certificates(@Autowired JdbcClient jdbc) {
        TestData data = TestData.shared();
        int trainer = data.user("certificate-trainer@example.com", "trainer");
        int training = data.training(
                "Certified Leadership", "published", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 27), trainer);
        jdbc.sql("UPDATE trainings SET duration_hours = 36 WHERE id = ?")
                .params(training)
                .update();
        int amina = jdbc.sql("""
                        INSERT INTO users (email, password_hash, first_name, last_name, role)
                        VALUES ('amina@example.com', 'x', 'Amina', 'Njoya', 'participant') RETURNING id""").query(Integer.class).single();
        int completed = data.enrol(amina, training, "completed");
        jdbc.sql("UPDATE enrollments SET completion_date = DATE '2026-02-27' WHERE id = ?")
                .params(completed)
                .update();
        certificate(jdbc, completed, VALID);
        int other = data.enrol(data.user("withdrawn@example.com", "participant"), training, "completed");
        certificate(jdbc, other, WITHDRAWN);
        jdbc.sql("UPDATE enrollments SET status = 'dropped' WHERE id = ?")
                .params(other)
                .update();
    }

    @Test
    void aValidCodeShowsWhoseCertificateItIsAndForWhat() {
        String page = Logins.html(mvc.get().uri("/certificates/" + VALID).exchange());
        assertThat(page)
                .contains("This certificate is valid.", "Amina Njoya", "Certified Leadership")
                .contains("27 February 2026", "36 hours", VALID);
    }

    @Test
    void theCodeIsReadWhateverItsCase() {
        assertThat(Logins.html(
                        mvc.get().uri("/certificates/" + VALID.toLowerCase()).exchange()))
                .contains("This certificate is valid.", "Amina Njoya");
    }

    @Test
    void aCertificateWhoseEnrolmentIsNoLongerCompletedIsShownInvalid() {
        assertThat(Logins.html(mvc.get().uri("/certificates/" + WITHDRAWN).exchange()))
                .contains("it is not valid")
                .doesNotContain("This certificate is valid.");
    }

    @Test
    void anUnknownCodeIsA404ThatSaysSo() {
        MvcTestResult result = mvc.get().uri("/certificates/NOPE-NOPE").exchange();
        assertThat(result).hasStatus(404);
        assertThat(Logins.body(result))
                .contains("No certificate has this code.")
                .doesNotContain("Amina");
    }

    @Test
    void aCodeLongerThanAnyCertificateIsNotLookedUp() {
        assertThat(mvc.get().uri("/certificates/" + "A".repeat(200)).exchange()).hasStatus(404);
    }

    @Test
    void theFormSendsTheTypedCodeToItsPage() {
        assertThat(Logins.html(mvc.get().uri("/certificates").exchange())).contains("name=\"code\"");
        MvcTestResult typed =
                mvc.get().uri("/certificates?code= " + VALID + " ").exchange();
        assertThat(typed.getResponse().getRedirectedUrl()).isEqualTo("/certificates/" + VALID);
    }

    @Test
    void verificationSpeaksFrench() {
        assertThat(Logins.html(mvc.get()
                        .uri("/certificates/" + VALID)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                        .exchange()))
                .contains("Ce certificat est valide.", "27 février 2026", "36 heures");
    }

    private static void certificate(JdbcClient jdbc, int enrollment, String code) {
        jdbc.sql("INSERT INTO certificates (enrollment_id, code, attendance_rate) VALUES (?, ?, 100)")
                .params(enrollment, code)
                .update();
        jdbc.sql("UPDATE enrollments SET certificate_issued = TRUE WHERE id = ?")
                .params(enrollment)
                .update();
    }
}
