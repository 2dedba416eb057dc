package cm.resultinstitute.platform.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a French reader reads a training in French with French category names, an English reader in
 * English, an untranslated training in its original language marked as such; a trainer on a phone writes the
 * translation through the form's language tabs. Screenshots in {@code target/bilingual}.
 */
@PlatformTest
class BilingualTrainingsBrowserTest {

    private static final String TRAINER = "bilingual-trainer@example.com";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    static int translated;
    static int untranslated;
    static int toTranslate;

    @BeforeAll
    static void trainings(@Autowired JdbcClient jdbc) {
        TestData data = TestData.shared();
        int trainer = data.user(TRAINER, "trainer");
        LocalDate today = LocalDate.now();
        translated = data.training("Leading Teams", "published", today.plusDays(2), today.plusDays(9), trainer);
        untranslated = data.training("Budgeting Basics", "published", today.plusDays(3), today.plusDays(9), trainer);
        toTranslate = data.training("Budget Planning", "published", today.plusDays(4), today.plusDays(9), trainer);
        jdbc.sql("UPDATE trainings SET category = 'Leadership Training' WHERE id IN (?, ?)")
                .params(translated, untranslated)
                .update();
        jdbc.sql(
                        "INSERT INTO training_translations (training_id, language, title) VALUES (?, 'fr', 'Diriger une équipe')")
                .params(translated)
                .update();
    }

    @Test
    void eachReaderReadsTheirLanguageAndAnUntranslatedTrainingSaysSo() throws IOException {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.get(url("/trainings/" + translated + "?lang=fr"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Diriger une équipe");
        assertThat(page.findElement(By.tagName("hgroup")).getText()).contains("Formation au leadership");
        assertThat(page.findElements(By.id("not-translated"))).isEmpty();

        page.get(url("/trainings/" + untranslated));
        WebElement title = page.findElement(By.tagName("h1"));
        assertThat(title.getText()).isEqualTo("Budgeting Basics");
        assertThat(title.getAttribute("lang")).isEqualTo("en");
        assertThat(page.findElement(By.id("not-translated")).isDisplayed()).isTrue();
        assertThat(page.findElement(By.id("not-translated")).getText())
                .isEqualTo(
                        "Pas encore traduit en français : affiché en anglais, la langue dans laquelle il a été écrit.");
        save("untranslated-fr.png", browser.wholePageScreenshot());

        page.get(url("/trainings/" + translated + "?lang=en"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Leading Teams");
        assertThat(page.findElement(By.tagName("hgroup")).getText()).contains("Leadership Training");
    }

    @Test
    void aTrainerOnAPhoneWritesTheTranslationInItsTab() throws IOException {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        browser.signIn(url(""), TRAINER, TestAccounts.PASSWORD);
        browser.emulatePhone(360, 740);
        try {
            page.get(url("/trainer/trainings/" + toTranslate + "?lang=en"));
            WebElement translatedTitle = page.findElement(By.id("translatedTitle"));
            assertThat(shown(translatedTitle))
                    .as("the translation waits behind its tab")
                    .isFalse();
            save("form-phone-original.png", browser.wholePageScreenshot());

            WebElement tab = page.findElement(By.xpath("//button[@role='tab'][2]"));
            assertThat(tab.getText()).isEqualTo("Translation into French");
            tab.click();
            assertThat(shown(translatedTitle)).isTrue();
            assertThat(shown(page.findElement(By.cssSelector("[data-language-panels] #title"))))
                    .isFalse();
            translatedTitle.sendKeys("Les bases du budget");
            save("form-phone-translation.png", browser.wholePageScreenshot());
            page.findElement(By.cssSelector(
                            "form[action$='/trainer/trainings/" + toTranslate + "'] button[type=submit]"))
                    .click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        } finally {
            browser.stopEmulatingAPhone();
        }
        page.get(url("/trainer/trainings/" + toTranslate + "?lang=en"));
        assertThat(shown(page.findElement(By.id("translatedTitle"))))
                .as("side by side on a wide screen")
                .isTrue();
        assertThat(page.findElement(By.id("translatedTitle")).getAttribute("value"))
                .isEqualTo("Les bases du budget");
        save("form-desktop.png", browser.wholePageScreenshot());

        page.get(url("/trainings/" + toTranslate + "?lang=fr"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Les bases du budget");
    }

    /** The bilingual pages on a 390-px phone in the dark: nothing wider than the screen; screenshots to look at. */
    @Test
    void theBilingualFormsFitAPhoneInTheDark() throws IOException {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        browser.signIn(url(""), TRAINER, TestAccounts.PASSWORD);
        browser.emulatePhone(390, 844);
        browser.prefersColourScheme("dark");
        try {
            for (String[] shot : new String[][] {
                {"/trainings/" + translated + "?lang=fr", "training-fr-390-dark.png"},
                {"/trainings/" + untranslated + "?lang=fr", "untranslated-fr-390-dark.png"},
                {"/trainer/trainings/new?lang=fr", "training-form-390-dark.png"},
                {"/blog/manage/new?lang=fr", "post-form-390-dark.png"}
            }) {
                page.get(url(shot[0]));
                assertThat(((Number) ((JavascriptExecutor) page)
                                        .executeScript("return document.documentElement.scrollWidth"
                                                + " - document.documentElement.clientWidth;"))
                                .intValue())
                        .as("no sideways scrolling on " + shot[0])
                        .isLessThanOrEqualTo(0);
                save(shot[1], browser.wholePageScreenshot());
            }
        } finally {
            browser.prefersColourScheme("light");
            browser.stopEmulatingAPhone();
        }
    }

    /** Laid out on the page (Selenium's own check counts fields of a hidden fieldset as shown). */
    private static boolean shown(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].getClientRects().length > 0;", element);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void save(String name, byte[] png) throws IOException {
        Path directory = Path.of("target", "bilingual");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name), png);
    }
}
