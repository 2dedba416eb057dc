package cm.resultinstitute.platform.enrollments.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a phone, a participant whose address is not confirmed opens a training: instead of "Enrol" the page says why,
 * and "Send the link again" mails a new link.
 */
@PlatformTest
class UnverifiedAddressBrowserTest {

    static final String TITLE = "Youth Entrepreneurship Bootcamp";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void aPublishedTrainingAndAnUnverifiedParticipant() {
        TestData data = TestData.shared();
        int trainer = data.user("trainer@unverified-browser.test", "trainer");
        data.training(TITLE, "published", LocalDate.now(), LocalDate.now().plusDays(20), trainer);
        data.user("kevin@unverified-browser.test", "participant");
    }

    @Test
    void anUnverifiedParticipantIsToldWhyAndAsksForANewLinkOnA360PixelScreen() {
        jdbc.sql("UPDATE users SET email_verified = FALSE WHERE email = 'kevin@unverified-browser.test'")
                .update();
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.manage().window().setSize(new Dimension(360, 800));
        page.get(url("/login?lang=en"));
        page.findElement(By.name("email")).sendKeys("kevin@unverified-browser.test");
        page.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), "My account"));

        page.get(url("/trainings"));
        page.findElement(By.linkText(TITLE)).click();
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), TITLE));

        String offer = page.findElement(By.id("verify-to-enrol")).getText();
        assertThat(offer).contains("confirm your email address", "kevin@unverified-browser.test");
        assertThat(page.findElements(By.xpath("//button[normalize-space()='Enrol']")))
                .isEmpty();
        assertThat(page.findElements(By.id("verification-banner")))
                .as("the page offers the link itself: no banner on top")
                .isEmpty();
        assertThat(rightEdgeOf(page, "#verify-to-enrol"))
                .as("the notice and its button fit a 360-px screen")
                .isLessThanOrEqualTo(360);
        assertThat(rightEdgeOf(page, "#verify-to-enrol button")).isLessThanOrEqualTo(360);

        page.findElement(By.cssSelector("#verify-to-enrol button[type=submit]")).click();
        waitFor(
                page,
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "on its way"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
        assertThat(Mailbox.decoded(Mailbox.awaitMailTo("kevin@unverified-browser.test", "Confirm your email address")))
                .contains("/verify-email?token=");
    }

    private static double rightEdgeOf(WebDriver page, String selector) {
        return ((Number) ((JavascriptExecutor) page)
                        .executeScript(
                                "return document.querySelector(arguments[0]).getBoundingClientRect().right;", selector))
                .doubleValue();
    }

    private static void waitFor(WebDriver page, org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(page, Duration.ofSeconds(10)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
