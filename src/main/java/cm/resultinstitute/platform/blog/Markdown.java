package cm.resultinstitute.platform.blog;

import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * Posts are written in Markdown (CommonMark) and shown as HTML that went through the OWASP sanitiser: text, links,
 * images, lists, quotes, code and tables survive; scripts, styles, frames, event handlers and {@code javascript:} or
 * {@code data:} addresses never do.
 */
final class Markdown {

    static final int EXCERPT_LENGTH = 300;

    /**
     * How deep quotes in quotes, lists in lists or emphasis in emphasis may go. The renderers recurse, so a content
     * of 20,000 {@code >} would overflow the stack: such content is refused when it is written.
     */
    static final int DEEPEST = 100;

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+-]{1,30}");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "blockquote",
                    "pre",
                    "code",
                    "em",
                    "strong",
                    "del",
                    "s",
                    "sup",
                    "sub",
                    "ul",
                    "ol",
                    "li",
                    "a",
                    "img",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("src", "alt", "title")
            .onElements("img")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,9}"))
            .onElements("ol")
            .allowAttributes("class")
            .matching(CODE_LANGUAGE)
            .onElements("code")
            .toFactory();

    private Markdown() {}

    /** Whether the content nests deeper than {@link #DEEPEST} levels. */
    static boolean tooDeep(String markdown) {
        return markdown != null && nestsDeeperThan(PARSER.parse(markdown), DEEPEST);
    }

    /**
     * The content as HTML that is safe to put in a page as it is. Content stored before {@link #DEEPEST} was
     * enforced and nesting deeper than it is shown as its text.
     */
    static String html(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        if (nestsDeeperThan(document, DEEPEST)) {
            return "<p>" + HtmlUtils.htmlEscape(markdown) + "</p>";
        }
        return POLICY.sanitize(RENDERER.render(document));
    }

    /** The words of the content, without markup or raw HTML, on one line. */
    static String plainText(String markdown) {
        if (markdown == null) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        if (nestsDeeperThan(document, DEEPEST)) {
            return markdown.replaceAll("\\s+", " ").trim();
        }
        PlainText text = new PlainText();
        document.accept(text);
        return text.out.toString().replaceAll("\\s+", " ").trim();
    }

    /** Walks the tree without recursion, which is the point. */
    private static boolean nestsDeeperThan(Node root, int deepest) {
        Node node = root;
        int depth = 0;
        while (true) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > deepest) {
                    return true;
                }
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node == root) {
                return false;
            }
            node = node.getNext();
        }
    }

    /** The first 300 characters of the plain text (as PRODUCT.md says); {@code null} when there is no text. */
    static String excerpt(String markdown) {
        String text = plainText(markdown);
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) <= EXCERPT_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT_LENGTH)); // characters, not UTF-16 units
    }

    private static final class PlainText extends AbstractVisitor {

        private final StringBuilder out = new StringBuilder();

        /** Inside an inline {@code <script>} or {@code <style>}: its text is code the page never shows. */
        private boolean hidden;

        @Override
        public void visit(Text text) {
            if (!hidden) {
                out.append(text.getLiteral());
            }
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(Paragraph paragraph) {
            block(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            block(heading);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            out.append(code.getLiteral()).append(' ');
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            out.append(code.getLiteral()).append(' ');
        }

        @Override
        public void visit(HtmlBlock html) {
            // Raw HTML is markup, not words.
        }

        @Override
        public void visit(HtmlInline html) {
            // Raw HTML is markup, not words.
            String tag = html.getLiteral().toLowerCase(Locale.ROOT);
            if (tag.startsWith("<script") || tag.startsWith("<style")) {
                hidden = true;
            } else if (tag.startsWith("</script") || tag.startsWith("</style")) {
                hidden = false;
            }
        }

        private void block(Node node) {
            visitChildren(node);
            out.append(' ');
        }
    }
}
