package cm.resultinstitute.platform.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;

/** Posts in English and French: the reader's language through the API, the pages and the feeds; the author's form. */
@PlatformTest
class PostLanguagesTest {

    static SignedIn author;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    int translated;
    int untranslated;

    @BeforeAll
    static void anAuthor(@Autowired MockMvcTester mvc) {
        author = Logins.newUser(mvc, "author@post-languages.test", "trainer");
    }

    @BeforeEach
    void twoPosts() {
        jdbc.sql("DELETE FROM blog_posts").update();
        translated = JsonPath.read(Logins.body(create("""
                        {"title": "Leading with purpose", "content": "Start with **why**.", "status": "published",
                         "category": "Leadership Training",
                         "translations": {"fr": {"title": "Diriger avec un cap", "content": "Commencez par **pourquoi**."}}}""")), "$.id");
        untranslated = JsonPath.read(Logins.body(create("""
                        {"title": "Budget basics", "content": "Count twice.", "status": "published"}""")), "$.id");
    }

    @Test
    void theApiServesTheReadersLanguageAndFallsBackToTheOriginal() {
        MvcTestResult french = read("/api/v1/blog/posts/" + translated + "?lang=fr", null);
        assertThat(french).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(french).bodyJson().extractingPath("$.title").isEqualTo("Diriger avec un cap");
        assertThat(french).bodyJson().extractingPath("$.contentHtml").asString().contains("<strong>pourquoi</strong>");
        assertThat(french).bodyJson().extractingPath("$.excerpt").isEqualTo("Commencez par pourquoi.");
        assertThat(french).bodyJson().extractingPath("$.language").isEqualTo("fr");
        assertThat(french).bodyJson().extractingPath("$.categoryName").isEqualTo("Formation au leadership");

        assertThat(read("/api/v1/blog/posts/" + untranslated, "fr-FR"))
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en")
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Budget basics");

        MvcTestResult list = read("/api/v1/blog/posts?sort=title,asc", "fr");
        assertThat(list).hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(JsonPath.<List<String>>read(Logins.body(list), "$.content[*].title"))
                .containsExactly("Budget basics", "Diriger avec un cap");
        assertThat(JsonPath.<List<String>>read(
                        Logins.body(read("/api/v1/blog/posts?q=pourquoi", "en")), "$.content[*].title"))
                .as("search finds a post by its translation")
                .containsExactly("Leading with purpose");
        assertThat(read("/api/v1/blog/posts/" + translated + "?translations=all", null))
                .bodyJson()
                .extractingPath("$.translations.fr.title")
                .isEqualTo("Diriger avec un cap");
    }

