package cm.resultinstitute.platform.enrollments.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedPostgres;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a phone (360 px wide), a participant whose address is not verified opens a training: instead of "Enrol" the page
 * says why, and its button mails a new link.
 */
@PlatformTest
class UnverifiedEnrolmentBrowserTest {

    static final String TITLE = "Speaking With Confidence";
    static final String EMAIL = "unverified@browser.test";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeAll
    static void aTrainingAndAnUnverifiedParticipant() {
        TestData data = TestData.shared();
        int trainer = data.user("trainer@browser.test", "trainer");
        data.training(TITLE, "published", LocalDate.now(), LocalDate.now().plusDays(20), trainer);
        int participant = data.user(EMAIL, "participant");
        JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE))
                .sql("UPDATE users SET email_verified = FALSE WHERE id = ?")
                .param(participant)
                .update();
    }

    @Test
    void anUnverifiedParticipantSeesWhyAndAsksForTheLinkAgainOnAPhone() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.manage().window().setSize(new Dimension(360, 800));
        try {
            page.get(url("/login?lang=en"));
            page.findElement(By.name("email")).sendKeys(EMAIL);
            page.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
            page.findElement(By.cssSelector("main form button[type=submit]")).click();
            waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), "My space"));

            page.get(url("/trainings/speaking-with-confidence"));
            waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), TITLE));
            assertThat(((Number) script(page, "return window.innerWidth;")).intValue())
                    .as("the window is phone-sized")
                    .isLessThanOrEqualTo(360);
            WebElement offer = page.findElement(By.id("verify-to-enrol"));
            assertThat(offer.getText()).contains("To enrol, confirm your email address first", EMAIL);
            assertThat(page.findElements(By.xpath("//button[normalize-space()='Enrol']")))
                    .isEmpty();
            WebElement resend = offer.findElement(By.xpath(".//button[normalize-space()='Send the link again']"));
            assertThat(resend.isDisplayed()).isTrue();
            assertThat(resend.getRect().getX() + resend.getRect().getWidth())
                    .as("the button fits in the window")
                    .isLessThanOrEqualTo(360);
            assertNoSidewaysScrolling(page);

            resend.click();

            waitFor(
                    page,
                    ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("[role=status]"), "A new link is on its way to " + EMAIL));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
            assertNoSidewaysScrolling(page);
            assertThat(Mailbox.link(Mailbox.awaitMailTo(EMAIL, "Confirm your email address")))
                    .contains("/verify-email?token=");
        } finally {
            page.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static void assertNoSidewaysScrolling(WebDriver page) {
        long overflow = ((Number) script(
                        page, "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
        Object wide = script(
                page,
                "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right"
                        + " > document.documentElement.clientWidth).map(e => e.tagName + '.' + e.className + '#' + e.id"
                        + " + ':' + Math.round(e.getBoundingClientRect().right)).join(', ');");
        assertThat(overflow).as("nothing wider than the screen: " + wide).isLessThanOrEqualTo(0);
    }

    private static Object script(WebDriver page, String script) {
        return ((JavascriptExecutor) page).executeScript(script);
    }

    private static void waitFor(WebDriver page, ExpectedCondition<?> condition) {
        new WebDriverWait(page, Duration.ofSeconds(10)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
