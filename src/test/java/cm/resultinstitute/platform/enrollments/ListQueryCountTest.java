package cm.resultinstitute.platform.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The lists of the schedule take a fixed number of statements, however many trainings and sessions there are. */
@PlatformTest
class ListQueryCountTest {

    static SignedIn participant;
    static int firstTraining;

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void manyTrainingsAndSessions(@Autowired MockMvcTester mvc) {
        participant = Logins.newUser(mvc, "busy@example.com", "participant");
        int trainer = TestData.shared().user("busy.trainer@example.com", "trainer");
        Instant soon = Instant.now().plus(Duration.ofDays(1));
        for (int i = 0; i < 12; i++) {
            int training = TestData.shared().training("Course " + i, "published", null, null, trainer);
            firstTraining = i == 0 ? training : firstTraining;
            TestData.shared().enrol(participant.id(), training, "active");
            for (int s = 0; s < 3; s++) {
                TestData.shared().session(training, "Session " + s, soon.plus(Duration.ofHours(i * 3L + s)), 60);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/me/enrollments?size=100",
                "/api/v1/me/sessions?size=100",
                "/api/v1/trainings?size=100",
                "/api/v1/me/enrollments?size=100&lang=fr",
                "/api/v1/me/sessions?size=100&lang=fr",
                "/api/v1/trainings?size=100&lang=fr"
            })
    void theParticipantsListsTakeAFewStatements(String uri) {
        QueryCounting.reset();
        MvcTestResult result = mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, participant.bearer())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .asNumber()
                .isNotEqualTo(0);
        assertThat(QueryCounting.selects()).isBetween(1L, 3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sessions"})
    void aTrainingsSessionsTakeAFewStatements(String list) {
        QueryCounting.reset();
        MvcTestResult result =
                mvc.get().uri("/api/v1/trainings/" + firstTraining + "/" + list).exchange();
        assertThat(result).bodyJson().extractingPath("$.page.totalElements").isEqualTo(3);
        assertThat(QueryCounting.selects()).isBetween(1L, 3L);
    }
}
