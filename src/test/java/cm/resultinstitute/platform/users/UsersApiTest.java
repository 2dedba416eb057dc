package cm.resultinstitute.platform.users;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Admins manage accounts; trainers may look people up; the last active admin and other people's records are safe. */
@PlatformTest
class UsersApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Cast cast;

    @BeforeEach
    void people() {
        jdbc.sql("TRUNCATE users RESTART IDENTITY CASCADE").update();
        cast = Cast.create(mvc);
    }

    @Test
    void adminsListEveryoneWithFiltersAndSearch() {
        MvcTestResult all = get(cast.admin(), "/api/v1/users?sort=email,asc");
        assertThat(all).hasStatusOk();
        assertThat(all).bodyJson().extractingPath("$.page.totalElements").isEqualTo(5);
        assertThat(all).bodyJson().extractingPath("$.content[0].email").isEqualTo("admin@cast.test");
        assertThat(all).bodyJson().extractingPath("$.content[0].status").isEqualTo("active");

        assertThat(get(cast.admin(), "/api/v1/users?role=trainer"))
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(2);
        assertThat(get(cast.admin(), "/api/v1/users?q=OTHER.P"))
                .bodyJson()
                .extractingPath("$.content[*].email")
                .asArray()
                .containsExactly("other.participant@cast.test");
        jdbc.sql("UPDATE users SET status = 'suspended' WHERE id = ?")
                .param(cast.participant().id())
                .update();
        assertThat(get(cast.admin(), "/api/v1/users?status=suspended"))
                .bodyJson()
                .extractingPath("$.content[*].id")
                .asArray()
                .containsExactly(cast.participant().id());
        assertThat(get(cast.admin(), "/api/v1/users?role=superuser")).hasStatus(400);
        assertThat(get(cast.admin(), "/api/v1/users?sort=passwordHash")).hasStatus(400);
    }

    @Test
    void searchIgnoresAccentsAndCaseOnBothSidesThroughItsIndex() throws SQLException {
        jdbc.sql("""
                        INSERT INTO users (email, password_hash, first_name, last_name, role)
                        VALUES ('aicha.ngono@cast.test', 'x', 'AÏCHA', 'Ñgono-Œuvré', 'participant')""").update();
        for (String q : new String[] {"aicha ngono", "Aïcha", "ÑGONO-oeuvre", "œuvre", "aïcha.ngono@"}) {
            assertThat(get(cast.admin(), "/api/v1/users?q=" + q))
                    .as(q)
                    .bodyJson()
                    .extractingPath("$.content[*].email")
                    .asArray()
                    .containsExactly("aicha.ngono@cast.test");
        }
        assertThat(get(cast.admin(), "/api/v1/users?q=aicha_ngono"))
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(0);
        assertThat(plan("""
                        EXPLAIN SELECT id FROM users u
                        WHERE fold_text(u.first_name || ' ' || u.last_name || ' ' || u.email) LIKE fold_text('%aicha%')""")).contains("idx_users_search_folded");
    }

    @Test
    void listingUsersTakesTwoQueriesWhateverTheirNumber() {
        for (int i = 0; i < 30; i++) {
            TestData.shared().user("many" + i + "@example.com", "participant");
        }
        QueryCounting.reset();
        assertThat(get(cast.admin(), "/api/v1/users?size=100"))
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(35);
        assertThat(QueryCounting.selects()).isBetween(1L, 2L);
    }

    @Test
    void trainersSeeOnlyWhoPeopleAre() {
        MvcTestResult found = get(cast.trainer(), "/api/v1/users?q=participant");
        assertThat(found).hasStatusOk();
        assertThat(found)
                .bodyJson()
                .extractingPath("$.content[0]")
                .asMap()
                .containsOnlyKeys("id", "firstName", "lastName", "email", "role");
        assertThat(get(cast.trainer(), "/api/v1/users/" + cast.participant().id()))
                .hasStatus(403);
    }

    @Test
    void trainersFindActiveAccountsOnlyAndCannotTellAnAccountsStatus() {
        jdbc.sql("UPDATE users SET status = 'suspended' WHERE id = ?")
                .param(cast.otherParticipant().id())
                .update();

        assertThat(get(cast.trainer(), "/api/v1/users?q=participant"))
                .bodyJson()
                .extractingPath("$.content[*].id")
                .asArray()
                .containsExactly(cast.participant().id());
        for (String status : List.of("suspended", "inactive")) {
            assertThat(get(cast.trainer(), "/api/v1/users?status=" + status))
                    .bodyJson()
                    .extractingPath("$.page.totalElements")
                    .isEqualTo(0);
        }
        for (String sort : List.of("status", "lastLoginAt,desc", "createdAt")) {
            assertThat(get(cast.trainer(), "/api/v1/users?sort=" + sort))
                    .as(sort)
                    .hasStatus(400);
            assertThat(get(cast.admin(), "/api/v1/users?sort=" + sort)).as(sort).hasStatusOk();
        }
        assertThat(get(cast.trainer(), "/api/v1/users?sort=lastName,desc")).hasStatusOk();
        assertThat(get(cast.admin(), "/api/v1/users?status=suspended"))
                .bodyJson()
                .extractingPath("$.content[*].id")
                .asArray()
                .containsExactly(cast.otherParticipant().id());
    }

    @Test
    void participantsAndAnonymousCallersCannotLookPeopleUp() {
        assertThat(get(cast.participant(), "/api/v1/users")).hasStatus(403);
        assertThat(get(null, "/api/v1/users")).hasStatus(401);
        assertThat(get(
                        cast.participant(),
                        "/api/v1/users/" + cast.otherParticipant().id()))
                .hasStatus(403);
    }

    @Test
    void adminsCreateAccountsWithAnyRole() {
        MvcTestResult created = send(
                cast.admin(),
                "POST",
                "/api/v1/users",
                "{\"email\": \"New.Trainer@Example.com\","
                        + " \"password\": \"Long-enough-1\", \"firstName\": \"New\", \"lastName\": \"Trainer\", \"role\": \"trainer\"}");
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.role").isEqualTo("trainer");
        assertThat(created).bodyJson().extractingPath("$.email").isEqualTo("new.trainer@example.com");
        int id = com.jayway.jsonpath.JsonPath.read(Logins.body(created), "$.id");
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/users/" + id);
        assertThat(get(cast.admin(), "/api/v1/users/" + id))
                .bodyJson()
                .extractingPath("$.firstName")
                .isEqualTo("New");
        assertThat(Logins.attempt(mvc, "new.trainer@example.com", "Long-enough-1"))
                .hasStatusOk();
        assertThat(count("SELECT count(*) FROM activity_logs WHERE action = 'user_created' AND entity_id = " + id))
                .isEqualTo(1);

        assertThat(send(
                        cast.trainer(),
                        "POST",
                        "/api/v1/users",
                        "{\"email\": \"x@example.com\", \"password\": \"Long-enough-1\","
                                + " \"firstName\": \"X\", \"lastName\": \"Y\", \"role\": \"admin\"}"))
                .hasStatus(403);
        assertThat(send(cast.admin(), "POST", "/api/v1/users", "{\"email\": \"bad\", \"password\": \"x\"}"))
                .hasStatus(400);
        assertThat(send(
                        cast.admin(),
                        "POST",
                        "/api/v1/users",
                        "{\"email\": \"TRAINER@cast.test\", \"password\": \"Long-enough-1\","
                                + " \"firstName\": \"X\", \"lastName\": \"Y\", \"role\": \"admin\"}"))
                .hasStatus(409);
    }

    @Test
    void changingRoleOrStatusEndsTheUsersSessions() {
        MvcTestResult promoted = send(
                cast.admin(), "PATCH", "/api/v1/users/" + cast.participant().id(), "{\"role\": \"trainer\"}");
        assertThat(promoted).hasStatusOk();
        assertThat(promoted).bodyJson().extractingPath("$.role").isEqualTo("trainer");
        assertThat(refresh(cast.participant())).hasStatus(401);

        send(cast.admin(), "PATCH", "/api/v1/users/" + cast.otherParticipant().id(), "{\"status\": \"suspended\"}");
        assertThat(refresh(cast.otherParticipant())).hasStatus(401);
        assertThat(Logins.attempt(mvc, cast.otherParticipant().email(), TestAccounts.PASSWORD))
                .hasStatus(403);
        assertThat(count("SELECT count(*) FROM activity_logs WHERE action = 'user_updated' AND entity_id = "
                        + cast.otherParticipant().id() + " AND metadata->'changes'->'status'->>'new' = 'suspended'"))
                .isEqualTo(1);
    }

    @Test
    void theLastActiveAdminStaysOne() {
        for (String change :
                new String[] {"{\"role\": \"trainer\"}", "{\"status\": \"suspended\"}", "{\"status\": \"inactive\"}"}) {
            MvcTestResult refused =
                    send(cast.admin(), "PATCH", "/api/v1/users/" + cast.admin().id(), change);
            assertThat(refused).hasStatus(409);
            assertThat(refused).bodyJson().extractingPath("$.type").asString().endsWith("/last-admin");
        }
        SignedIn second = Logins.newUser(mvc, "second.admin@example.com", "admin");
        assertThat(send(cast.admin(), "PATCH", "/api/v1/users/" + second.id(), "{\"role\": \"participant\"}"))
                .hasStatusOk();
    }

    @Test
    void deletingIsRefusedWhenItWouldTakeOtherRecordsAlong() {
        TestData.shared().post("A post", "published", cast.trainer().id(), null);
        MvcTestResult author =
                send(cast.admin(), "DELETE", "/api/v1/users/" + cast.trainer().id(), null);
        assertThat(author).hasStatus(409);
        assertThat(author).bodyJson().extractingPath("$.detail").asString().contains("blog posts");

        jdbc.sql("INSERT INTO projects (title, created_by) VALUES ('Bootcamp', ?)")
                .param(cast.otherTrainer().id())
                .update();
        MvcTestResult creator = send(
                cast.admin(), "DELETE", "/api/v1/users/" + cast.otherTrainer().id(), null);
        assertThat(creator).hasStatus(409);
        assertThat(creator).bodyJson().extractingPath("$.detail").asString().contains("projects");

        assertThat(send(cast.admin(), "DELETE", "/api/v1/users/" + cast.admin().id(), null))
                .hasStatus(409);
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(5);
    }

    @Test
    void deletingAnAccountIsAudited() {
        assertThat(send(
                        cast.admin(),
                        "DELETE",
                        "/api/v1/users/" + cast.participant().id(),
                        null))
                .hasStatus(204);
        assertThat(get(cast.admin(), "/api/v1/users/" + cast.participant().id()))
                .hasStatus(404);
        assertThat(count("SELECT count(*) FROM activity_logs WHERE action = 'user_deleted' AND entity_id = "
                        + cast.participant().id()))
                .isEqualTo(1);
        assertThat(send(
                        cast.trainer(),
                        "DELETE",
                        "/api/v1/users/" + cast.otherParticipant().id(),
                        null))
                .hasStatus(403);
    }

    @Test
    void unknownUsersAre404() {
        assertThat(get(cast.admin(), "/api/v1/users/999999")).hasStatus(404);
        assertThat(get(cast.admin(), "/api/v1/users/abc")).hasStatus(400);
    }

    private MvcTestResult get(SignedIn caller, String uri) {
        var request = mvc.get().uri(uri);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        return request.exchange();
    }

    private MvcTestResult send(SignedIn caller, String method, String uri, String json) {
        var request = mvc.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, caller.bearer());
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }

    private MvcTestResult refresh(SignedIn user) {
        return mvc.post()
                .uri("/api/v1/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"refreshToken\": \"" + user.refreshToken() + "\"}")
                .exchange();
    }

    /** The plan on one connection, with sequential scans priced out as they are for a large table. */
    private String plan(String explain) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery(explain)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                statement.execute("RESET enable_seqscan");
            }
            return plan.toString();
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
