package cm.resultinstitute.platform.blog;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Writing, publishing, finding and reading posts through the API. */
@PlatformTest
class BlogApiTest {

    static SignedIn author;
    static SignedIn otherAuthor;
    static SignedIn admin;
    static SignedIn reader;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Calls api;

    @BeforeAll
    static void people(@Autowired MockMvcTester mvc) {
        author = Logins.newUser(mvc, "author@blog.test", "trainer");
        otherAuthor = Logins.newUser(mvc, "other.author@blog.test", "trainer");
        admin = Logins.newUser(mvc, "admin@blog.test", "admin");
        reader = Logins.newUser(mvc, "reader@blog.test", "participant");
    }

    @BeforeEach
    void emptyBlog() {
        api = new Calls(mvc);
        jdbc.sql("DELETE FROM blog_posts").update();
        MutableClock.INSTANCE.reset();
    }

    @Test
    void createAnswers201WithLocationSlugHtmlAndExcerpt() {
        MvcTestResult created = create(author, """
                {"title": "Développement personnel : l'essentiel", "content": "# Hello\\n\\nSome **bold** words."}""");

        assertThat(created).hasStatus(201);
        int id = Calls.read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/blog/posts/" + id);
        assertThat(Calls.<String>read(created, "$.slug")).isEqualTo("developpement-personnel-l-essentiel");
        assertThat(Calls.<String>read(created, "$.contentHtml")).contains("<h1>Hello</h1>", "<strong>bold</strong>");
        assertThat(Calls.<String>read(created, "$.excerpt")).isEqualTo("Hello Some bold words.");
        assertThat(Calls.<String>read(created, "$.status")).isEqualTo("draft");
        assertThat(Calls.<Object>read(created, "$.publishedAt")).isNull();
        assertThat(Calls.<Integer>read(created, "$.authorId")).isEqualTo(author.id());
        assertThat(Calls.<Integer>read(created, "$.views")).isZero();
    }

    @Test
    void slugsCollideIntoNumberedVariants() {
        assertThat(Calls.<String>read(create(author, post("Leading Teams")), "$.slug"))
                .isEqualTo("leading-teams");
        assertThat(Calls.<String>read(create(author, post("Leading teams!")), "$.slug"))
                .isEqualTo("leading-teams-2");
        assertThat(Calls.<String>read(create(admin, post("LEADING  teams")), "$.slug"))
                .isEqualTo("leading-teams-3");
    }

    @Test
    void aGivenSlugIsCheckedAndMustBeFree() {
        assertThat(create(author, """
                {"title": "T", "content": "C", "slug": "my-own-slug"}""")).hasStatus(201);
        MvcTestResult taken = create(author, """
                {"title": "T", "content": "C", "slug": "my-own-slug"}""");
        assertThat(taken).hasStatus(409);
        assertThat(Calls.<String>read(taken, "$.errors[0].field")).isEqualTo("slug");
        for (String bad : List.of("Upper-Case", "two--dashes", "-leading", "accentué", "with space", "12345")) {
            assertThat(create(author, "{\"title\": \"T\", \"content\": \"C\", \"slug\": \"" + bad + "\"}"))
                    .as(bad)
                    .hasStatus(400);
        }
    }

    @Test
    void theExcerptIsDerivedAsTheFirstThreeHundredCharactersOfPlainText() {
        String words = "word ".repeat(70) + "unbreakable";
        MvcTestResult created = create(author, "{\"title\": \"Long\", \"content\": \"**" + words + "**\"}");
        assertThat(Calls.<String>read(created, "$.excerpt")).isEqualTo(words.substring(0, 300));

        MvcTestResult given = create(author, "{\"title\": \"Given\", \"content\": \"Body\", \"excerpt\": \"Mine\"}");
        assertThat(Calls.<String>read(given, "$.excerpt")).isEqualTo("Mine");
    }

    @Test
    void aDerivedExcerptFollowsTheContentAndAGivenOneStays() {
        int id = Calls.read(create(author, post("Follow")), "$.id");
        MvcTestResult changed = api.patch(uri(id), author, "{\"content\": \"New words here\"}");
        assertThat(Calls.<String>read(changed, "$.excerpt")).isEqualTo("New words here");

        api.patch(uri(id), author, "{\"excerpt\": \"Chosen\"}");
        MvcTestResult again = api.patch(uri(id), author, "{\"content\": \"Other words\"}");
        assertThat(Calls.<String>read(again, "$.excerpt")).isEqualTo("Chosen");
    }

