package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor opens the home page, reads it in English, switches to French, and stays in French. */
@PlatformTest
class HomePageBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeAll
    static void aTraining() {
        TestData data = TestData.shared();
        int trainer = data.user("browser-trainer@example.com", "trainer");
        data.training(
                "Leading Teams with Purpose",
                "published",
                LocalDate.now(),
                LocalDate.now().plusDays(20),
                trainer);
    }

    @Test
    void visitorReadsTheHomePageInEnglishThenInFrench() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.get("http://localhost:" + port + "/?lang=en");

        assertThat(page.findElement(By.tagName("h1")).getText())
                .isEqualTo("Grow as a person, a leader and an entrepreneur");
        assertThat(page.findElement(By.id("trainings")).getText())
                .contains("Current and upcoming trainings")
                .contains("Leading Teams with Purpose");

        page.findElement(By.linkText("FR")).click();
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));

        assertThat(page.findElement(By.tagName("h1")).getText())
                .isEqualTo("Grandissez comme personne, comme leader et comme entrepreneur");
        assertThat(page.findElement(By.id("trainings")).getText()).contains("Formations en cours et à venir");
        assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

        page.get("http://localhost:" + port + "/");
        assertThat(page.findElement(By.id("blog")).getText()).contains("Sur le blog");
    }
}
