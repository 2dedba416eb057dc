package cm.resultinstitute.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.client.ApiClient;
import cm.resultinstitute.client.api.AttendanceApi;
import cm.resultinstitute.client.api.AuthenticationApi;
import cm.resultinstitute.client.api.EnrolmentWaitingListCertificatesApi;
import cm.resultinstitute.client.api.OwnAccountApi;
import cm.resultinstitute.client.api.TrainingsAndSessionsApi;
import cm.resultinstitute.client.model.AttendanceView;
import cm.resultinstitute.client.model.CertificateCheck;
import cm.resultinstitute.client.model.CertificateRequest;
import cm.resultinstitute.client.model.CertificateView;
import cm.resultinstitute.client.model.ChangeRequest;
import cm.resultinstitute.client.model.CheckInRequest;
import cm.resultinstitute.client.model.CreateSession;
import cm.resultinstitute.client.model.CreateTraining;
import cm.resultinstitute.client.model.EnrolRequest;
import cm.resultinstitute.client.model.EnrollmentView;
import cm.resultinstitute.client.model.LoginRequest;
import cm.resultinstitute.client.model.RegisterRequest;
import cm.resultinstitute.client.model.SessionView;
import cm.resultinstitute.client.model.TokenRequest;
import cm.resultinstitute.client.model.TrainingView;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An integrator's view of the API: a Java client generated at build time from the document the platform serves
 * ({@code openapi-generator-maven-plugin}, from {@code src/test/resources/openapi/platform-api.json}, which
 * {@code ApiDocumentTest} keeps equal to {@code /v3/api-docs}) runs a whole journey against the running platform.
 */
@PlatformTest
class GeneratedClientJourneyTest {

    private static final String PASSWORD = "Journey-through-the-API-1";

    @LocalServerPort
    int port;

    @Test
    void registerVerifySignInBrowseEnrolCheckInAndReadTheCertificate() throws Exception {
        TestData.shared().user("journey-trainer@example.com", "trainer");
        ApiClient trainer = signedIn("journey-trainer@example.com", TestAccounts.PASSWORD);

        TrainingsAndSessionsApi trainerCatalogue = new TrainingsAndSessionsApi(trainer);
        TrainingView training = trainerCatalogue.trainingsCreate(
                new CreateTraining()
                        .title("Public Speaking Journey")
                        .status(CreateTraining.StatusEnum.PUBLISHED)
                        .startDate(LocalDate.now(ZoneOffset.UTC).minusDays(1))
                        .endDate(LocalDate.now(ZoneOffset.UTC).plusDays(30))
                        .maxParticipants(10),
                key());
        SessionView session = trainerCatalogue.trainingsCreateSession(
                training.getId(),
                new CreateSession()
                        .title("Speaking up")
                        .sessionDate(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10))
                        .durationMinutes(60),
                key());

        ApiClient anonymous = client();
        String email = "journey-" + UUID.randomUUID() + "@example.com";
        new AuthenticationApi(anonymous)
                .authRegister(
                        new RegisterRequest()
                                .email(email)
                                .password(PASSWORD)
                                .firstName("Awa")
                                .lastName("Nkemelu"),
                        key());
        String token = Mailbox.token(Mailbox.awaitMailTo(email, "Confirm your email address"));
        new AuthenticationApi(anonymous).authVerifyEmail(new TokenRequest().token(token), key());
        ApiClient participant = signedIn(email, PASSWORD);
        assertThat(new OwnAccountApi(participant).meMe().getEmailVerified()).isTrue();

        List<TrainingView> found = new TrainingsAndSessionsApi(anonymous)
                .trainingsList(null, null, null, null, null, "speaking journey", null, null, 0, 20, null)
                .getContent();
        assertThat(found).extracting(TrainingView::getId).contains(training.getId());

        EnrolmentWaitingListCertificatesApi enrolments = new EnrolmentWaitingListCertificatesApi(participant);
        EnrollmentView enrollment = enrolments.enrollmentsEnrol(training.getId(), key(), new EnrolRequest());
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentView.StatusEnum.ACTIVE);

        String code = new AttendanceApi(trainer)
                .attendanceCheckInCode(session.getId(), null)
                .getCode();
        AttendanceView checkedIn = new AttendanceApi(participant)
                .attendanceCheckIn(session.getId(), new CheckInRequest().code(code), key());
        assertThat(checkedIn.getStatus()).isEqualTo(AttendanceView.StatusEnum.PRESENT);

        EnrolmentWaitingListCertificatesApi trainerEnrolments = new EnrolmentWaitingListCertificatesApi(trainer);
        trainerEnrolments.enrollmentsUpdate(
                enrollment.getId(), new ChangeRequest().status(ChangeRequest.StatusEnum.COMPLETED), key());
        CertificateView certificate =
                trainerEnrolments.enrollmentsIssueCertificate(enrollment.getId(), key(), new CertificateRequest());

        File pdf = enrolments.enrollmentsCertificatePdf(enrollment.getId());
        assertThat(Files.readString(pdf.toPath(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        CertificateCheck check =
                new EnrolmentWaitingListCertificatesApi(anonymous).enrollmentsVerify(certificate.getCode());
        assertThat(check.getValid()).isTrue();
        assertThat(check.getTrainingTitle()).isEqualTo("Public Speaking Journey");
    }

    private ApiClient signedIn(String email, String password) throws Exception {
        String accessToken = new AuthenticationApi(client())
                .authLogin(new LoginRequest().email(email).password(password))
                .getAccessToken();
        ApiClient client = client();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        return client;
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        return client;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
