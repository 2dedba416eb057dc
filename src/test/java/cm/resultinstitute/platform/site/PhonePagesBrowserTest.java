package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.PageChecks;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedPostgres;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page of every role on a 360-px and a 390-px phone, in English and French, with the device in the light and in the dark
 * scheme: nothing wider than the screen, no console error, no serious or critical axe-core violation. Then the menu
 * button, the desktop header, and the roll call on a phone.
 */
@PlatformTest
class PhonePagesBrowserTest {

    static final int PHONE_WIDTH = 360;
    /** The small phone most participants have, and the common one. */
    static final List<Dimension> PHONES = List.of(new Dimension(PHONE_WIDTH, 740), new Dimension(390, 844));

    static final String TRAINER = "trainer@phone.test";
    static final String PARTICIPANT = "participant@phone.test";
    static final String ADMIN = "admin@phone.test";

    @RegisterExtension
    static Browser browser = new Browser();

    static int training;
    static int session;
    static int project;

    @LocalServerPort
    int port;

    @BeforeAll
    static void anInstitute() {
        TestData data = TestData.shared();
        JdbcClient jdbc = JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE));
        int trainer = data.user(TRAINER, "trainer");
        int participant = data.user(PARTICIPANT, "participant");
        data.user(ADMIN, "admin");
        training = data.training(
                "Leading Teams with Purpose",
                "published",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30),
                trainer);
        session = data.session(training, "Opening day", Instant.now().plus(Duration.ofHours(1)), 120);
        int past = data.session(training, "Preparation", Instant.now().minus(Duration.ofHours(20)), 60);
        data.enrol(participant, training, "active");
        data.enrol(data.user("second@phone.test", "participant"), training, "active");
        data.attended(past, participant, "present");
        // A full training with someone waiting, and a cancelled session: the waiting list and the cancelled badge show.
        data.limitSeats(training, 2);
        data.waiting(training, data.user("waiting@phone.test", "participant"), Instant.now());
        int cancelled = data.session(training, "Rained off", Instant.now().plus(Duration.ofHours(3)), 60);
        jdbc.sql("UPDATE sessions SET status = 'cancelled' WHERE id = ?")
                .param(cancelled)
                .update();
        data.post("Speaking in public", "published", trainer, "dQw4w9WgXcQ");
        project = jdbc.sql("INSERT INTO projects (title, created_by) VALUES ('Youth Bootcamp', ?) RETURNING id")
                .param(trainer)
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO tasks (project_id, title, assigned_to, order_index) VALUES (?, 'Print badges', ?, 0)")
                .params(project, participant)
                .update();
    }

    @AfterEach
    void wideAgain() {
        browser.stopEmulatingAPhone();
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.prefersColourScheme("light");
    }

    @Test
    void everyPageOfEveryRolePassesOnAPhoneInBothLanguagesAndSchemes() {
        Map<String, List<String>> pages = Map.of(
                "anonymous",
                List.of(
                        "/",
                        "/trainings",
                        "/trainings/leading-teams-with-purpose",
                        "/blog",
                        "/blog/speaking-in-public",
                        "/login",
                        "/register",
                        "/forgot-password",
                        "/certificates"),
                PARTICIPANT,
                List.of(
                        "/my",
                        "/my/check-in",
                        "/my/tasks",
                        "/account",
                        "/trainings/leading-teams-with-purpose",
                        "/projects"),
                TRAINER,
                List.of(
                        "/trainer/trainings",
                        "/trainer/trainings/new",
                        "/trainer/trainings/" + training,
                        "/trainer/trainings/" + training + "/enrollments",
                        "/trainer/sessions/" + session + "/attendance",
                        "/trainer/sessions/" + session + "/check-in",
                        "/trainer/sessions/" + session + "/edit",
                        "/trainer/sessions/" + session + "/attendance/import",
                        "/trainer/trainings/" + training + "/enrollments/import",
                        "/projects/" + project,
                        "/blog/manage"),
                ADMIN,
                List.of(
                        "/admin/users",
                        "/admin/users/import",
                        "/admin/activity",
                        "/admin/outbox",
                        "/admin/reports",
                        "/admin/reports/trainings",
                        "/admin/reports/participant-progress"));
        WebDriver page = browser.driver();
        List<String> problems = new ArrayList<>();
        pages.forEach((who, paths) -> {
            page.manage().deleteAllCookies();
            if (!who.equals("anonymous")) {
                browser.signIn(url(""), who, TestAccounts.PASSWORD);
            }
            for (Dimension phone : PHONES) {
                browser.emulatePhone(phone.getWidth(), phone.getHeight());
                for (String scheme : List.of("light", "dark")) {
                    browser.prefersColourScheme(scheme);
                    for (String language : List.of("en", "fr")) {
                        for (String path : paths) {
                            PageChecks.forgetConsole(page);
                            page.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
                            String where = who + " " + phone.getWidth() + "px " + scheme + " " + language + " " + path;
                            PageChecks.problems(page).forEach(problem -> problems.add(where + ": " + problem));
                            if (language.equals("en") && phone.getWidth() == PHONE_WIDTH) {
                                screenshot(who.replaceAll("@.*", "") + path + "-" + scheme);
                            }
                        }
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theChecksThemselvesCatchABadPage() {
        WebDriver page = browser.driver();
        browser.emulatePhone(PHONE_WIDTH, 740);
        page.get("data:text/html,<html><head><meta name=viewport content='width=device-width'></head><body>"
                + "<p style='color:%23777;background:%23888'>Faint</p>"
                + "<div style='width:900px'>Wide</div><img src='x.png'>"
                + "<script>console.error('broken')</script></body></html>");

        assertThat(String.join("\n", PageChecks.problems(page)))
                .contains(
                        "wider than the screen", "console:", "broken", "color-contrast", "html-has-lang", "image-alt");
        page.get("data:text/html,<html lang=en><title>Desktop only</title><p>Small print</p></html>");
        assertThat(PageChecks.problems(page)).singleElement(as(STRING)).contains("no <meta name=viewport");
    }

    @Test
    void onAPhoneTheMenuFoldsBehindItsButton() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        browser.emulatePhone(PHONE_WIDTH, 740);
        browser.signIn(url(""), ADMIN, TestAccounts.PASSWORD);
        page.get(url("/trainings?lang=en"));

        WebElement button = page.findElement(By.cssSelector(".menu-button"));
        WebElement menu = page.findElement(By.id("site-menu"));
        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getRect().getHeight()).as("a thumb-sized target").isGreaterThanOrEqualTo(44);
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).isFalse();

        button.click();
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menu.isDisplayed()).isTrue();
        for (WebElement entry : menu.findElements(By.cssSelector(":scope > li"))) {
            assertThat(entry.getRect().getX() + entry.getRect().getWidth())
                    .as("every entry on the screen: " + entry.getText())
                    .isLessThanOrEqualTo(PHONE_WIDTH);
        }
        assertThat(page.findElement(By.linkText("My account")).isDisplayed()).isTrue();
        assertThat(page.findElement(By.xpath("//button[normalize-space()='Sign out']"))
                        .isDisplayed())
                .isTrue();

        button.sendKeys(Keys.ESCAPE);
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).isFalse();

        button.sendKeys(Keys.ENTER);
        assertThat(menu.isDisplayed()).as("the keyboard opens it too").isTrue();
        page.findElement(By.linkText("FR")).click();
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        assertThat(page.getCurrentUrl()).endsWith("/trainings?lang=fr");
    }

    @Test
    void onAPhoneTheCatalogueShowsATrainingOnTheFirstScreenAndADesktopShowsEveryFilter() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        browser.emulatePhone(PHONE_WIDTH, 740);
        page.get(url("/trainings?lang=en"));

        WebElement card = page.findElement(By.cssSelector(".training-card"));
        assertThat(card.getRect().getY())
                .as("the first training's top, on a 740-px screen")
                .isLessThan(740 - 100);
        assertThat(page.findElement(By.name("level")).isDisplayed()).isFalse();
        page.findElement(By.xpath("//summary[normalize-space()='More filters']"))
                .click();
        assertThat(page.findElement(By.name("level")).isDisplayed()).isTrue();

        browser.stopEmulatingAPhone();
        page.manage().window().setSize(new Dimension(1366, 900));
        page.get(url("/trainings?lang=en"));
        assertThat(page.findElement(By.name("level")).isDisplayed()).isTrue();
    }

    @Test
    void onAPhoneAParticipantSeesEachTrainingAsACardWithItsProgress() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        browser.emulatePhone(PHONE_WIDTH, 740);
        browser.signIn(url(""), PARTICIPANT, TestAccounts.PASSWORD);
        page.get(url("/my?lang=fr"));

        WebElement progress = page.findElement(By.cssSelector("#my-trainings progress"));
        assertThat(progress.getRect().getX() + progress.getRect().getWidth())
                .as("the progress bar on the screen, not in a sideways scroll")
                .isLessThanOrEqualTo(PHONE_WIDTH);
        Object labels = ((org.openqa.selenium.JavascriptExecutor) page).executeScript("""
                return Array.from(document.querySelectorAll('#my-trainings td'))
                    .map(cell => getComputedStyle(cell, '::before').content);""");
        assertThat(labels)
                .asInstanceOf(InstanceOfAssertFactories.list(String.class))
                .as("each value under the name of its column")
                .contains("\"Progression\"", "\"Assiduité\"");
    }

    @Test
    void anAdminImportsAccountsFromASpreadsheetOnAPhone(@TempDir Path folder) throws IOException {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        browser.emulatePhone(PHONE_WIDTH, 740);
        browser.signIn(url(""), ADMIN, TestAccounts.PASSWORD);
        Path file = folder.resolve("accounts.csv");
        Files.writeString(file, "email;first_name;last_name;role\nfrom.phone@phone.test;Awa;Diallo;trainer\n");
        Path tooLarge = folder.resolve("too-large.csv");
        Files.writeString(tooLarge, "email;first_name;last_name\n" + "x@phone.test;X;Y\n".repeat(80_000));
        page.get(url("/admin/users/import?lang=en"));
        page.findElement(By.name("file")).sendKeys(tooLarge.toAbsolutePath().toString());
        page.findElement(By.xpath("//button[normalize-space()='Preview']")).click();
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main [role=alert]"), "The file is larger than the 1 MB allowed"));

        page.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        page.findElement(By.xpath("//button[normalize-space()='Preview']")).click();
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "1 invited"));
        assertThat(PageChecks.problems(page)).isEmpty();
        page.findElement(By.xpath("//button[normalize-space()='Import this row']"))
                .click();

        new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/admin/users$"));
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main [role=status]"), "Imported: 1 invited."));
        assertThat(JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE))
                        .sql("SELECT role FROM users WHERE email = 'from.phone@phone.test'")
                        .query(String.class)
                        .single())
                .isEqualTo("trainer");
    }

    @Test
    void onADesktopTheAdminsFrenchHeaderKeepsEachEntryOnOneLine() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.manage().window().setSize(new Dimension(1366, 900));
        browser.signIn(url(""), ADMIN, TestAccounts.PASSWORD);
        page.get(url("/my?lang=fr"));

        assertThat(page.findElement(By.cssSelector(".menu-button")).isDisplayed())
                .isFalse();
        Object wrapped = ((org.openqa.selenium.JavascriptExecutor) page).executeScript("""
                return Array.from(document.querySelectorAll('#site-menu a, #site-menu button, #site-menu summary'))
                    .filter(entry => { const text = document.createRange(); text.selectNodeContents(entry);
                                       return new Set(Array.from(text.getClientRects()).map(r => Math.round(r.top)))
                                           .size > 1; })
                    .map(entry => entry.textContent.trim());""");
        assertThat((List<?>) wrapped).as("entries broken over two lines").isEmpty();
        assertThat(page.findElement(By.xpath("//button[normalize-space()='Se déconnecter']"))
                        .isDisplayed())
                .isTrue();
    }

    @Test
    void aTrainerTakesTheRollCallOnAPhone() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        browser.emulatePhone(PHONE_WIDTH, 740);
        browser.prefersColourScheme("dark");
        browser.signIn(url(""), TRAINER, TestAccounts.PASSWORD);
        page.get(url("/trainer/sessions/" + session + "/attendance?lang=en"));

        WebElement card = page.findElement(By.xpath("//tr[.//strong[contains(., 'participant')]]"));
        List<WebElement> marks = card.findElements(By.cssSelector(".mark-form button"));
        assertThat(marks).extracting(WebElement::getText).containsExactly("Present", "Absent", "Excused", "Late");
        for (WebElement mark : marks) {
            assertThat(mark.isDisplayed()).isTrue();
            assertThat(mark.getRect().getHeight()).as("a thumb-sized target").isGreaterThanOrEqualTo(44);
            assertThat(mark.getRect().getX() + mark.getRect().getWidth())
                    .as(mark.getText() + " on the screen")
                    .isLessThanOrEqualTo(PHONE_WIDTH);
        }
        card.findElement(By.xpath(".//button[normalize-space()='Late']")).click();
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("tr .badge.mark-late"), "Late"));

        page.findElement(By.xpath("//button[normalize-space()='Mark everyone not yet marked as present']"))
                .click();
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[role=status]"), "One participant marked present."));
        assertThat(page.findElements(By.cssSelector("tr .badge.mark-late"))).hasSize(1);
        assertThat(page.findElements(By.cssSelector("tr .badge.mark-present"))).hasSize(1);
        assertThat(PageChecks.problems(page)).isEmpty();
    }

    /** A picture of the page in {@code target/tour}, for the eye of whoever changes it (and the README's tour). */
    private static void screenshot(String name) {
        try {
            Path tour = Path.of("target", "tour");
            Files.createDirectories(tour);
            String file = name.replaceAll("[^A-Za-z0-9-]+", "_") + ".png";
            Files.write(tour.resolve(file), browser.wholePageScreenshot());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