    @Test
    void nullClearsAnOptionalTextAndAFieldLeftOutStays() {
        int id = Calls.read(
                create(
                        author,
                        "{\"title\": \"Video\", \"content\": \"Words\", \"excerpt\": \"Chosen\","
                                + " \"category\": \"Leadership\", \"youtubeVideoUrl\": \"https://youtu.be/dQw4w9WgXcQ\"}"),
                "$.id");

        MvcTestResult kept = api.patch(uri(id), author, "{\"title\": \"Video, renamed\"}");
        assertThat(Calls.<String>read(kept, "$.youtubeVideoId")).isEqualTo("dQw4w9WgXcQ");
        assertThat(Calls.<String>read(kept, "$.excerpt")).isEqualTo("Chosen");

        MvcTestResult cleared =
                api.patch(uri(id), author, "{\"youtubeVideoUrl\": null, \"excerpt\": null, \"category\": null}");
        assertThat(cleared).hasStatusOk();
        assertThat(Calls.<String>read(cleared, "$.youtubeVideoUrl")).isNull();
        assertThat(Calls.<String>read(cleared, "$.youtubeVideoId")).isNull();
        assertThat(Calls.<String>read(cleared, "$.category")).isNull();
        assertThat(Calls.<String>read(cleared, "$.excerpt"))
                .as("derived from the content again")
                .isEqualTo("Words");
    }

    @Test
    void publishingSetsPublishedAtOnceAndKeepsIt() {
        int id = Calls.read(create(author, post("Publish me")), "$.id");
        MvcTestResult published = api.patch(uri(id), author, "{\"status\": \"published\"}");
        assertThat(published).hasStatusOk();
        String first = Calls.read(published, "$.publishedAt");
        assertThat(first).isNotNull();

        MutableClock.INSTANCE.advance(Duration.ofMinutes(3));
        assertThat(Calls.<String>read(api.patch(uri(id), author, "{\"status\": \"archived\"}"), "$.status"))
                .isEqualTo("archived");
        MvcTestResult republished = api.patch(uri(id), author, "{\"status\": \"published\"}");
        assertThat(Calls.<String>read(republished, "$.publishedAt")).isEqualTo(first);
        assertThat(actions(id))
                .containsExactly(
                        "blog_post_created", "blog_post_published", "blog_post_archived", "blog_post_published");
    }

    @Test
    void createdPublishedAtOnce() {
        MvcTestResult created = create(author, """
                {"title": "Straight out", "content": "C", "status": "published"}""");
        assertThat(Calls.<String>read(created, "$.status")).isEqualTo("published");
        assertThat(Calls.<String>read(created, "$.publishedAt")).isNotNull();
        int id = Calls.read(created, "$.id");
        assertThat(actions(id))
                .as("written, then published: one entry each")
                .containsExactly("blog_post_created", "blog_post_published");
        assertThat(JsonPath.<String>read(metadata(id).get(0), "$.slug")).isEqualTo("straight-out");
        assertThat(JsonPath.<String>read(metadata(id).get(1), "$.publishedAt")).isNotNull();

        int archived = Calls.read(create(author, """
                {"title": "Straight to the archive", "content": "C", "status": "archived"}"""), "$.id");
        assertThat(actions(archived)).containsExactly("blog_post_created", "blog_post_archived");
    }

