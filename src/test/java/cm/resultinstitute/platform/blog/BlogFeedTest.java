package cm.resultinstitute.platform.blog;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The RSS 2.0 feed: valid XML, the 20 newest published posts, escaped text and absolute links. */
@PlatformTest
class BlogFeedTest {

    static final String EXCERPT = "1 < 2 & 3 > 2 <script>alert(1)</script><img src=x onerror=\"alert(2)\"> Q&A";

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void posts() {
        TestData data = TestData.shared();
        int author = data.user("author@feed.test", "trainer");
        JdbcClient jdbc = JdbcClient.create(cm.resultinstitute.platform.test.SharedPostgres.dataSource(
                cm.resultinstitute.platform.test.SharedPostgres.DATABASE));
        for (int i = 1; i <= 25; i++) {
            int id = data.post("Post number " + i, "published", author, null);
            jdbc.sql("UPDATE blog_posts SET published_at = ? WHERE id = ?")
                    .params(Timestamp.from(Instant.parse("2026-01-01T09:00:00Z").plusSeconds(3600L * i)), id)
                    .update();
        }
        int tricky = data.post("Tricky", "published", author, null);
        jdbc.sql("UPDATE blog_posts SET title = ?, excerpt = ?, published_at = ? WHERE id = ?")
                .params(
                        "Ventes & marges <b>\"fortes\"</b> \u0001",
                        EXCERPT,
                        Timestamp.from(Instant.parse("2026-06-01T09:00:00Z")),
                        tricky)
                .update();
        data.post("Not yet", "draft", author, null);
    }

    @Test
    void theFeedIsValidRssOfTheTwentyNewestPublishedPosts() throws Exception {
        for (String path : new String[] {"/api/v1/blog/feed.xml", "/blog/feed.xml"}) {
            MvcTestResult result = mvc.get().uri(path).exchange();
            assertThat(result).hasStatusOk();
            assertThat(result.getResponse().getContentType()).startsWith("application/rss+xml");
            Document feed = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(Logins.body(result).getBytes(StandardCharsets.UTF_8)));
            XPath xpath = XPathFactory.newInstance().newXPath();
            assertThat(xpath.evaluate("/rss/@version", feed)).isEqualTo("2.0");
            NodeList items = (NodeList) xpath.evaluate("/rss/channel/item", feed, XPathConstants.NODESET);
            assertThat(items.getLength()).isEqualTo(20);
            assertThat(xpath.evaluate("/rss/channel/item[1]/title", feed))
                    .isEqualTo("Ventes & marges <b>\"fortes\"</b> ");
            assertThat(xpath.evaluate("/rss/channel/item[1]/description", feed))
                    .isEqualTo("1 &lt; 2 &amp; 3 &gt; 2 &lt;script&gt;alert(1)&lt;/script&gt;"
                            + "&lt;img src=x onerror=&quot;alert(2)&quot;&gt; Q&amp;A");
            assertThat(xpath.evaluate("/rss/channel/item[2]/title", feed)).isEqualTo("Post number 25");
            assertThat(xpath.evaluate("/rss/channel/item[2]/link", feed))
                    .isEqualTo("http://localhost:8080/blog/post-number-25?lang=en");
            assertThat(xpath.evaluate("/rss/channel/item[2]/pubDate", feed)).isEqualTo("Fri, 2 Jan 2026 10:00:00 GMT");
            assertThat(xpath.evaluate("/rss/channel/link", feed)).isEqualTo("http://localhost:8080/blog?lang=en");
            assertThat(Logins.body(result)).doesNotContain("Not yet", "Post number 5<");
        }
    }

    /**
     * A feed reader renders a description as HTML: it must hold the excerpt escaped exactly as the blog page writes it,
     * so that the reader shows the same text and runs nothing.
     */
    @Test
    void theExcerptIsEscapedAsOnTheBlogPage() throws Exception {
        String page = Logins.html(mvc.get().uri("/blog").exchange());
        MvcTestResult result = mvc.get().uri("/blog/feed.xml").exchange();
        Document feed = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(Logins.body(result).getBytes(StandardCharsets.UTF_8)));
        String description = XPathFactory.newInstance().newXPath().evaluate("/rss/channel/item[1]/description", feed);

        assertThat(page).contains("<p>" + description + "</p>");
        assertThat(description).doesNotContain("<", ">", "\"").contains("&lt;script&gt;", "&lt;img", "Q&amp;A");
    }
}
