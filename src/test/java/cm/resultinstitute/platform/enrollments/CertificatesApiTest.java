package cm.resultinstitute.platform.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedMail;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Certificates: for completed enrolments that attended enough, or by an admin's logged override; verifiable by anyone. */
@PlatformTest
class CertificatesApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Cast cast;
    int training;

    @BeforeEach
    void aTrainingOfFourSessions() {
        jdbc.sql("TRUNCATE users, trainings RESTART IDENTITY CASCADE").update();
        SharedMail.clear();
        cast = Cast.create(mvc);
        training = TestData.shared()
                .training(
                        "Leading Teams",
                        "published",
                        LocalDate.of(2030, 3, 1),
                        LocalDate.of(2030, 4, 30),
                        cast.trainer().id());
        jdbc.sql("UPDATE trainings SET duration_hours = 24 WHERE id = ?")
                .param(training)
                .update();
    }

    @ParameterizedTest(name = "{0} of 4 sessions attended → {1}")
    @CsvSource({"4, 200", "3, 200", "2, 409", "0, 409"})
    void theAttendanceThresholdDecides(int attended, int expected) {
        int enrollment = completedWithAttendance(cast.participant(), attended);
        MvcTestResult issued = issue(cast.trainer(), enrollment, "{}");
        assertThat(issued).hasStatus(expected);
        if (expected == 409) {
            assertThat(issued).bodyJson().extractingPath("$.type").asString().endsWith("/below-threshold");
            assertThat(issued).bodyJson().extractingPath("$.threshold").isEqualTo(75);
        }
    }

    @Test
    void justBelowTheThresholdIsRefused() {
        int enrollment = TestData.shared().enrol(cast.participant().id(), training, "completed");
        for (int i = 0; i < 3; i++) {
            int session = TestData.shared()
                    .session(training, "S" + i, Instant.parse("2030-03-0" + (i + 2) + "T08:00:00Z"), 60);
            TestData.shared().attended(session, cast.participant().id(), i < 2 ? "present" : "absent");
        }
        MvcTestResult refused = issue(cast.trainer(), enrollment, "{}");
        assertThat(refused).as("66.67%").hasStatus(409);
        assertThat(refused).bodyJson().extractingPath("$.attendanceRate").isEqualTo(66.67);
    }

    @Test
    void anIssuedCertificateIsADocumentAndAVerifiableCode() throws Exception {
        int enrollment = completedWithAttendance(cast.participant(), 4);
        MvcTestResult issued = issue(cast.trainer(), enrollment, "{}");
        assertThat(issued).hasStatusOk();
        String code = JsonPath.read(Logins.body(issued), "$.code");
        assertThat(code).matches("[A-Z2-9]{5}(-[A-Z2-9]{5}){4}").doesNotContain(String.valueOf(enrollment));
        assertThat(issue(cast.trainer(), enrollment, "{}"))
                .as("asking again answers the same")
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo(code);
        assertThat(jdbc.sql("SELECT certificate_issued FROM enrollments WHERE id = ?")
                        .param(enrollment)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        MvcTestResult pdf = send(
                cast.participant(), HttpMethod.GET, "/api/v1/enrollments/" + enrollment + "/certificate.pdf", null);
        assertThat(pdf).hasStatusOk();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");

        MvcTestResult verified = send(null, HttpMethod.GET, "/api/v1/certificates/" + code, null);
        assertThat(verified).hasStatusOk();
        assertThat(verified).bodyJson().extractingPath("$.participantName").isEqualTo("Test participant");
        assertThat(verified).bodyJson().extractingPath("$.trainingTitle").isEqualTo("Leading Teams");
        assertThat(verified).bodyJson().extractingPath("$.durationHours").isEqualTo(24);
        assertThat(verified).bodyJson().extractingPath("$.valid").isEqualTo(true);
        assertThat(send(null, HttpMethod.GET, "/api/v1/certificates/" + code.toLowerCase(), null))
                .hasStatusOk();
        assertThat(send(null, HttpMethod.GET, "/api/v1/certificates/" + code.replace("-", ""), null))
                .as("typed off the paper without the dashes")
                .hasStatusOk();
        assertThat(send(
                        null,
                        HttpMethod.GET,
                        "/api/v1/certificates/" + code.replace("-", "").substring(1),
                        null))
                .hasStatus(404);
        assertThat(send(null, HttpMethod.GET, "/api/v1/certificates/NOT-A-REAL-CODE", null))
                .hasStatus(404);
        assertThat(Mailbox.awaitMailTo(cast.participant().email(), "Your certificate is ready", code))
                .as("the certificate's mail, with its code")
                .isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'certificate_issued'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyCompletedEnrolmentsGetOne() {
        int enrollment = TestData.shared().enrol(cast.participant().id(), training, "active");
        MvcTestResult refused = issue(cast.trainer(), enrollment, "{}");
        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyJson().extractingPath("$.type").asString().endsWith("/not-completed");
        assertThat(send(
                        cast.participant(),
                        HttpMethod.GET,
                        "/api/v1/enrollments/" + enrollment + "/certificate.pdf",
                        null))
                .as("404 until issued")
                .hasStatus(404);
    }

    @Test
    void onlyAnAdminOverridesTheThresholdAndItIsLogged() {
        int enrollment = completedWithAttendance(cast.participant(), 1);
        assertThat(issue(cast.trainer(), enrollment, "{\"override\": true}")).hasStatus(403);
        MvcTestResult overridden = issue(cast.admin(), enrollment, "{\"override\": true}");
        assertThat(overridden).hasStatusOk();
        assertThat(overridden)
                .bodyJson()
                .extractingPath("$.thresholdOverridden")
                .isEqualTo(true);
        assertThat(jdbc.sql("SELECT metadata->>'override' FROM activity_logs WHERE action = 'certificate_issued'")
                        .query(String.class)
                        .single())
                .isEqualTo("true");
    }

    @Test
    void otherPeoplesCertificatesDoNotExistForThem() {
        int enrollment = completedWithAttendance(cast.participant(), 4);
        issue(cast.trainer(), enrollment, "{}");
        String pdf = "/api/v1/enrollments/" + enrollment + "/certificate.pdf";
        assertThat(send(cast.otherParticipant(), HttpMethod.GET, pdf, null)).hasStatus(404);
        assertThat(send(cast.otherTrainer(), HttpMethod.GET, pdf, null)).hasStatus(404);
        assertThat(send(cast.trainer(), HttpMethod.GET, pdf, null)).hasStatusOk();
        assertThat(send(cast.admin(), HttpMethod.GET, pdf, null)).hasStatusOk();
        assertThat(issue(cast.otherTrainer(), enrollment, "{}")).hasStatus(404);
        assertThat(issue(cast.participant(), enrollment, "{}")).hasStatus(403);
    }

    private int completedWithAttendance(SignedIn participant, int attended) {
        int enrollment = TestData.shared().enrol(participant.id(), training, "completed");
        for (int i = 0; i < 4; i++) {
            int session = TestData.shared()
                    .session(training, "S" + i, Instant.parse("2030-03-0" + (i + 2) + "T08:00:00Z"), 60);
            TestData.shared().attended(session, participant.id(), i < attended ? "present" : "absent");
        }
        return enrollment;
    }

    private MvcTestResult issue(SignedIn caller, int enrollment, String json) {
        return send(caller, HttpMethod.POST, "/api/v1/enrollments/" + enrollment + "/certificate", json);
    }

    private MvcTestResult send(SignedIn caller, HttpMethod method, String uri, String json) {
        var request = mvc.method(method).uri(uri);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }
}
