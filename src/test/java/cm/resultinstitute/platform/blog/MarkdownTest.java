package cm.resultinstitute.platform.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown becomes HTML that is safe to show as it is, whatever an author (or an attacker) writes. */
class MarkdownTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<style>body{display:none}</style>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
                "<a href=\"&#106;avascript:alert(1)\">click</a>",
                "[click](javascript:alert(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<body onload=alert(1)>",
                "<div onmouseover=\"alert(1)\">hover</div>",
                "<object data=\"evil.swf\"></object>",
                "<embed src=\"evil.swf\">",
                "<form action=\"https://evil.example\"><input name=q></form>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"https://evil.example/\">",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<img src=x:alert(alt) onerror=eval(src) alt=0>"
            })
    void nothingDangerousSurvives(String payload) {
        String html = Markdown.html("Hello\n\n" + payload + "\n\nbye").toLowerCase(Locale.ROOT);
        assertThat(html)
                .doesNotContain(
                        "<script",
                        "onerror",
                        "onload",
                        "onmouseover",
                        "ontoggle",
                        "javascript:",
                        "vbscript:",
                        "data:",
                        "<iframe",
                        "<svg",
                        "<style",
                        "style=",
                        "<object",
                        "<embed",
                        "<form",
                        "<input",
                        "<meta",
                        "<base",
                        "<body")
                .contains("<p>hello</p>");
    }

    @Test
    void markdownKeepsItsFormatting() {
        String html = Markdown.html("""
                # Title

                Some *emphasis*, **strength** and `code`.

                - one
                - two

                > quoted

                [a link](https://resultinstitute.cm/about "About") and ![a picture](https://i.ytimg.com/vi/x/0.jpg)
                """);
        assertThat(html)
                .contains("<h1>Title</h1>", "<em>emphasis</em>", "<strong>strength</strong>", "<code>code</code>")
                .contains("<ul>", "<li>one</li>", "<blockquote>")
                .contains("href=\"https://resultinstitute.cm/about\"", "rel=\"nofollow noopener noreferrer\"")
                .contains("<img src=\"https://i.ytimg.com/vi/x/0.jpg\" alt=\"a picture\" />");
    }

    @Test
    void theExcerptIsPlainTextWithoutMarkupOrRawHtml() {
        assertThat(Markdown.excerpt("# Title\n\nSome **bold** <b>raw</b> [link](https://x.example).\n\n- item"))
                .isEqualTo("Title Some bold raw link. item");
        assertThat(Markdown.excerpt("<script>alert(1)</script>")).isNull();
        assertThat(Markdown.excerpt("Before <script>alert(1)</script> and <style>p{}</style>after"))
                .isEqualTo("Before and after");
    }

    @Test
    void aLongExcerptIsTheFirstThreeHundredCharacters() {
        String text = "leadership ".repeat(40).trim();
        assertThat(Markdown.excerpt(text)).isEqualTo(text.substring(0, 300));
        assertThat(Markdown.excerpt("x".repeat(400))).isEqualTo("x".repeat(300));
        assertThat(Markdown.excerpt("é".repeat(299))).isEqualTo("é".repeat(299));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOneAndAreNeverSplit() {
        String excerpt = Markdown.excerpt("😀".repeat(400));
        assertThat(excerpt.codePointCount(0, excerpt.length())).isEqualTo(300);
        assertThat(excerpt).isEqualTo("😀".repeat(300));
    }

    @Test
    void contentStoredBeforeTheNestingLimitIsShownAsItsTextWithoutOverflowingTheStack() {
        String deep = ">".repeat(50_000) + " <b>deep</b>";

        assertThat(Markdown.tooDeep(deep)).isTrue();
        assertThat(Markdown.html(deep)).startsWith("<p>&gt;&gt;").endsWith("&lt;b&gt;deep&lt;/b&gt;</p>");
        assertThat(Markdown.excerpt(deep)).hasSize(Markdown.EXCERPT_LENGTH);
        assertThat(Markdown.tooDeep(">".repeat(40) + " fine")).isFalse();
        assertThat(Markdown.html(">".repeat(40) + " fine"))
                .contains("<blockquote>")
                .contains("fine");
    }
}
