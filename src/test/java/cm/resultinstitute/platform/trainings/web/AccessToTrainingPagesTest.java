package cm.resultinstitute.platform.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every page of training operations opened by each kind of visitor, signed in through the real login form: what
 * each one gets. {@code login} is the redirection to the sign-in page, {@code 302} any other redirection.
 */
@PlatformTest
class AccessToTrainingPagesTest {

    static final List<String> ROLES =
            List.of("anonymous", "participant", "otherParticipant", "trainer", "otherTrainer", "admin");

    static Cast cast;
    static final Map<String, String> ids = new HashMap<>();
    static final Map<String, Cookie> sessions = new HashMap<>();

    @Autowired
    MockMvcTester mvc;

    /** A page: how to call it, with {@code {name}} standing for the ids of {@link #ids}, and the answer per role. */
    record Page(HttpMethod method, String path, String... answers) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Arguments> pages() {
        List<Page> pages = List.of(
                new Page(HttpMethod.GET, "/trainings", "200", "200", "200", "200", "200", "200"),
                new Page(HttpMethod.GET, "/trainings/{publishedSlug}", "200", "200", "200", "200", "200", "200"),
                new Page(HttpMethod.GET, "/trainings/{published}", "200", "200", "200", "200", "200", "200"),
                new Page(HttpMethod.GET, "/trainings/{draftSlug}", "404", "404", "404", "200", "404", "200"),
                new Page(HttpMethod.GET, "/trainings/no-such-training", "404", "404", "404", "404", "404", "404"),
                new Page(HttpMethod.GET, "/my/trainings/{publishedSlug}", "login", "302", "302", "302", "302", "302"),
                new Page(HttpMethod.POST, "/trainings/{published}/enrol", "login", "302", "302", "403", "403", "403"),
                new Page(HttpMethod.POST, "/trainings/{draft}/enrol", "login", "404", "404", "403", "403", "403"),
                new Page(
                        HttpMethod.POST, "/trainings/{published}/waitlist", "login", "302", "302", "403", "403", "403"),
                new Page(HttpMethod.GET, "/certificates", "200", "200", "200", "200", "200", "200"),
                new Page(HttpMethod.GET, "/certificates/{code}", "200", "200", "200", "200", "200", "200"),
                new Page(HttpMethod.GET, "/certificates/NO-SUCH-CODE", "404", "404", "404", "404", "404", "404"),
                new Page(HttpMethod.GET, "/my", "login", "200", "200", "200", "200", "200"),
                new Page(HttpMethod.GET, "/my/check-in", "login", "200", "200", "200", "200", "200"),
                new Page(HttpMethod.GET, "/my/calendar.ics", "login", "200", "200", "200", "200", "200"),
                new Page(HttpMethod.POST, "/my/calendar-feed", "login", "302", "302", "302", "302", "302"),
                new Page(HttpMethod.POST, "/my/calendar-feed/stop", "login", "302", "302", "302", "302", "302"),
                new Page(HttpMethod.GET, "/calendar/no-such-token.ics", "404", "404", "404", "404", "404", "404"),
                new Page(
                        HttpMethod.GET,
                        "/my/enrollments/{certified}/certificate.pdf",
                        "login",
                        "200",
                        "404",
                        "200",
                        "404",
                        "200"),
                new Page(
                        HttpMethod.GET,
                        "/my/enrollments/{uncertified}/certificate.pdf",
                        "login",
                        "404",
                        "404",
                        "404",
                        "404",
                        "404"),
                new Page(HttpMethod.GET, "/trainer/trainings", "login", "403", "403", "200", "200", "200"),
                new Page(HttpMethod.GET, "/trainer/trainings/new", "login", "403", "403", "200", "200", "200"),
                new Page(HttpMethod.POST, "/trainer/trainings/new", "login", "403", "403", "200", "200", "200"),
                new Page(HttpMethod.GET, "/trainer/trainings/{published}", "login", "403", "403", "200", "403", "200"),
                new Page(HttpMethod.GET, "/trainer/trainings/{draft}", "login", "403", "403", "200", "404", "200"),
                new Page(HttpMethod.GET, "/trainer/trainings/999999", "login", "403", "403", "404", "404", "404"),
                new Page(HttpMethod.GET, "/trainer/trainings/abc", "login", "400", "400", "400", "400", "400"),
                new Page(HttpMethod.POST, "/trainer/trainings/{published}", "login", "403", "403", "200", "403", "200"),
                new Page(
                        HttpMethod.POST,
                        "/trainer/trainings/{published}/delete",
                        "login",
                        "403",
                        "403",
                        "302",
                        "403",
                        "302"),
                new Page(
                        HttpMethod.POST,
                        "/trainer/trainings/{published}/sessions",
                        "login",
                        "403",
                        "403",
                        "200",
                        "403",
                        "200"),
                new Page(
                        HttpMethod.GET,
                        "/trainer/trainings/{published}/enrollments",
                        "login",
                        "403",
                        "403",
                        "200",
                        "403",
                        "200"),
                new Page(
                        HttpMethod.GET,
                        "/trainer/trainings/{draft}/enrollments",
                        "login",
                        "403",
                        "403",
                        "200",
                        "404",
                        "200"),
                new Page(
                        HttpMethod.POST,
                        "/trainer/enrollments/{active}/status?status=suspended",
                        "login",
                        "403",
                        "403",
                        "302",
                        "404",
                        "302"),
                new Page(
                        HttpMethod.POST,
                        "/trainer/enrollments/{certified}/certificate",
                        "login",
                        "403",
                        "403",
                        "302",
                        "404",
                        "302"),
                new Page(
                        HttpMethod.GET,
                        "/trainer/sessions/{session}/attendance",
                        "login",
                        "403",
                        "403",
                        "200",
                        "403",
                        "200"),
                new Page(
                        HttpMethod.GET,
                        "/trainer/sessions/{draftSession}/attendance",
                        "login",
                        "403",
                        "403",
                        "200",
                        "404",
                        "200"),
                new Page(
                        HttpMethod.POST,
                        "/trainer/sessions/{session}/attendance/{activeUser}?status=present",
                        "login",
                        "403",
                        "403",
                        "302",
                        "403",
                        "302"),
                new Page(
                        HttpMethod.GET,
                        "/trainer/sessions/{session}/check-in",
                        "login",
                        "403",
                        "403",
                        "200",
                        "403",
                        "200"),
                new Page(
                        HttpMethod.GET,
                        "/trainer/sessions/{session}/check-in.png",
                        "login",
                        "403",
                        "403",
                        "200",
                        "403",
                        "200"),
                new Page(
                        HttpMethod.POST,
                        "/trainer/sessions/{draftSession}/status?status=cancelled",
                        "login",
                        "403",
                        "403",
                        "302",
                        "404",
                        "302"),
                new Page(
                        HttpMethod.GET, "/trainer/sessions/{session}/edit", "login", "403", "403", "200", "403", "200"),
                new Page(
                        HttpMethod.GET,
                        "/trainer/sessions/{draftSession}/edit",
                        "login",
                        "403",
                        "403",
                        "200",
                        "404",
                        "200"),
                new Page(HttpMethod.GET, "/trainer/sessions/999999/edit", "login", "403", "403", "404", "404", "404"),
                new Page(
                        HttpMethod.POST,
                        "/trainer/sessions/{session}/edit?title=Opening&durationMinutes=120&startsAt={sessionStart}",
                        "login",
                        "403",
                        "403",
                        "302",
                        "403",
                        "302"),
                new Page(
                        HttpMethod.POST,
                        "/trainer/sessions/{draftSession}/edit?title=Draft&durationMinutes=90&startsAt={sessionStart}",
                        "login",
                        "403",
                        "403",
                        "302",
                        "404",
                        "302"),
                new Page(
                        HttpMethod.POST,
                        "/trainer/sessions/{session}/edit?title=&durationMinutes=0",
                        "login",
                        "403",
                        "403",
                        "200",
                        "403",
                        "200"),
                new Page(
                        HttpMethod.POST,
                        "/trainer/sessions/{spareSession}/cancel?confirm=true",
                        "login",
                        "403",
                        "403",
                        "302",
                        "403",
                        "302"),
                new Page(
                        HttpMethod.POST,
                        "/trainer/sessions/{draftSession}/cancel",
                        "login",
                        "403",
                        "403",
                        "302",
                        "404",
                        "302"));
        return pages.stream().flatMap(page -> ROLES.stream()
                .map(role -> Arguments.of(page, role, page.answers()[ROLES.indexOf(role)])));
    }

