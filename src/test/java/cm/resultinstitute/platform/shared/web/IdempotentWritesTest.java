package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.HttpVisitor;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A write sent again with its Idempotency-Key gets the first answer and runs once (API.md). */
@PlatformTest
class IdempotentWritesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeys keys;

    @LocalServerPort
    int port;

    Cast cast;
    int training;

    @BeforeEach
    void aPublishedTraining() {
        jdbc.sql("TRUNCATE users, trainings, projects, idempotency_keys RESTART IDENTITY CASCADE")
                .update();
        MutableClock.INSTANCE.reset();
        cast = Cast.create(mvc);
        training = TestData.shared()
                .training(
                        "Retry Safe " + System.nanoTime(),
                        "published",
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(30),
                        cast.trainer().id());
    }

    @Test
    void theSameEnrolmentTwiceGivesOneEnrolmentAndTheSameAnswerTwice() {
        MvcTestResult first =
                write("POST", "/api/v1/trainings/" + training + "/enrollments", cast.participant(), "{}", "enrol-1");
        MvcTestResult again =
                write("POST", "/api/v1/trainings/" + training + "/enrollments", cast.participant(), "{}", "enrol-1");

        assertThat(first).hasStatus(201);
        assertThat(first).headers().doesNotContainHeader(IdempotentWrites.REPLAYED_HEADER);
        assertThat(again).hasStatus(201);
        assertThat(again).headers().hasValue(IdempotentWrites.REPLAYED_HEADER, "true");
        assertThat(again.getResponse().getHeader(HttpHeaders.LOCATION))
                .isNotNull()
                .isEqualTo(first.getResponse().getHeader(HttpHeaders.LOCATION));
        assertThat(again.getResponse().getContentType())
                .isEqualTo(first.getResponse().getContentType());
        assertThat(body(again)).isEqualTo(body(first));
        assertThat(enrolments()).isEqualTo(1);
    }

    @Test
    void theSameMarkingTwiceKeepsOneRowPerParticipant() {
        TestData data = TestData.shared();
        data.enrol(cast.participant().id(), training, "active");
        data.enrol(cast.otherParticipant().id(), training, "active");
        int session = data.session(training, "Roll call", Instant.now(), 60);
        String marks = "[{\"userId\": %d, \"status\": \"present\"}, {\"userId\": %d, \"status\": \"late\"}]"
                .formatted(cast.participant().id(), cast.otherParticipant().id());

        MvcTestResult first =
                write("PUT", "/api/v1/sessions/" + session + "/attendance", cast.trainer(), marks, "roll-1");
        MvcTestResult again =
                write("PUT", "/api/v1/sessions/" + session + "/attendance", cast.trainer(), marks, "roll-1");

        assertThat(first).hasStatusOk();
        assertThat(again).hasStatusOk().headers().hasValue(IdempotentWrites.REPLAYED_HEADER, "true");
        assertThat(body(again)).isEqualTo(body(first));
        assertThat(jdbc.sql("SELECT count(*) FROM attendance WHERE session_id = ?")
                        .param(session)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void tenConcurrentRepeatsRunOnce() throws Exception {
        String url = "http://localhost:" + port + "/api/v1/projects";
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<HttpResponse<String>>> repeats = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            repeats.add(() -> HttpVisitor.bearer(
                    "POST",
                    url,
                    cast.trainer().accessToken(),
                    "{\"title\": \"Bootcamp\"}",
                    Map.of(IdempotentWrites.KEY_HEADER, "concurrent-1")));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : pool.invokeAll(repeats)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        assertThat(projects("Bootcamp")).as("one execution").isEqualTo(1);
        assertThat(answers).extracting(HttpResponse::statusCode).allMatch(status -> status == 201 || status == 409);
        List<String> created = answers.stream()
                .filter(answer -> answer.statusCode() == 201)
                .map(HttpResponse::body)
                .distinct()
                .toList();
        assertThat(created).as("every 201 is the same answer").hasSize(1);
        answers.stream().filter(answer -> answer.statusCode() == 409).forEach(answer -> {
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
        });
    }

    @Test
    void theSameKeyForAnotherRequestIs422AndRunsNothing() {
        write("POST", "/api/v1/projects", cast.trainer(), "{\"title\": \"First\"}", "reused-1");

        MvcTestResult other = write("POST", "/api/v1/projects", cast.trainer(), "{\"title\": \"Second\"}", "reused-1");

        assertThat(other).hasStatus(422).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(other).bodyJson().extractingPath("$.type").asString().endsWith("/idempotency-key-reused");
        assertThat(projects("Second")).isZero();
        MvcTestResult elsewhere = write("PATCH", "/api/v1/me", cast.trainer(), "{\"title\": \"First\"}", "reused-1");
        assertThat(elsewhere).as("another path is another request").hasStatus(422);
    }

    @Test
    void aRepeatWhileTheFirstStillRunsIs409() {
        String body = "{\"title\": \"Slow\"}";
        keys.claim(new IdempotencyKeys.Request(
                "user:" + cast.trainer().id(), "running-1", "POST", "/api/v1/projects", bytes(body)));

        MvcTestResult repeat = write("POST", "/api/v1/projects", cast.trainer(), body, "running-1");

        assertThat(repeat).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(repeat).bodyJson().extractingPath("$.type").asString().endsWith("/idempotency-key-in-use");
        assertThat(repeat).headers().hasValue("Retry-After", "1");
        assertThat(projects("Slow")).isZero();
    }

    @Test
    void anAnswerIsKeptOneDayThenTheKeyIsFree() {
        write("POST", "/api/v1/projects", cast.trainer(), "{\"title\": \"Daily\"}", "daily-1");
        MutableClock.INSTANCE.advance(Duration.ofHours(23));
        assertThat(write("POST", "/api/v1/projects", signedInAgain(), "{\"title\": \"Daily\"}", "daily-1"))
                .headers()
                .hasValue(IdempotentWrites.REPLAYED_HEADER, "true");
        assertThat(projects("Daily")).isEqualTo(1);

        MutableClock.INSTANCE.advance(Duration.ofHours(2));
        MvcTestResult later = write("POST", "/api/v1/projects", signedInAgain(), "{\"title\": \"Daily\"}", "daily-1");

        assertThat(later).hasStatus(201).headers().doesNotContainHeader(IdempotentWrites.REPLAYED_HEADER);
        assertThat(projects("Daily")).isEqualTo(2);
        keys.forgetExpired();
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = 'daily-1'")
                        .query(Long.class)
                        .single())
                .as("the sweep keeps the fresh answer")
                .isEqualTo(1);
    }

    @Test
    void anotherCallersKeyNeverReplays() {
        write("POST", "/api/v1/projects", cast.trainer(), "{\"title\": \"Mine\"}", "shared-1");

        MvcTestResult theirs =
                write("POST", "/api/v1/projects", cast.otherTrainer(), "{\"title\": \"Mine\"}", "shared-1");

        assertThat(theirs).hasStatus(201).headers().doesNotContainHeader(IdempotentWrites.REPLAYED_HEADER);
        assertThat(projects("Mine")).isEqualTo(2);
    }

    @Test
    void aRefusalIsReplayedTooAndARefusedCallerClaimsNoKey() {
        MvcTestResult refused =
                write("POST", "/api/v1/projects", cast.participant(), "{\"title\": \"No\"}", "refused-1");
        assertThat(refused).hasStatus(403);
        assertThat(write("POST", "/api/v1/projects", null, "{\"title\": \"No\"}", "refused-1"))
                .hasStatus(401);

        MvcTestResult invalid = write("POST", "/api/v1/projects", cast.trainer(), "{\"title\": \"\"}", "invalid-1");
        MvcTestResult again = write("POST", "/api/v1/projects", cast.trainer(), "{\"title\": \"\"}", "invalid-1");
        assertThat(invalid).hasStatus(400);
        assertThat(again).hasStatus(400).headers().hasValue(IdempotentWrites.REPLAYED_HEADER, "true");
        assertThat(body(again)).isEqualTo(body(invalid));
    }

    @Test
    void aKeyMustBeOneTo255PrintableAsciiCharacters() {
        for (String bad : List.of("", "x".repeat(256), "clé")) {
            MvcTestResult refused = write("POST", "/api/v1/projects", cast.trainer(), "{\"title\": \"Bad key\"}", bad);
            assertThat(refused).as("[" + bad + "]").hasStatus(400);
            assertThat(refused).bodyJson().extractingPath("$.type").asString().endsWith("/idempotency-key-invalid");
        }
        assertThat(projects("Bad key")).isZero();
        assertThat(write("POST", "/api/v1/projects", cast.trainer(), "{\"title\": \"Good key\"}", "x".repeat(255)))
                .hasStatus(201);
    }

    @Test
    void theStoredAnswerCannotBeReadFromTheDatabaseAlone() {
        write("POST", "/api/v1/projects", cast.trainer(), "{\"title\": \"Sealed Secret\"}", "sealed-1");

        byte[] stored = jdbc.sql("SELECT response_body FROM idempotency_keys WHERE idempotency_key = 'sealed-1'")
                .query(byte[].class)
                .single();

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Sealed Secret");
    }

    @Test
    void readsAndWritesWithoutAKeyAreUntouched() {
        write("POST", "/api/v1/projects", cast.trainer(), "{\"title\": \"Twice\"}", null);
        write("POST", "/api/v1/projects", cast.trainer(), "{\"title\": \"Twice\"}", null);
        assertThat(projects("Twice")).isEqualTo(2);
        assertThat(mvc.get()
                        .uri("/api/v1/projects")
                        .header(HttpHeaders.AUTHORIZATION, cast.trainer().bearer())
                        .header(IdempotentWrites.KEY_HEADER, "read-1")
                        .exchange())
                .hasStatusOk();
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_keys")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theApiDocumentNamesTheHeaderOnEveryWriteAndOnNoRead() throws Exception {
        tools.jackson.databind.JsonNode paths = new tools.jackson.databind.ObjectMapper()
                .readTree(body(mvc.get().uri("/v3/api-docs").exchange()))
                .get("paths");
        List<String> writes = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            boolean write = List.of("post", "put", "patch", "delete").contains(operation.getKey());
            boolean documented = operation
                    .getValue()
                    .path("parameters")
                    .valueStream()
                    .anyMatch(parameter -> parameter.path("name").asString().equals(IdempotentWrites.KEY_HEADER)
                            && parameter.path("in").asString().equals("header"));
            if (write) {
                writes.add(operation.getKey() + " " + path.getKey());
            }
            boolean issuesTokens = IdempotentWrites.ISSUING_TOKENS.contains(path.getKey());
            if ((write && !issuesTokens) != documented) {
                undocumented.add(operation.getKey() + " " + path.getKey());
            }
        }));

        assertThat(writes).contains("post /api/v1/trainings/{id}/enrollments", "put /api/v1/sessions/{id}/attendance");
        assertThat(undocumented).isEmpty();
    }

    @Test
    void aSignInOrARefreshIsNeverReplayedItRunsEachTime() {
        SignedIn user = Logins.newUser(mvc, "replayed.tokens@example.com", "participant");
        String body = "{\"refreshToken\": \"" + user.refreshToken() + "\"}";
        assertThat(write("POST", "/api/v1/auth/refresh", null, body, "refresh-key"))
                .hasStatusOk();

        MvcTestResult again = write("POST", "/api/v1/auth/refresh", null, body, "refresh-key");

        assertThat(again).as("the rotated token, presented again").hasStatus(401);
        assertThat(again.getResponse().getHeader(IdempotentWrites.REPLAYED_HEADER))
                .isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'refresh_token_reuse_detected'"
                                + " AND entity_id = ?")
                        .param(user.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = 'refresh-key'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MvcTestResult write(String method, String uri, SignedIn caller, String body, String key) {
        var request = mvc.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        if (key != null) {
            request = request.header(IdempotentWrites.KEY_HEADER, key);
        }
        return request.exchange();
    }

    /** The same trainer with a fresh access token: the first one has long expired when the clock has moved a day. */
    private SignedIn signedInAgain() {
        return Logins.signIn(mvc, cast.trainer().email(), TestAccounts.PASSWORD);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long enrolments() {
        return jdbc.sql("SELECT count(*) FROM enrollments WHERE training_id = ?")
                .param(training)
                .query(Long.class)
                .single();
    }

    private long projects(String title) {
        return jdbc.sql("SELECT count(*) FROM projects WHERE title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }
}
