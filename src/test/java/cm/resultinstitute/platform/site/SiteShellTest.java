package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What every page stands in: its head, skip link, switches of language and colours, footer, and the base URL check. */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class SiteShellTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AppProperties properties;

    @Test
    void anAnonymousPageHoldsNothingOfItsVisitorSoThatItCanBeServedToAll() {
        for (String path : AnonymousReadCache.PAGES) {
            MvcTestResult page = mvc.get().uri(path).exchange();
            assertThat(page).hasStatusOk();
            assertThat(page.getResponse().getHeaders("Set-Cookie"))
                    .as(path + " sets no cookie")
                    .isEmpty();
            assertThat(Logins.html(page))
                    .as(path + " holds no CSRF token")
                    .doesNotContain("hx-headers", "X-CSRF-TOKEN");
        }
        Logins.newUser(mvc, "shell@site.test", "participant");
        jakarta.servlet.http.Cookie session = Logins.pageSession(mvc, "shell@site.test");
        assertThat(Logins.html(mvc.get().uri("/trainings").cookie(session).exchange()))
                .as("htmx's writes carry the token for the signed-in")
                .contains("hx-headers=\"{&quot;X-CSRF-TOKEN&quot;:");
    }

    @Test
    void theLanguageSwitchKeepsTheSearch() {
        String page = Logins.html(
                mvc.get().uri("/trainings?q=leadrship&level=beginner").exchange());

        assertThat(page)
                .contains("href=\"/trainings?q=leadrship&amp;level=beginner&amp;lang=fr\"")
                .contains("href=\"/trainings?q=leadrship&amp;level=beginner&amp;lang=en\"");
        assertThat(Logins.html(
                        mvc.get().uri(URI.create("/trainings?lang=fr&q=a%20b")).exchange()))
                .as("a switch replaces the language it had, and keeps the query as the browser encoded it")
                .contains("href=\"/trainings?q=a%20b&amp;lang=en\"")
                .doesNotContain("lang=fr&amp;q=a%20b&amp;lang");
    }

    @Test
    void theColourSchemeChosenIsKeptAndDrawnFromTheFirstPaint() {
        MvcTestResult dark = mvc.get().uri("/?theme=dark").exchange();
        assertThat(dark.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .anySatisfy(cookie -> assertThat(cookie).contains("theme=dark", "Max-Age=31536000", "SameSite=Lax"));
        assertThat(Logins.html(dark))
                .contains("<html lang=\"en\" data-theme=\"dark\">")
                .contains("aria-current=\"true\">Dark</a>");

        assertThat(Logins.html(mvc.get()
                        .uri("/blog")
                        .cookie(new Cookie("theme", "light"))
                        .exchange()))
                .contains("<html lang=\"en\" data-theme=\"light\">");

        MvcTestResult system = mvc.get()
                .uri("/?theme=system")
                .cookie(new Cookie("theme", "dark"))
                .exchange();
        assertThat(system.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .anySatisfy(cookie -> assertThat(cookie).contains("theme=system", "Max-Age=0"));
        assertThat(Logins.html(system))
                .contains("<html lang=\"en\">")
                .contains("aria-current=\"true\">As the device</a>");

        MvcTestResult unknown = mvc.get().uri("/?theme=purple").exchange();
        assertThat(unknown.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .noneMatch(cookie -> cookie.startsWith("theme="));
        assertThat(Logins.html(unknown)).contains("<html lang=\"en\">");
        assertThat(Logins.html(mvc.get()
                        .uri("/")
                        .cookie(new Cookie("theme", "\"><script>"))
                        .exchange()))
                .contains("<html lang=\"en\">");
    }

    @Test
    void theApiIsLeftOutOfThePagesSwitches() {
        MvcTestResult api = mvc.get().uri("/api/v1/trainings?theme=dark").exchange();
        assertThat(api).hasStatusOk();
        assertThat(api.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .noneMatch(cookie -> cookie.startsWith("theme="));
    }

    @Test
    void everyPageHasItsSkipLinkIconMenuButtonAndFooterLinks() {
        String page = Logins.html(mvc.get().uri("/trainings").exchange());

        assertThat(page)
                .contains("<a class=\"skip-link\" href=\"#main\">Skip to the content</a>")
                .contains("<main class=\"container\" id=\"main\" tabindex=\"-1\">")
                .contains("rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/favicon-")
                .contains("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\": false}'>")
                .contains("aria-expanded=\"false\" aria-controls=\"site-menu\"")
                .contains("<ul id=\"site-menu\" class=\"site-menu\">")
                .contains("href=\"/certificates\">Check a certificate</a>");
        assertThat(mvc.get().uri("/assets/favicon.svg").exchange())
                .hasStatusOk()
                .hasContentType("image/svg+xml");
    }

    @Test
    void aVisitByAnotherAddressWhileLinksPointToLocalhostIsLoggedOnce(CapturedOutput output) {
        // A check of its own: the context's may have seen another address in an earlier test.
        BaseUrlCheck check = new BaseUrlCheck(properties);
        check.preHandle(request("localhost"), new MockHttpServletResponse(), this);
        assertThat(output.getOut()).doesNotContain("APP_BASE_URL is not set");

        check.preHandle(request("institute.example.cm"), new MockHttpServletResponse(), this);
        check.preHandle(request("institute.example.cm"), new MockHttpServletResponse(), this);

        assertThat(output.getOut())
                .containsOnlyOnce("APP_BASE_URL is not set: the platform is reached at http://institute.example.cm");
    }

    private static MockHttpServletRequest request(String host) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setServerName(host);
        return request;
    }
}
