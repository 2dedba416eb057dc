package cm.resultinstitute.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin opens the reports, sees both charts drawn under the content security policy, and filters a report. */
@PlatformTest
class ReportBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeAll
    static void institute() {
        TestData.shared().user("admin@browser-reports.test", "admin");
        ReportFixtures data = ReportFixtures.shared();
        int trainer = data.person("trainer@browser-reports.test", "Ama", "Trainer", "trainer");
        int held = data.training("Held Training", "Leadership Training", "published", trainer);
        data.training("Draft Training", "Leadership Training", "draft", trainer);
        int participant = data.person("pupil@browser-reports.test", "Pupil", "One", "participant");
        data.enrol(participant, held, "active");
        data.attend(data.session(held, "completed"), participant, "present");
    }

    @Test
    void adminSeesTheChartsAndFiltersTheTrainingReport() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.get("http://localhost:" + port + "/login?lang=en");
        page.findElement(By.name("email")).sendKeys("admin@browser-reports.test");
        page.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(page, ExpectedConditions.urlContains("/my"));

        page.get("http://localhost:" + port + "/admin/reports");
        waitFor(page, driver -> drawn(driver, "enrollments-chart") && drawn(driver, "attendance-chart"));
        assertThat(page.findElement(By.id("trainings-report")).getText()).contains("Held Training", "Draft Training");

        new Select(page.findElement(By.name("status"))).selectByValue("draft");
        waitFor(page, driver -> !driver.findElement(By.id("trainings-report"))
                .getText()
                .contains("Held Training"));
        assertThat(page.findElement(By.id("trainings-report")).getText()).contains("Draft Training", "One training");
    }

    private static boolean drawn(WebDriver driver, String canvas) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "return !!(window.Chart && Chart.getChart(document.getElementById(arguments[0])));", canvas));
    }

    private static <T> void waitFor(WebDriver page, java.util.function.Function<WebDriver, T> condition) {
        // htmx swaps the table while the condition reads it: a stale element means "look again".
        new WebDriverWait(page, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