    @BeforeAll
    static void institute(@Autowired MockMvcTester mvc, @Autowired JdbcClient jdbc) {
        cast = Cast.create(mvc);
        TestData data = TestData.shared();
        LocalDate today = LocalDate.now();
        int published = data.training(
                "Access Published",
                "published",
                today.minusDays(1),
                today.plusDays(30),
                cast.trainer().id());
        int draft = data.training(
                "Access Draft",
                "draft",
                today.minusDays(1),
                today.plusDays(30),
                cast.trainer().id());
        Instant inTwoDays = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        int session = insert(
                jdbc,
                "INSERT INTO sessions (training_id, title, session_date) VALUES (?, 'Opening', ?)",
                published,
                java.sql.Timestamp.from(inTwoDays));
        int draftSession = insert(
                jdbc,
                "INSERT INTO sessions (training_id, title, session_date) VALUES (?, 'Draft', ?)",
                draft,
                java.sql.Timestamp.from(inTwoDays));
        int spareSession = insert(
                jdbc,
                "INSERT INTO sessions (training_id, title, session_date) VALUES (?, 'Spare', ?)",
                published,
                java.sql.Timestamp.from(inTwoDays));
        int certified = insert(jdbc, """
                INSERT INTO enrollments (user_id, training_id, status, progress, completion_date, certificate_issued)
                VALUES (?, ?, 'completed', 100, CURRENT_DATE, TRUE)""", cast.participant().id(), published);
        int active = insert(
                jdbc,
                "INSERT INTO enrollments (user_id, training_id, status) VALUES (?, ?, 'active')",
                cast.otherParticipant().id(),
                published);
        jdbc.sql(
                        "INSERT INTO certificates (enrollment_id, code, attendance_rate) VALUES (?, 'ACCES-SPAGE-TESTS-CODE1-XXXXX', 100)")
                .params(certified)
                .update();
        int uncertified = insert(
                jdbc,
                "INSERT INTO enrollments (user_id, training_id, status) VALUES (?, ?, 'active')",
                cast.participant().id(),
                draft);
        ids.put("published", String.valueOf(published));
        ids.put("publishedSlug", "access-published");
        ids.put("draft", String.valueOf(draft));
        ids.put("draftSlug", "access-draft");
        ids.put("session", String.valueOf(session));
        ids.put("draftSession", String.valueOf(draftSession));
        ids.put("spareSession", String.valueOf(spareSession));
        ids.put(
                "sessionStart",
                inTwoDays
                        .atZone(java.time.ZoneId.of("Africa/Douala"))
                        .toLocalDateTime()
                        .toString());
        ids.put("certified", String.valueOf(certified));
        ids.put("uncertified", String.valueOf(uncertified));
        ids.put("active", String.valueOf(active));
        ids.put("activeUser", String.valueOf(cast.otherParticipant().id()));
        ids.put("code", "ACCES-SPAGE-TESTS-CODE1-XXXXX");
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("pages")
    void visitorGetsTheExpectedAnswer(Page page, String role, String expected) {
        String path = page.path();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        var request = mvc.method(page.method()).uri(path);
        if (page.method() == HttpMethod.POST) {
            request = request.with(csrf());
        }
        if (!role.equals("anonymous")) {
            request = request.cookie(session(role));
        }
        MvcTestResult result = request.exchange();
        switch (expected) {
            case "login" -> {
                assertThat(result).hasStatus3xxRedirection();
                assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
            }
            case "302" -> {
                assertThat(result).hasStatus3xxRedirection();
                assertThat(result.getResponse().getRedirectedUrl()).doesNotEndWith("/login");
            }
            default -> assertThat(result).hasStatus(Integer.parseInt(expected));
        }
    }

    private Cookie session(String role) {
        return sessions.computeIfAbsent(
                role, name -> Logins.pageSession(mvc, cast.as(name).email()));
    }

    private static int insert(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql + (sql.contains("RETURNING") ? "" : " RETURNING id"))
                .params(params)
                .query(Integer.class)
                .single();
    }
}
