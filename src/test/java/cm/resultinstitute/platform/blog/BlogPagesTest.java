package cm.resultinstitute.platform.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The public blog pages and the authors' pages, in English and French. */
@PlatformTest
class BlogPagesTest {

    static final String AUTHOR = "author@blogpages.test";
    static final String PARTICIPANT = "participant@blogpages.test";

    static int authorId;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void posts() {
        TestData data = TestData.shared();
        authorId = data.user(AUTHOR, "trainer");
        data.user(PARTICIPANT, "participant");
        data.post("Leading with purpose", "published", authorId, "dQw4w9WgXcQ");
        data.post("Secret plans", "draft", authorId, null);
    }

    @Test
    void theBlogListsPublishedPostsWithTheirTagsAndTheFeed() {
        String page = html(mvc.get().uri("/blog").exchange());
        assertThat(page)
                .contains(
                        "Leading with purpose",
                        "href=\"/blog/leading-with-purpose\"",
                        "href=\"/blog/feed.xml?lang=en\"")
                .contains("href=\"/blog?tag=leadership\"")
                .doesNotContain("Secret plans");
        assertThat(html(mvc.get()
                        .uri("/blog")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                        .exchange()))
                .contains("Flux RSS", "Rechercher dans les articles");
    }

    @Test
    void htmxGetsOnlyTheListForASearch() {
        MvcTestResult result =
                mvc.get().uri("/blog?q=purpos").header("HX-Request", "true").exchange();
        String fragment = html(result);
        assertThat(fragment)
                .contains("id=\"blog-posts\"", "Leading with purpose")
                .doesNotContain("<html");
        assertThat(html(mvc.get()
                        .uri("/blog?q=zzzzqqq")
                        .header("HX-Request", "true")
                        .exchange()))
                .doesNotContain("Leading with purpose");
    }

    @Test
    void thePostPageEmbedsTheVideoLazilyWithoutCookies() {
        String page = html(mvc.get().uri("/blog/leading-with-purpose").exchange());
        assertThat(page)
                .contains("src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"", "loading=\"lazy\"")
                .contains("http://localhost:8080/blog/leading-with-purpose", "href=\"/blog?tag=leadership\"")
                .contains("/blog/feed.xml")
                .as("a responsive frame, no fixed width")
                .doesNotContain("width=\"640\"");
        assertThat(page).as("counted once, and said in the singular").contains("1 view<");
    }

    @Test
    void theVideoStartsWhereThePastedAddressSaid() {
        int post = TestData.shared().post("Start at thirty", "published", authorId, "dQw4w9WgXcQ");
        jdbc.sql("UPDATE blog_posts SET youtube_video_url = 'https://youtu.be/dQw4w9WgXcQ?t=30' WHERE id = ?")
                .param(post)
                .update();
        assertThat(html(mvc.get().uri("/blog/start-at-thirty").exchange()))
                .contains("src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=30\"");
    }

    @Test
    void draftsAreNotFoundForVisitorsButShownToTheirAuthor() {
        assertThat(mvc.get().uri("/blog/secret-plans").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/blog/secret-plans").cookie(Logins.pageSession(mvc, PARTICIPANT)))
                .hasStatus(404);
        assertThat(html(mvc.get().uri("/blog/secret-plans").cookie(Logins.pageSession(mvc, AUTHOR))))
                .contains("Secret plans", "visible only to its author");
    }

    @Test
    void anAuthorWritesAndPublishesAPostThroughTheForm() {
        Cookie session = Logins.pageSession(mvc, AUTHOR);
        assertThat(html(mvc.get().uri("/blog/manage/new").cookie(session))).contains("Write a post");

        MvcTestResult created = mvc.post()
                .uri("/blog/manage/new")
                .cookie(session)
                .with(csrf())
                .param("title", "Written on the page")
                .param("content", "Some **Markdown**")
                .param("tags", "Leadership, youth")
                .param("youtubeVideoUrl", "https://www.youtube.com/shorts/dQw4w9WgXcQ")
                .param("action", "publish")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String edit = created.getResponse().getRedirectedUrl();
        assertThat(html(mvc.get().uri(edit).cookie(session))).contains("The post is published.");

        String page = html(mvc.get().uri("/blog/written-on-the-page").exchange());
        assertThat(page).contains("<strong>Markdown</strong>", "youtube-nocookie.com/embed/dQw4w9WgXcQ", "youth");
    }

    @Test
    void aRefusedFormShowsTheFieldProblem() {
        String page = html(mvc.post()
                .uri("/blog/manage/new")
                .cookie(Logins.pageSession(mvc, AUTHOR))
                .with(csrf())
                .param("title", "Bad video")
                .param("content", "Words")
                .param("youtubeVideoUrl", "https://vimeo.com/1")
                .exchange());
        assertThat(page).contains("Not a YouTube video address");
    }

    @Test
    void thePreviewIsSanitisedHtml() {
        String preview = html(mvc.post()
                .uri("/blog/manage/preview")
                .cookie(Logins.pageSession(mvc, AUTHOR))
                .with(csrf())
                .header("HX-Request", "true")
                .param("content", "**Bold** <script>alert(1)</script><img src=x onerror=alert(1)>")
                .exchange());
        assertThat(preview).contains("<strong>Bold</strong>").doesNotContain("<script", "onerror");
    }

    @Test
    void participantsCannotWrite() {
        Cookie session = Logins.pageSession(mvc, PARTICIPANT);
        assertThat(mvc.get().uri("/blog/manage").cookie(session)).hasStatus(403);
        assertThat(mvc.get().uri("/blog/manage/new").cookie(session)).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/blog/manage/preview")
                        .cookie(session)
                        .with(csrf())
                        .param("content", "x"))
                .hasStatus(403);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        MvcTestResult result = mvc.get().uri("/blog/manage").exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void theAuthorsListShowsTheirPostsWhateverTheirStatus() {
        String page = html(mvc.get().uri("/blog/manage").cookie(Logins.pageSession(mvc, AUTHOR)));
        assertThat(page).contains("Leading with purpose", "Secret plans", "Draft");
    }

    private static String html(MvcTestResult result) {
        return Logins.html(result);
    }

    private static String html(MockMvcTester.MockMvcRequestBuilder request) {
        return Logins.html(request.exchange());
    }
}
