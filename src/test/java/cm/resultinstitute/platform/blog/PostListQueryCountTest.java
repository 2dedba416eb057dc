package cm.resultinstitute.platform.blog;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The post list reads a fixed number of statements whatever the number of posts, authors and tags (no N+1). */
@PlatformTest
class PostListQueryCountTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void thePostListReadsTheSameNumberOfStatementsForFewOrManyPosts() {
        SignedIn admin = Logins.newUser(mvc, "admin@counts.test", "admin");
        Calls api = new Calls(mvc);
        write(api, admin, 0);
        long[] few = counts(api, admin);

        for (int i = 1; i <= 8; i++) {
            write(api, Logins.newUser(mvc, "author" + i + "@counts.test", "trainer"), i);
        }
        long[] many = counts(api, admin);

        assertThat(many).isEqualTo(few);
        assertThat(java.util.Arrays.stream(few).max().orElseThrow()).isLessThanOrEqualTo(3);
    }

    private static void write(Calls api, SignedIn author, int n) {
        for (int i = 0; i < 3; i++) {
            api.post(
                    "/api/v1/blog/posts",
                    author,
                    "{\"title\": \"Post " + n + "-" + i
                            + "\", \"content\": \"Leadership words\", \"status\": \"published\"," + " \"tags\": [\"t"
                            + n + "\", \"shared\", \"x" + i + "\"], \"category\": \"C" + i + "\"}");
        }
    }

    private static long[] counts(Calls api, SignedIn admin) {
        return new long[] {
            selects(() -> api.get("/api/v1/blog/posts?size=100", null)),
            selects(() -> api.get("/api/v1/blog/posts?size=100&q=leadrship", admin)),
            selects(() -> api.get("/api/v1/blog/tags", null)),
            selects(() -> api.get("/api/v1/blog/categories", null)),
            selects(() -> api.get("/api/v1/blog/feed.xml", null))
        };
    }

    private static long selects(Runnable call) {
        QueryCounting.reset();
        call.run();
        return QueryCounting.selects();
    }
}