    @Test
    void publishingWithOtherChangesWritesOneEntryCarryingThemAll() {
        int id = Calls.read(create(author, post("Draft title")), "$.id");
        assertThat(api.patch(
                        uri(id),
                        author,
                        "{\"status\": \"published\", \"title\": \"Final title\", \"tags\": [\"leadership\"]}"))
                .hasStatusOk();

        assertThat(actions(id)).containsExactly("blog_post_created", "blog_post_published");
        String metadata = metadata(id).get(1);
        assertThat(JsonPath.<String>read(metadata, "$.changes.status.old")).isEqualTo("draft");
        assertThat(JsonPath.<String>read(metadata, "$.changes.status.new")).isEqualTo("published");
        assertThat(JsonPath.<String>read(metadata, "$.changes.title.old")).isEqualTo("Draft title");
        assertThat(JsonPath.<String>read(metadata, "$.changes.title.new")).isEqualTo("Final title");
        assertThat(JsonPath.<String>read(metadata, "$.changes.tags.new")).isEqualTo("leadership");
        assertThat(JsonPath.<String>read(metadata, "$.from")).isEqualTo("draft");
        assertThat(JsonPath.<String>read(metadata, "$.publishedAt")).isNotNull();

        assertThat(api.patch(uri(id), author, "{\"status\": \"draft\", \"category\": \"Leadership\"}"))
                .hasStatusOk();
        assertThat(actions(id)).containsExactly("blog_post_created", "blog_post_published", "blog_post_withdrawn");
        assertThat(JsonPath.<String>read(metadata(id).get(2), "$.changes.category.new"))
                .isEqualTo("Leadership");
    }

    @Test
    void tagsAreLowerCaseUniqueAndAtMostTen() {
        MvcTestResult created = create(author, """
                {"title": "Tagged", "content": "C", "tags": ["Leadership", " leadership ", "YOUTH"]}""");
        assertThat(Calls.<List<String>>read(created, "$.tags")).containsExactly("leadership", "youth");

        String eleven = "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]";
        assertThat(create(author, "{\"title\": \"T\", \"content\": \"C\", \"tags\": " + eleven + "}"))
                .hasStatus(400);
        assertThat(create(author, "{\"title\": \"T\", \"content\": \"C\", \"tags\": [\"" + "x".repeat(51) + "\"]}"))
                .hasStatus(400);
        assertThat(create(author, "{\"title\": \"T\", \"content\": \"C\", \"tags\": [\" \"]}"))
                .hasStatus(400);
    }

    @Test
    void aYoutubeAddressFillsTheVideoIdAndAnythingElseIs400() {
        MvcTestResult created = create(author, """
                {"title": "Video", "content": "C", "youtubeVideoUrl": "https://youtu.be/dQw4w9WgXcQ?si=abc&t=42"}""");
        assertThat(Calls.<String>read(created, "$.youtubeVideoId")).isEqualTo("dQw4w9WgXcQ");
        assertThat(Calls.<String>read(created, "$.youtubeVideoUrl"))
                .isEqualTo("https://youtu.be/dQw4w9WgXcQ?si=abc&t=42");

        MvcTestResult refused = create(author, """
                {"title": "Video", "content": "C", "youtubeVideoUrl": "https://vimeo.com/123456"}""");
        assertThat(refused).hasStatus(400);
        assertThat(Calls.<String>read(refused, "$.errors[0].field")).isEqualTo("youtubeVideoUrl");

        int id = Calls.read(created, "$.id");
        MvcTestResult cleared = api.patch(uri(id), author, "{\"youtubeVideoUrl\": \"\"}");
        assertThat(Calls.<Object>read(cleared, "$.youtubeVideoId")).isNull();
    }

    @Test
    void badInputIs400NeverA500() {
        assertThat(create(author, "{\"title\": \"\", \"content\": \"C\"}")).hasStatus(400);
        assertThat(create(author, "{\"title\": \"T\"}")).hasStatus(400);
        assertThat(create(author, "{\"title\": \"T\", \"content\": \"C\", \"views\": 1000}"))
                .hasStatus(400);
        assertThat(create(author, "{\"title\": \"T\", \"content\": \"C\", \"status\": \"famous\"}"))
                .hasStatus(400);
        assertThat(create(author, "{\"title\": \"T\", \"content\": \"C\", \"featuredImageUrl\": \"javascript:x\"}"))
                .hasStatus(400);
        assertThat(create(author, "{not json")).hasStatus(400);
        assertThat(api.get("/api/v1/blog/posts?sort=content,asc", null)).hasStatus(400);
        assertThat(api.get("/api/v1/blog/posts?size=101", null)).hasStatus(400);
        assertThat(api.patch("/api/v1/blog/posts/abc", author, "{}")).hasStatus(400);
    }

