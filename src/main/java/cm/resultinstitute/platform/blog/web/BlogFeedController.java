package cm.resultinstitute.platform.blog.web;

import cm.resultinstitute.platform.blog.BlogPosts;
import cm.resultinstitute.platform.blog.PostView;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The RSS 2.0 feed of the newest published posts, with absolute links, for feed readers and the pages alike; one
 * feed per language ({@code ?lang=fr}), each post in it translated where it is.
 */
@RestController
@Tag(name = "Blog")
class BlogFeedController {

    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final BlogPosts posts;
    private final AppProperties properties;
    private final MessageSource messages;

    BlogFeedController(BlogPosts posts, AppProperties properties, MessageSource messages) {
        this.posts = posts;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping({ApiPaths.V1 + "/blog/feed.xml", "/blog/feed.xml"})
    @ApiResponse(
            responseCode = "200",
            description = "RSS 2.0",
            content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = "string")))
    ResponseEntity<String> feed(Locale locale) throws XMLStreamException {
        Language reader = Language.of(locale, Language.EN);
        return ResponseEntity.ok()
                .contentType(RSS)
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.code())
                .body(rss(posts.feed(reader), reader, locale));
    }

    private String rss(List<PostView> items, Language reader, Locale locale) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("atom", ATOM);
        xml.writeStartElement("channel");
        element(xml, "title", messages.getMessage("blog.feed.title", null, locale));
        element(xml, "link", properties.link("/blog?lang=" + reader.code()));
        element(xml, "description", messages.getMessage("blog.feed.description", null, locale));
        element(xml, "language", reader.code());
        xml.writeEmptyElement("atom", "link", ATOM);
        xml.writeAttribute("href", properties.link(ApiPaths.V1 + "/blog/feed.xml?lang=" + reader.code()));
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("type", "application/rss+xml");
        if (!items.isEmpty() && items.get(0).publishedAt() != null) {
            element(xml, "lastBuildDate", date(items.get(0)));
        }
        for (PostView post : items) {
            String link = properties.link("/blog/" + post.slug() + "?lang=" + reader.code());
            xml.writeStartElement("item");
            element(xml, "title", post.title());
            element(xml, "link", link);
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(link);
            xml.writeEndElement();
            if (post.publishedAt() != null) {
                element(xml, "pubDate", date(post));
            }
            if (post.excerpt() != null) {
                // Feed readers render a description as HTML: escaped, the excerpt reads as the blog page shows it,
                // text whatever markup it holds.
                element(xml, "description", HtmlUtils.htmlEscape(post.excerpt(), "UTF-8"));
            }
            if (post.category() != null) {
                element(xml, "category", post.categoryName());
            }
            for (String tag : post.tags()) {
                element(xml, "category", tag);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /** RSS dates are RFC 822 dates. */
    private static String date(PostView post) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(post.publishedAt().atOffset(ZoneOffset.UTC));
    }

    /** XML 1.0 cannot carry control characters, even escaped: they are left out. */
    private static String xmlText(String text) {
        return text == null
                ? ""
                : text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "");
    }
}
