package cm.resultinstitute.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import jakarta.servlet.http.Cookie;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every report endpoint and page, called by each kind of caller with a real token from the real login (or a real
 * page session): the status each one gets. A page sends the anonymous visitor to sign in (302).
 */
@PlatformTest
class ReportAuthorizationMatrixTest {

    static final List<String> ROLES =
            List.of("anonymous", "participant", "otherParticipant", "trainer", "otherTrainer", "admin");

    static Cast cast;
    static final Map<String, Cookie> pageSessions = new HashMap<>();

    @Autowired
    MockMvcTester mvc;

    /** A call: its address, whether it is a page (session) or the API (token), and the status per role. */
    record Call(String uri, boolean page, String accept, int... statuses) {

        @Override
        public String toString() {
            return (page ? "page " : "GET ") + uri + (accept == null ? "" : " (" + accept + ")");
        }
    }

    static Stream<Arguments> calls() {
        List<Call> calls = List.of(
                new Call("/api/v1/reports/trainings", false, null, 401, 403, 403, 200, 200, 200),
                new Call("/api/v1/reports/trainings?format=csv", false, null, 401, 403, 403, 200, 200, 200),
                new Call("/api/v1/reports/trainings", false, "text/csv", 401, 403, 403, 200, 200, 200),
                new Call("/api/v1/reports/participant-progress", false, null, 401, 200, 200, 200, 200, 200),
                new Call("/api/v1/reports/participant-progress?format=csv", false, null, 401, 200, 200, 200, 200, 200),
                new Call("/api/v1/reports/participant-progress", false, "text/csv", 401, 200, 200, 200, 200, 200),
                new Call("/api/v1/reports/dashboard", false, null, 401, 403, 403, 403, 403, 200),
                new Call("/admin/reports", true, null, 302, 403, 403, 403, 403, 200),
                new Call("/admin/reports/trainings", true, null, 302, 403, 403, 403, 403, 200),
                new Call("/admin/reports/participant-progress", true, null, 302, 403, 403, 403, 403, 200),
                new Call("/admin/reports/trainings.csv", true, null, 302, 403, 403, 403, 403, 200),
                new Call("/admin/reports/participant-progress.csv", true, null, 302, 403, 403, 403, 403, 200),
                new Call("/trainer/reports", true, null, 302, 403, 403, 200, 200, 200),
                new Call("/trainer/reports/trainings", true, null, 302, 403, 403, 200, 200, 200),
                new Call("/trainer/reports/participant-progress", true, null, 302, 403, 403, 200, 200, 200),
                new Call("/trainer/reports/trainings.csv", true, null, 302, 403, 403, 200, 200, 200),
                new Call("/trainer/reports/participant-progress.csv", true, null, 302, 403, 403, 200, 200, 200));
        return calls.stream().flatMap(call -> ROLES.stream()
                .map(role -> Arguments.of(call, role, call.statuses()[ROLES.indexOf(role)])));
    }

    @BeforeAll
    static void people(@Autowired MockMvcTester mvc) {
        cast = Cast.create(mvc);
        ReportFixtures data = ReportFixtures.shared();
        int own = data.training(
                "Leadership", "Leadership Training", "published", cast.trainer().id());
        int others = data.training(
                "Coaching",
                "Entrepreneurship Coaching",
                "published",
                cast.otherTrainer().id());
        data.enrol(cast.participant().id(), own, "active");
        data.enrol(cast.otherParticipant().id(), others, "active");
        for (String role : ROLES.subList(1, ROLES.size())) {
            pageSessions.put(role, Logins.pageSession(mvc, cast.as(role).email()));
        }
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("calls")
    void callerGetsTheExpectedStatus(Call call, String role, int expected) {
        SignedIn caller = cast.as(role);
        var request = mvc.get().uri(call.uri());
        if (call.accept() != null) {
            request = request.header(HttpHeaders.ACCEPT, call.accept());
        }
        if (caller != null) {
            request = call.page()
                    ? request.cookie(pageSessions.get(role))
                    : request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(expected);
        if (expected == 302) {
            assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        }
    }
}
