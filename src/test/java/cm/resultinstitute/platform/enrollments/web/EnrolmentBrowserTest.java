package cm.resultinstitute.platform.enrollments.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A participant signs in, opens a published training from the catalogue, enrols, and finds it in their space. */
@PlatformTest
class EnrolmentBrowserTest {

    static final String TITLE = "Leading Teams with Purpose";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeAll
    static void aPublishedTraining() {
        TestData data = TestData.shared();
        int trainer = data.user("browser-trainer@enrolment.test", "trainer");
        int training = data.training(
                TITLE, "published", LocalDate.now(), LocalDate.now().plusDays(20), trainer);
        data.limitSeats(training, 10);
        data.session(training, "Opening Circle", Instant.now().plus(3, ChronoUnit.DAYS), 120);
        data.user("amina@enrolment.test", "participant");
    }

    @Test
    void participantEnrolsInATrainingAndSeesItInTheirSpace() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.get(url("/login?lang=en"));
        page.findElement(By.name("email")).sendKeys("amina@enrolment.test");
        page.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), "My space"));

        page.findElement(By.linkText("Trainings")).click();
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), "Trainings"));
        page.findElement(By.linkText(TITLE)).click();
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), TITLE));
        assertThat(page.findElement(By.id("seats")).getText()).isEqualTo("10 seats left of 10");

        page.findElement(By.xpath("//button[normalize-space()='Enrol']")).click();
        waitFor(
                page,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("enrolment"), "You are enrolled in this training."));
        assertThat(page.findElement(By.id("seats")).getText()).isEqualTo("9 seats left of 10");

        page.findElement(By.linkText("My space")).click();
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), "My space"));
        assertThat(page.findElement(By.id("my-trainings")).getText()).contains(TITLE, "Active", "0 %");
        assertThat(page.findElement(By.id("my-sessions")).getText()).contains("Opening Circle");
    }

    private static void waitFor(WebDriver page, ExpectedCondition<?> condition) {
        new WebDriverWait(page, Duration.ofSeconds(10)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