    @Test
    void contentNestedTooDeeplyIs400AndChangesNothing() {
        String deep = ">".repeat(20_000) + " deep";
        MvcTestResult refused = create(author, "{\"title\": \"Deep\", \"content\": \"" + deep + "\"}");
        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("content");

        int id = Calls.read(
                create(author, "{\"title\": \"Shallow\", \"content\": \"" + ">".repeat(40) + " ok\"}"), "$.id");
        assertThat(api.patch(uri(id), author, "{\"content\": \"" + "- ".repeat(5_000) + "x\"}"))
                .hasStatus(400);
        assertThat(api.patch(
                        uri(id),
                        author,
                        "{\"translations\": {\"fr\": {\"title\": \"Profond\", \"content\": \"" + "*".repeat(3_000) + "x"
                                + "*".repeat(3_000) + "\"}}}"))
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("translations.fr.content");
        assertThat(api.get(uri(id), author))
                .bodyJson()
                .extractingPath("$.content")
                .isEqualTo(">".repeat(40) + " ok");
    }

    @Test
    void theListShowsEachCallerWhatTheyMaySeeNewestFirst() {
        int old = published(author, "Older published", "2026-01-01T09:00:00Z");
        int recent = published(otherAuthor, "Newer published", "2026-02-01T09:00:00Z");
        int draft = Calls.read(create(author, post("My draft")), "$.id");
        int othersDraft = Calls.read(create(otherAuthor, post("Their draft")), "$.id");

        assertThat(ids(api.get("/api/v1/blog/posts", null))).containsExactly(recent, old);
        assertThat(ids(api.get("/api/v1/blog/posts", reader))).containsExactly(recent, old);
        assertThat(ids(api.get("/api/v1/blog/posts", author))).containsExactlyInAnyOrder(recent, old, draft);
        assertThat(ids(api.get("/api/v1/blog/posts", admin)))
                .containsExactlyInAnyOrder(recent, old, draft, othersDraft);
        MvcTestResult page = api.get("/api/v1/blog/posts?size=1", null);
        assertThat(Calls.<Integer>read(page, "$.page.totalElements")).isEqualTo(2);
        assertThat(Calls.<Integer>read(page, "$.page.totalPages")).isEqualTo(2);
        assertThat(Calls.<Integer>read(page, "$.page.size")).isEqualTo(1);
        assertThat(Calls.<Integer>read(page, "$.page.number")).isZero();
    }

    @Test
    void theListFiltersByTagCategoryAuthorAndFuzzyText() {
        int leadership = Calls.read(create(author, """
                {"title": "Leadership in practice", "content": "Teams and trust", "category": "Leadership Training",
                 "tags": ["leadership", "teams"], "status": "published"}"""), "$.id");
        int youth = Calls.read(create(otherAuthor, """
                {"title": "Youth and money", "content": "Saving early builds entrepreneurship", "category": "Youth Empowerment",
                 "tags": ["youth"], "status": "published"}"""), "$.id");

        assertThat(ids(api.get("/api/v1/blog/posts?tag=Teams", null))).containsExactly(leadership);
        assertThat(ids(api.get("/api/v1/blog/posts?category=Youth Empowerment", null)))
                .containsExactly(youth);
        assertThat(ids(api.get("/api/v1/blog/posts?authorId=" + otherAuthor.id(), null)))
                .containsExactly(youth);
        assertThat(ids(api.get("/api/v1/blog/posts?q=leadrship", null))).containsExactly(leadership);
        assertThat(ids(api.get("/api/v1/blog/posts?q=entreprenership", null))).containsExactly(youth);
        assertThat(ids(api.get("/api/v1/blog/posts?q=trust", null))).containsExactly(leadership);
        assertThat(ids(api.get("/api/v1/blog/posts?q=zzzzqqq", null))).isEmpty();
    }

    @Test
    void tagsAndCategoriesAreCountedOverPublishedPosts() {
        create(author, """
                {"title": "A", "content": "C", "category": "Leadership", "tags": ["teams", "trust"], "status": "published"}""");
        create(author, """
                {"title": "B", "content": "C", "category": "Leadership", "tags": ["teams"], "status": "published"}""");
        create(author, """
                {"title": "C", "content": "C", "category": "Hidden", "tags": ["secret", "teams"]}""");

        MvcTestResult tags = api.get("/api/v1/blog/tags", null);
        assertThat(Calls.<List<String>>read(tags, "$[*].name")).containsExactly("teams", "trust");
        assertThat(Calls.<List<Integer>>read(tags, "$[*].count")).containsExactly(2, 1);
        MvcTestResult categories = api.get("/api/v1/blog/categories", null);
        assertThat(Calls.<List<String>>read(categories, "$[*].name")).containsExactly("Leadership");
        assertThat(Calls.<List<Integer>>read(categories, "$[*].count")).containsExactly(2);
    }

