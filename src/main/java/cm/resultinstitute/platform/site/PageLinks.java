package cm.resultinstitute.platform.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives the layout the links of its language and colour switches: the page being shown, with its query kept and only
 * {@code lang} or {@code theme} changed, so that switching keeps the search.
 */
class PageLinks implements HandlerInterceptor {

    private final String baseUrl;

    PageLinks(URI baseUrl) {
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (!writesAPage(page)) {
            return;
        }
        Map<String, String> languageLinks = links(request, "lang", List.of("en", "fr"));
        page.addObject("languageLinks", languageLinks);
        // The same page in each language, for search engines: absolute, at the address people use.
        Map<String, String> alternates = new LinkedHashMap<>();
        languageLinks.forEach((language, link) -> alternates.put(language, baseUrl + link));
        page.addObject("alternateLinks", alternates);
        page.addObject("schemeLinks", links(request, ColourSchemes.PARAMETER, List.of("light", "dark", "system")));
    }

    /** A page is written, rather than a redirect (whose model would end up in its query). */
    static boolean writesAPage(ModelAndView page) {
        return page != null
                && page.getViewName() != null
                && !page.getViewName().startsWith("redirect:")
                && !page.getViewName().startsWith("forward:");
    }

    private static Map<String, String> links(HttpServletRequest request, String name, List<String> values) {
        Map<String, String> links = new LinkedHashMap<>();
        values.forEach(value -> links.put(value, with(request, name, value)));
        return links;
    }

    /** The current path and query, with {@code name} set to {@code value} (replacing any value it had). */
    static String with(HttpServletRequest request, String name, String value) {
        // The query stays encoded as the browser sent it: built back without encoding it twice.
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam(name, value)
                .build()
                .toUriString();
    }
}
