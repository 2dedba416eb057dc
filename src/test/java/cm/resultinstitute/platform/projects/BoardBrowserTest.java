package cm.resultinstitute.platform.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A trainer drags a card to "done" on the board, and after a reload the board shows it there. */
@PlatformTest
class BoardBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aTrainerDragsATaskToDoneAndTheBoardKeepsItThere() {
        SignedIn trainer = Logins.newUser(mvc, "trainer@dragging.test", "trainer");
        Calls api = new Calls(mvc);
        int project = Calls.read(api.post("/api/v1/projects", trainer, "{\"title\": \"Career fair\"}"), "$.id");
        int venue = Calls.read(
                api.post("/api/v1/projects/" + project + "/tasks", trainer, "{\"title\": \"Book the venue\"}"), "$.id");
        api.post("/api/v1/projects/" + project + "/tasks", trainer, "{\"title\": \"Print badges\"}");
        api.post(
                "/api/v1/projects/" + project + "/tasks",
                trainer,
                "{\"title\": \"Thank sponsors\", \"status\": \"done\"}");

        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.get(url("/login?lang=en"));
        page.findElement(By.name("email")).sendKeys(trainer.email());
        page.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(page, ExpectedConditions.urlContains("/my"));

        page.get(url("/projects/" + project));
        waitFor(page, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-todo #task-" + venue)));
        WebElement card = page.findElement(By.cssSelector("#task-" + venue + " small"));
        WebElement done = page.findElement(By.id("column-done"));
        new Actions(page)
                .clickAndHold(card)
                .pause(Duration.ofMillis(200))
                .moveByOffset(10, 10)
                .pause(Duration.ofMillis(200))
                .moveToElement(done)
                .pause(Duration.ofMillis(200))
                .moveToElement(done, 0, 30)
                .pause(Duration.ofMillis(300))
                .release()
                .perform();
        waitFor(page, ExpectedConditions.attributeToBe(By.id("board"), "data-moves", "1"));

        page.navigate().refresh();
        waitFor(page, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-done #task-" + venue)));
        assertThat(page.findElements(By.cssSelector("#column-todo #task-" + venue)))
                .isEmpty();
        assertThat(page.findElement(By.cssSelector("#column-done")).getText())
                .contains("Book the venue", "Thank sponsors");
        assertThat(jdbc.sql("SELECT completed_at IS NOT NULL FROM tasks WHERE id = ?")
                        .param(venue)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private static void waitFor(WebDriver page, ExpectedCondition<?> condition) {
        new WebDriverWait(page, Duration.ofSeconds(10)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