    @Test
    void publicReadsCountViewsButTheAuthorsAndAdminsDoNot() {
        int id = published(author, "Counted", "2026-01-01T09:00:00Z");
        assertThat(Calls.<Integer>read(api.get(uri(id), null), "$.views")).isEqualTo(1);
        assertThat(Calls.<Integer>read(api.get("/api/v1/blog/posts/counted", reader), "$.views"))
                .isEqualTo(2);
        assertThat(Calls.<Integer>read(api.get(uri(id), otherAuthor), "$.views"))
                .isEqualTo(3);
        assertThat(Calls.<Integer>read(api.get(uri(id), author), "$.views")).isEqualTo(3);
        assertThat(Calls.<Integer>read(api.get(uri(id), admin), "$.views")).isEqualTo(3);
    }

    @Test
    void aSavedPostNeverPutsBackAStaleViewCount() {
        int id = published(author, "Stale", "2026-01-01T09:00:00Z");
        api.get(uri(id), null);
        api.get(uri(id), null);
        assertThat(Calls.<Integer>read(api.patch(uri(id), author, "{\"title\": \"Fresh\"}"), "$.views"))
                .isEqualTo(2);
    }

    @Test
    void draftsAreNotFoundForThePublicAndOtherTrainers() {
        int id = Calls.read(create(author, post("Hidden draft")), "$.id");
        assertThat(api.get(uri(id), null)).hasStatus(404);
        assertThat(api.get("/api/v1/blog/posts/hidden-draft", reader)).hasStatus(404);
        assertThat(api.get(uri(id), otherAuthor)).hasStatus(404);
        assertThat(api.patch(uri(id), otherAuthor, "{\"title\": \"Mine\"}")).hasStatus(404);
        assertThat(api.get(uri(id), author)).hasStatusOk();
        assertThat(api.get(uri(id), admin)).hasStatusOk();
    }

    @Test
    void updatesAndDeletionsAreInTheAuditTrail() {
        int id = Calls.read(create(author, post("Audited")), "$.id");
        api.patch(uri(id), admin, "{\"title\": \"Audited again\", \"category\": \"Leadership\"}");
        assertThat(api.call(HttpMethod.DELETE, uri(id), author, null)).hasStatus(204);
        assertThat(api.get(uri(id), admin)).hasStatus(404);
        assertThat(actions(id)).contains("blog_post_created", "blog_post_updated", "blog_post_deleted");
        String changes = jdbc.sql(
                        "SELECT metadata::text FROM activity_logs WHERE action = 'blog_post_updated' AND entity_id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(changes).contains("Audited again", "Leadership");
    }

    private MvcTestResult create(SignedIn who, String json) {
        return api.post("/api/v1/blog/posts", who, json);
    }

    private int published(SignedIn who, String title, String at) {
        MutableClock.INSTANCE.setTo(java.time.Instant.parse(at));
        try {
            return Calls.read(
                    create(who, "{\"title\": \"" + title + "\", \"content\": \"C\", \"status\": \"published\"}"),
                    "$.id");
        } finally {
            MutableClock.INSTANCE.reset();
        }
    }

    private List<String> metadata(int id) {
        return jdbc.sql("SELECT metadata::text FROM activity_logs WHERE entity_type = 'blog_post' AND entity_id = ?"
                        + " ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }

    private List<String> actions(int id) {
        return jdbc.sql(
                        "SELECT action FROM activity_logs WHERE entity_type = 'blog_post' AND entity_id = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }

    private static List<Integer> ids(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return Calls.read(result, "$.content[*].id");
    }

    private static String uri(int id) {
        return "/api/v1/blog/posts/" + id;
    }

    private static String post(String title) {
        return "{\"title\": \"" + title + "\", \"content\": \"Some content\"}";
    }
}
