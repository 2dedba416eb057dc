package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class HomePageTest {

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void catalogue() {
        TestData data = TestData.shared();
        int trainer = data.user("trainer@example.com", "trainer");
        LocalDate today = LocalDate.now();
        data.training("Open Leadership", "published", today.minusDays(3), today.plusDays(30), trainer);
        data.training("Secret Draft", "draft", today, today.plusDays(30), trainer);
        data.training("Finished Course", "published", today.minusDays(60), today.minusDays(30), trainer);
        data.training("Retired Course", "archived", today, today.plusDays(10), trainer);
        data.post("Published Thoughts", "published", trainer, "qp0HIF3SfI4");
        data.post("Unfinished Draft", "draft", trainer, null);
    }

    @Test
    void homeShowsPublishedTrainingsThatHaveNotEnded() {
        String page = html(mvc.get().uri("/").exchange());
        assertThat(page)
                .contains("Open Leadership")
                .doesNotContain("Secret Draft", "Finished Course", "Retired Course");
    }

    @Test
    void homeShowsPublishedPostsOnly() {
        String page = html(mvc.get().uri("/").exchange());
        assertThat(page).contains("Published Thoughts", "Video").doesNotContain("Unfinished Draft");
        assertThat(page)
                .as("each card links to its post")
                .contains("<a href=\"/blog/published-thoughts\">Published Thoughts</a>");
    }

    @Test
    void englishIsTheDefault() {
        MvcTestResult result = mvc.get().uri("/").exchange();
        assertThat(html(result)).contains("<html lang=\"en\"", "Current and upcoming trainings");
    }

    @Test
    void browserLanguageDecidesWithoutAChoice() {
        MvcTestResult result = mvc.get()
                .uri("/")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CM,fr;q=0.9,en;q=0.5")
                .exchange();
        assertThat(html(result)).contains("<html lang=\"fr\"", "Formations en cours et à venir", "Sur le blog");
    }

    @Test
    void unsupportedBrowserLanguageFallsBackToEnglish() {
        MvcTestResult result =
                mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE").exchange();
        assertThat(html(result)).contains("Current and upcoming trainings");
    }

    @Test
    void languageChosenWithLangIsRememberedInACookie() {
        MvcTestResult chosen = mvc.get()
                .uri("/?lang=fr")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange();
        assertThat(html(chosen)).contains("Formations en cours et à venir");
        Cookie cookie = chosen.getResponse().getCookie("lang");
        assertThat(cookie).isNotNull();

        MvcTestResult next = mvc.get()
                .uri("/")
                .cookie(cookie)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange();
        assertThat(html(next)).contains("Formations en cours et à venir");
    }

    @Test
    void unsupportedLanguageChoiceIsIgnored() {
        MvcTestResult result = mvc.get().uri("/?lang=de").exchange();
        assertThat(html(result)).contains("Current and upcoming trainings");
        assertThat(result.getResponse().getCookie("lang")).isNull();
    }

    @Test
    void assetsComeFromWebJarsNotACdn() {
        String page = html(mvc.get().uri("/").exchange());
        assertThat(page)
                .contains("/webjars/htmx.org/", "/webjars/picocss__pico/")
                .doesNotContain("https://cdn", "unpkg");
        assertThat(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js").exchange())
                .hasStatusOk();
        assertThat(mvc.get().uri("/webjars/picocss__pico/css/pico.min.css").exchange())
                .hasStatusOk();
    }

    private static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
