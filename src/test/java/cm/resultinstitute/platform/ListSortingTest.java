package cm.resultinstitute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The main lists sort by their id and by when their rows last changed, both ways, as well as by their other fields. */
@PlatformTest
class ListSortingTest {

    static SignedIn admin;
    static int training;
    static int project;

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void twoOfEach(@Autowired MockMvcTester mvc, @Autowired JdbcClient jdbc) {
        jdbc.sql("TRUNCATE users, trainings RESTART IDENTITY CASCADE").update();
        admin = Cast.create(mvc).admin();
        TestData data = TestData.shared();
        LocalDate start = LocalDate.of(2027, 3, 1);
        training = data.training("Sorting A", "published", start, start.plusDays(5), admin.id());
        data.training("Sorting B", "published", start, start.plusDays(5), admin.id());
        data.enrol(data.user("first.sorted@example.com", "participant"), training, "active");
        data.enrol(data.user("second.sorted@example.com", "participant"), training, "active");
        data.post("Sorted post A", "published", admin.id(), null);
        data.post("Sorted post B", "published", admin.id(), null);
        project = jdbc.sql("INSERT INTO projects (title, created_by) VALUES ('Sorted', ?) RETURNING id")
                .param(admin.id())
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO projects (title, created_by) VALUES ('Sorted too', ?)")
                .param(admin.id())
                .update();
        for (String task : List.of("First task", "Second task")) {
            jdbc.sql("INSERT INTO tasks (project_id, title, assigned_to, created_by) VALUES (?, ?, ?, ?)")
                    .params(project, task, admin.id(), admin.id())
                    .update();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/trainings",
                "/api/v1/users",
                "/api/v1/blog/posts",
                "/api/v1/projects",
                "/api/v1/projects/{project}/tasks",
                "/api/v1/me/tasks",
                "/api/v1/trainings/{training}/enrollments"
            })
    void sortsByIdBothWays(String list) throws Exception {
        List<Integer> ascending = ids(list, "id,asc");
        List<Integer> descending = new ArrayList<>(ids(list, "id,desc"));
        Collections.reverse(descending);

        assertThat(ascending).hasSizeGreaterThanOrEqualTo(2).isSorted().isEqualTo(descending);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/trainings",
                "/api/v1/users",
                "/api/v1/blog/posts",
                "/api/v1/projects",
                "/api/v1/projects/{project}/tasks",
                "/api/v1/me/tasks"
            })
    void sortsByWhenLastChanged(String list) {
        assertThat(get(list, "updatedAt,desc")).hasStatusOk();
    }

    private List<Integer> ids(String list, String sort) throws Exception {
        MvcTestResult result = get(list, sort);
        assertThat(result).hasStatusOk();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.content[*].id");
    }

    private MvcTestResult get(String list, String sort) {
        return mvc.get()
                .uri(list.replace("{project}", String.valueOf(project)).replace("{training}", String.valueOf(training))
                        + "?sort=" + sort)
                .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .exchange();
    }
}
