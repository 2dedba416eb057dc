package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The sitemap lists every public page in both languages with its alternate; robots.txt names it. */
@PlatformTest
class SiteMapTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void publicAndPrivateContent() {
        jdbc.sql("TRUNCATE users, trainings, blog_posts RESTART IDENTITY CASCADE")
                .update();
        TestData data = TestData.shared();
        int trainer = data.user("sitemap-trainer@example.com", "trainer");
        LocalDate today = LocalDate.now();
        data.training("Leading Teams", "published", today, today.plusDays(9), trainer);
        data.training("Secret Draft", "draft", today, today.plusDays(9), trainer);
        jdbc.sql("""
                        INSERT INTO blog_posts (title, slug, content, author_id, status, published_at)
                        VALUES ('Open letter', 'open-letter', 'Hello', ?, 'published', now()),
                               ('Hidden note', 'hidden-note', 'Hush', ?, 'draft', NULL)""").params(trainer, trainer).update();
    }

    @Test
    void theSitemapIsValidXmlWithEveryPublicPageInBothLanguages() throws Exception {
        MvcTestResult result = mvc.get().uri("/sitemap.xml").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document sitemap = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(Logins.body(result).getBytes(StandardCharsets.UTF_8)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Namespaces());

        List<String> locations = texts(xpath, sitemap, "/s:urlset/s:url/s:loc");
        assertThat(locations)
                .contains(
                        "http://localhost:8080/trainings/leading-teams?lang=en",
                        "http://localhost:8080/trainings/leading-teams?lang=fr",
                        "http://localhost:8080/blog/open-letter?lang=fr",
                        "http://localhost:8080/?lang=en")
                .noneMatch(location -> location.contains("secret-draft") || location.contains("hidden-note"))
                .doesNotHaveDuplicates();
        assertThat(texts(
                        xpath,
                        sitemap,
                        "/s:urlset/s:url[s:loc='http://localhost:8080/trainings/leading-teams?lang=fr']"
                                + "/x:link[@rel='alternate']/@hreflang"))
                .containsExactly("en", "fr");
        assertThat(xpath.evaluate(
                        "/s:urlset/s:url[s:loc='http://localhost:8080/trainings/leading-teams?lang=fr']"
                                + "/x:link[@hreflang='en']/@href",
                        sitemap))
                .isEqualTo("http://localhost:8080/trainings/leading-teams?lang=en");
        assertThat(xpath.evaluate(
                        "/s:urlset/s:url[s:loc='http://localhost:8080/blog/open-letter?lang=en']/s:lastmod", sitemap))
                .matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void robotsKeepOutOfPrivatePagesAndNameTheSitemap() {
        String robots = Logins.body(mvc.get().uri("/robots.txt").exchange());
        assertThat(robots)
                .contains("User-agent: *", "Disallow: /my/", "Disallow: /admin/", "Disallow: /api/")
                .contains("Sitemap: http://localhost:8080/sitemap.xml");
    }

    private static List<String> texts(XPath xpath, Document document, String expression) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static final class Namespaces implements NamespaceContext {

        @Override
        public String getNamespaceURI(String prefix) {
            return switch (prefix) {
                case "s" -> "http://www.sitemaps.org/schemas/sitemap/0.9";
                case "x" -> "http://www.w3.org/1999/xhtml";
                default -> XMLConstants.NULL_NS_URI;
            };
        }

        @Override
        public String getPrefix(String namespaceUri) {
            return null;
        }

        @Override
        public java.util.Iterator<String> getPrefixes(String namespaceUri) {
            return null;
        }
    }
}
