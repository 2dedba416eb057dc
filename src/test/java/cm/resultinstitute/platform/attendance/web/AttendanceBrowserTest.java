package cm.resultinstitute.platform.attendance.web;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A trainer opens a session's roster, marks two participants row by row (htmx), reloads and finds the marks. */
@PlatformTest
class AttendanceBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    static int session;
    static int amina;
    static int bruno;

    @LocalServerPort
    int port;

    @BeforeAll
    static void aSessionWithTwoParticipants(@Autowired JdbcClient jdbc) {
        TestData data = TestData.shared();
        int trainer = data.user("coach@attendance.test", "trainer");
        int training = data.training(
                "Roster in the Browser",
                "published",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(10),
                trainer);
        session = data.session(training, "Day One", Instant.now().truncatedTo(ChronoUnit.HOURS), 120);
        amina = person(jdbc, "amina@attendance.test", "Amina", "Atangana");
        bruno = person(jdbc, "bruno@attendance.test", "Bruno", "Biyong");
        data.enrol(amina, training, "active");
        data.enrol(bruno, training, "active");
    }

    @Test
    void trainerMarksTwoParticipantsAndTheMarksStay() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.get(url("/login?lang=en"));
        page.findElement(By.name("email")).sendKeys("coach@attendance.test");
        page.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), "My space"));

        page.get(url("/trainer/sessions/" + session + "/attendance"));
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), "Attendance: Day One"));
        assertThat(row(page, amina).getText()).contains("Amina Atangana", "Not marked");

        row(page, amina)
                .findElement(By.xpath(".//button[normalize-space()='Present']"))
                .click();
        waitFor(page, ExpectedConditions.textToBePresentInElementLocated(mark(amina), "Present"));
        row(page, bruno).findElement(By.name("notes")).sendKeys("Traffic on the bridge");
        row(page, bruno)
                .findElement(By.xpath(".//button[normalize-space()='Late']"))
                .click();
        waitFor(page, ExpectedConditions.textToBePresentInElementLocated(mark(bruno), "Late"));
        assertThat(page.getCurrentUrl()).endsWith("/trainer/sessions/" + session + "/attendance");

        page.navigate().refresh();
        waitFor(page, ExpectedConditions.textToBe(By.tagName("h1"), "Attendance: Day One"));
        assertThat(page.findElement(mark(amina)).getText()).isEqualTo("Present");
        assertThat(page.findElement(mark(bruno)).getText()).isEqualTo("Late");
        assertThat(row(page, bruno).findElement(By.name("notes")).getAttribute("value"))
                .isEqualTo("Traffic on the bridge");
    }

    private static WebElement row(WebDriver page, int user) {
        return page.findElement(By.id("row-" + user));
    }

    private static By mark(int user) {
        return By.cssSelector("#row-" + user + " .mark");
    }

    private static int person(JdbcClient jdbc, String email, String first, String last) {
        int id = TestData.shared().user(email, "participant");
        jdbc.sql("UPDATE users SET first_name = ?, last_name = ? WHERE id = ?")
                .params(first, last, id)
                .update();
        return id;
    }

    private static void waitFor(WebDriver page, ExpectedCondition<?> condition) {
        new WebDriverWait(page, Duration.ofSeconds(10)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
