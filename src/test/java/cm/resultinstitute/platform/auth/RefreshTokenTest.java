package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Refresh tokens rotate on every use, and a second use of one is treated as theft. */
@PlatformTest
class RefreshTokenTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void refreshingRotatesThePair() {
        SignedIn jane = Logins.newUser(mvc, "rotate@example.com", "participant");

        MvcTestResult refreshed = refresh(jane.refreshToken());

        assertThat(refreshed).hasStatusOk();
        String newRefresh = JsonPath.read(Logins.body(refreshed), "$.refreshToken");
        String newAccess = JsonPath.read(Logins.body(refreshed), "$.accessToken");
        assertThat(newRefresh).isNotEqualTo(jane.refreshToken());
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + newAccess)
                        .exchange())
                .hasStatusOk();
        assertThat(refresh(newRefresh)).as("the new refresh token works once").hasStatusOk();
    }

    @Test
    void replayingARevokedTokenRevokesTheWholeFamily() {
        SignedIn jane = Logins.newUser(mvc, "replay@example.com", "participant");
        SignedIn otherDevice = Logins.signIn(mvc, "replay@example.com", TestAccounts.PASSWORD);
        String rotated = JsonPath.read(Logins.body(refresh(jane.refreshToken())), "$.refreshToken");

        assertThat(refresh(jane.refreshToken())).as("the replay").hasStatus(401);

        assertThat(refresh(rotated))
                .as("the thief's or the owner's new token dies too")
                .hasStatus(401);
        assertThat(refresh(otherDevice.refreshToken()))
                .as("and every other session")
                .hasStatus(401);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM activity_logs WHERE action = 'refresh_token_reuse_detected' AND user_id = ?")
                        .param(jane.id())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void signInsNoRefreshTokenContinuesAnyMoreAreForgottenAndLiveOnesKept(@Autowired SignIns signIns) {
        SignedIn kept = Logins.newUser(mvc, "kept-sign-in@example.com", "participant");
        SignedIn finished = Logins.newUser(mvc, "finished-sign-in@example.com", "participant");
        jdbc.sql("UPDATE sign_ins SET created_at = now() - interval '40 days' WHERE user_id IN (?, ?)")
                .params(kept.id(), finished.id())
                .update();
        jdbc.sql("DELETE FROM refresh_tokens WHERE user_id = ?")
                .param(finished.id())
                .update();

        signIns.purgeFinished();

        assertThat(jdbc.sql("SELECT user_id FROM sign_ins WHERE user_id IN (?, ?)")
                        .params(kept.id(), finished.id())
                        .query(Integer.class)
                        .list())
                .containsExactly(kept.id());
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header(HttpHeaders.AUTHORIZATION, kept.bearer())
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void unknownTokensAre401() {
        assertThat(refresh("made-up-token")).hasStatus(401);
        assertThat(mvc.post()
                        .uri("/api/v1/auth/refresh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .exchange())
                .hasStatus(400);
    }

    @Test
    void suspendedUsersCannotRefresh() {
        SignedIn jane = Logins.newUser(mvc, "suspend@example.com", "participant");
        jdbc.sql("UPDATE users SET status = 'suspended' WHERE id = ?")
                .param(jane.id())
                .update();
        assertThat(refresh(jane.refreshToken())).hasStatus(401);
    }

    @Test
    void twentyConcurrentRefreshesOfOneTokenGiveExactlyOneSuccess() throws Exception {
        SignedIn jane = Logins.newUser(mvc, "race@example.com", "participant");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/refresh"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"refreshToken\": \"" + jane.refreshToken() + "\"}"))
                .build();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            for (int i = 0; i < 20; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            assertThat(results).filteredOn(status -> status == 200).hasSize(1);
            assertThat(results).filteredOn(status -> status == 401).hasSize(19);
        } finally {
            pool.shutdownNow();
        }
    }

    private MvcTestResult refresh(String token) {
        return mvc.post()
                .uri("/api/v1/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"refreshToken\": \"" + token + "\"}")
                .exchange();
    }
}
