package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A newcomer registers, confirms the address from the email, signs in, switches to French and signs out. */
@PlatformTest
class AccountBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void newcomerRegistersVerifiesSignsInChangesLanguageAndSignsOut() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.get(url("/?lang=en"));

        page.findElement(By.linkText("Register")).click();
        waitFor(page, ExpectedConditions.presenceOfElementLocated(By.name("firstName")));
        page.findElement(By.name("firstName")).sendKeys("Nadia");
        page.findElement(By.name("lastName")).sendKeys("Fotso");
        page.findElement(By.name("email")).sendKeys("nadia.fotso@example.com");
        page.findElement(By.name("phone")).sendKeys("+237 655 44 33 22");
        page.findElement(By.name("password")).sendKeys("Nadia-Fotso-2026");
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(
                page,
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Your account is created"));

        String link = Mailbox.link(Mailbox.awaitMailTo("nadia.fotso@example.com", "Confirm your email address"));
        page.get(link.replace("http://localhost:8080", url("")));
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(
                page,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("verified"), "Your email address is confirmed."));

        page.findElement(By.cssSelector("#verified a")).click();
        waitFor(page, ExpectedConditions.urlContains("/login"));
        page.findElement(By.name("email")).sendKeys("nadia.fotso@example.com");
        page.findElement(By.name("password")).sendKeys("Nadia-Fotso-2026");
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), "My space"));
        page.findElement(By.linkText("My account")).click();
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), "My account"));
        assertThat(page.findElement(By.tagName("main")).getText())
                .contains("nadia.fotso@example.com", "Email confirmed");

        page.findElement(By.linkText("FR")).click();
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), "Mon compte"));

        page.findElement(By.xpath("//button[normalize-space()='Se déconnecter']"))
                .click();
        waitFor(page, ExpectedConditions.urlContains("loggedOut"));
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Vous êtes déconnecté.");
        page.get(url("/account"));
        assertThat(page.getCurrentUrl()).endsWith("/login");
    }

    private static void waitFor(WebDriver page, org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(page, Duration.ofSeconds(10)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
