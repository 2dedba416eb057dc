package cm.resultinstitute.platform.site;

import cm.resultinstitute.platform.blog.BlogReader;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.PublicPage;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What search engines read first: {@code /robots.txt}, which keeps them out of the signed-in pages and names the
 * sitemap, and {@code /sitemap.xml}, every public page in each language, each naming its other-language version.
 */
@RestController
@Hidden
class SiteMap {

    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final List<String> SECTIONS = List.of("/", "/trainings", "/blog");

    private final TrainingCatalog trainings;
    private final BlogReader blog;
    private final AppProperties properties;

    SiteMap(TrainingCatalog trainings, BlogReader blog, AppProperties properties) {
        this.trainings = trainings;
        this.blog = blog;
        this.properties = properties;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return """
                User-agent: *
                Disallow: /account/
                Disallow: /admin/
                Disallow: /my/
                Disallow: /trainer/
                Disallow: /projects/
                Disallow: /blog/manage/
                Disallow: /api/
                Sitemap: %s
                """.formatted(properties.link("/sitemap.xml"));
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        List<PublicPage> pages = new ArrayList<>();
        SECTIONS.forEach(section -> pages.add(new PublicPage(section, null)));
        pages.addAll(trainings.publishedPages());
        pages.addAll(blog.publishedPages());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml(pages));
    }

    private String xml(List<PublicPage> pages) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAPS);
        xml.writeNamespace("xhtml", XHTML);
        for (PublicPage page : pages) {
            for (Language language : Language.values()) {
                xml.writeStartElement("url");
                element(xml, "loc", address(page, language));
                if (page.lastModified() != null) {
                    element(
                            xml,
                            "lastmod",
                            page.lastModified()
                                    .atOffset(ZoneOffset.UTC)
                                    .toLocalDate()
                                    .toString());
                }
                for (Language alternate : Language.values()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.code());
                    xml.writeAttribute("href", address(page, alternate));
                }
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private String address(PublicPage page, Language language) {
        return properties.link(page.path() + "?lang=" + language.code());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