    @Test
    void theAuthorChangesAndRemovesATranslationAndBadOnesAre400() {
        assertThat(patch(untranslated, "{\"translations\": {\"fr\": {\"title\": \"Sans contenu\"}}}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("translations[fr].content");
        assertThat(
                        patch(
                                untranslated,
                                "{\"translations\": {\"fr\": {\"title\": \"Le budget\", \"content\": \"Compter deux fois.\"}}}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.translations.fr.excerpt")
                .isEqualTo("Compter deux fois.");
        assertThat(patch(untranslated, "{\"translations\": {\"en\": {\"title\": \"x\", \"content\": \"y\"}}}"))
                .hasStatus(400);
        assertThat(patch(untranslated, "{\"translations\": {\"fr\": null}}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.translations")
                .isEqualTo(Map.of());
    }

    @Test
    void eachLanguageHasItsFeed() throws Exception {
        MvcTestResult result = mvc.get().uri("/blog/feed.xml?lang=fr").exchange();
        assertThat(result).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        Document feed = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(Logins.body(result).getBytes(StandardCharsets.UTF_8)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/rss/channel/language", feed)).isEqualTo("fr");
        assertThat(xpath.evaluate("/rss/channel/item[link[contains(., 'leading-with-purpose')]]/title", feed))
                .isEqualTo("Diriger avec un cap");
        assertThat(xpath.evaluate("/rss/channel/item[title='Diriger avec un cap']/link", feed))
                .endsWith("/blog/leading-with-purpose?lang=fr");
        assertThat(xpath.evaluate("/rss/channel/item[link[contains(., 'budget-basics')]]/title", feed))
                .isEqualTo("Budget basics");

        Document english = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(
                        Logins.body(mvc.get().uri("/blog/feed.xml?lang=en").exchange())
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(xpath.evaluate("/rss/channel/language", english)).isEqualTo("en");
        assertThat(xpath.evaluate("/rss/channel/item[link[contains(., 'leading-with-purpose')]]/title", english))
                .isEqualTo("Leading with purpose");
    }

    @Test
    void thePagesShowTheReadersLanguageAndSayWhenAPostIsNotTranslated() {
        assertThat(page("/blog/leading-with-purpose", "fr"))
                .contains("<h1>Diriger avec un cap</h1>")
                .contains("Formation au leadership", "<strong>pourquoi</strong>")
                .doesNotContain("not-translated");
        assertThat(page("/blog/budget-basics", "fr"))
                .contains("<h1 lang=\"en\">Budget basics</h1>", "id=\"not-translated\"");
        assertThat(page("/blog", "fr")).contains("Diriger avec un cap", "Budget basics");
        assertThat(page("/", "fr")).contains("Diriger avec un cap");
    }

    @Test
    void theAuthorWritesBothLanguagesInOneFormWithAPreviewForEach() throws Exception {
        Cookie session = Logins.pageSession(mvc, "author@post-languages.test");
        MvcTestResult created = mvc.post()
                .uri("/blog/manage/new")
                .cookie(session)
                .with(csrf())
                .param("title", "Saving first")
                .param("content", "Put some aside.")
                .param("originalLanguage", "en")
                .param("translatedTitle", "Épargner d'abord")
                .param("translatedContent", "Mettez de côté.")
                .param("action", "publish")
                .exchange();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/blog/manage/\\d+");
        int id = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT title FROM blog_post_translations WHERE post_id = ? AND language = 'fr'")
                        .params(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Épargner d'abord");
        assertThat(Logins.html(mvc.get().uri(location).cookie(session).exchange()))
                .contains(
                        "value=\"Saving first\"",
                        "value=\"&Eacute;pargner d&#39;abord\"",
                        "Mettez de c&ocirc;t&eacute;.");

        String refused = mvc.post()
                .uri(location)
                .cookie(session)
                .with(csrf())
                .param("title", "Saving first")
                .param("content", "Put some aside.")
                .param("originalLanguage", "en")
                .param("translatedTitle", "Titre seul")
                .param("translatedContent", "")
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(refused).as("a translation needs its content").contains("aria-invalid=\"true\"");

        assertThat(Logins.html(mvc.get().uri("/blog/manage").cookie(session).exchange()))
                .as("the author sees which posts wait for their translation")
                .contains("Budget basics", "Not yet translated into French");
        assertThat(mvc.post()
                        .uri("/blog/manage/preview?translation=true")
                        .cookie(session)
                        .with(csrf())
                        .param("content", "**original**")
                        .param("translatedContent", "**traduit**")
                        .exchange()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"translation-preview\"", "<strong>traduit</strong>")
                .doesNotContain("original");
    }

    private MvcTestResult create(String json) {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/blog/posts")
                .header(HttpHeaders.AUTHORIZATION, author.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
        assertThat(created).hasStatus(201);
        return created;
    }

    private MvcTestResult patch(int id, String json) {
        return mvc.patch()
                .uri("/api/v1/blog/posts/" + id)
                .header(HttpHeaders.AUTHORIZATION, author.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private MvcTestResult read(String uri, String acceptLanguage) {
        var request = mvc.get().uri(uri);
        if (acceptLanguage != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return request.exchange();
    }

    private String page(String path, String language) {
        return Logins.html(mvc.get()
                .uri(path)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .exchange());
    }
}
