package cm.resultinstitute.platform.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedPostgres;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A trainer in a room where the network comes and goes: the roll call opened online reloads offline, marks made
 * offline wait on the phone and reach the server once, in order, when the network is back.
 */
@PlatformTest
class OfflineRollCallBrowserTest {

    static final String TRAINER = "trainer@offline.test";

    @RegisterExtension
    static Browser browser = new Browser();

    static int training;
    static int session;
    static List<Integer> participants;

    @LocalServerPort
    int port;

    @BeforeAll
    static void aSessionWithFourParticipants() {
        TestData data = TestData.shared();
        int trainer = data.user(TRAINER, "trainer");
        training = data.training(
                "Field Day",
                "published",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(9),
                trainer);
        session = data.session(training, "In the village hall", Instant.now(), 120);
        participants = List.of(
                data.user("awa@offline.test", "participant"),
                data.user("bello@offline.test", "participant"),
                data.user("chantal@offline.test", "participant"),
                data.user("didier@offline.test", "participant"));
        participants.forEach(participant -> data.enrol(participant, training, "active"));
    }

    @AfterEach
    void backOnline() {
        browser.offline(false);
    }

    @Test
    void marksMadeOfflineAreSentOnceWhenTheNetworkReturns() {
        WebDriver page = browser.driver();
        browser.emulatePhone(360, 740);
        browser.signIn(url(""), TRAINER, TestAccounts.PASSWORD);
        openRollCall(page, session);

        browser.offline(true);
        page.navigate().refresh();
        assertThat(page.findElement(By.tagName("h1")).getText())
                .as("the roll call, from the phone")
                .contains("In the village hall");

        for (int participant : participants.subList(0, 3)) {
            page.findElement(By.cssSelector("#row-" + participant + " button[value=present]"))
                    .click();
        }
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("offline-status"), "3 marks waiting to be sent"));
        assertThat(marks()).as("nothing reached the server").isZero();
        List<?> kept = (List<?>)
                script(
                        page,
                        "return new Promise(done => { const open = indexedDB.open('ri-offline');"
                                + " open.onsuccess = () => { const all = open.result.transaction('marks').objectStore('marks').getAll();"
                                + " all.onsuccess = () => done(all.result.map(m => [m.key, m.url, m.madeAt, m.fields.status])); }; })");
        assertThat(kept).hasSize(3);

        browser.offline(false);

        new WebDriverWait(page, Duration.ofSeconds(20))
                .until(driver -> marks() == 3
                        && !page.findElement(By.id("offline-status")).isDisplayed());
        assertThat(JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE))
                        .sql(
                                "SELECT user_id FROM attendance WHERE session_id = ? AND status = 'present' ORDER BY user_id")
                        .param(session)
                        .query(Integer.class)
                        .list())
                .containsExactlyElementsOf(participants.subList(0, 3));

        // The same marks sent again, as a sync that lost its answers would: the server records them once.
        for (Object mark : kept) {
            List<?> fields = (List<?>) mark;
            Object replayed = script(
                    page,
                    "const [key, url] = arguments; const form = new URLSearchParams(new FormData("
                            + "document.querySelector('form[action=\"' + url + '\"]'))); form.set('status', 'present');"
                            + " return fetch(url, {method: 'POST', credentials: 'same-origin', headers: {'HX-Request': 'true',"
                            + " 'Idempotency-Key': key}, body: form}).then(r => r.headers.get('Idempotent-Replayed'));",
                    fields.get(0),
                    fields.get(1));
            assertThat(replayed).isEqualTo("true");
        }
        assertThat(marks()).isEqualTo(3);
    }

    @Test
    void aMarkTheServerRefusesIsShownAndEveryonePresentWaitsToo() {
        TestData data = TestData.shared();
        int second = data.session(training, "Second day", Instant.now().plus(Duration.ofHours(3)), 60);
        int leaving = data.user("leaving@offline.test", "participant");
        data.enrol(leaving, training, "active");
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        browser.emulatePhone(360, 740);
        browser.signIn(url(""), TRAINER, TestAccounts.PASSWORD);
        openRollCall(page, second);

        browser.offline(true);
        page.findElement(By.cssSelector("#row-" + leaving + " button[value=late]"))
                .click();
        page.findElement(By.xpath("//button[normalize-space()='Mark everyone not yet marked as present']"))
                .click();
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("offline-status"), "2 marks waiting to be sent"));
        // Meanwhile, the participant leaves the training.
        JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE))
                .sql("UPDATE enrollments SET status = 'dropped' WHERE user_id = ?")
                .param(leaving)
                .update();

        browser.offline(false);

        new WebDriverWait(page, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("offline-status"), "Not recorded for"));
        assertThat(page.findElement(By.id("offline-status")).getText()).doesNotContain("waiting to be sent");
        assertThat(JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE))
                        .sql("SELECT count(*) FROM attendance WHERE session_id = ? AND status = 'present'")
                        .param(second)
                        .query(Long.class)
                        .single())
                .as("everyone still holding a seat, marked present once the network is back")
                .isEqualTo(participants.size());
    }

    @Test
    void signingOutForgetsTheRollCallsKeptOnThePhone() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        browser.emulatePhone(360, 740);
        browser.signIn(url(""), TRAINER, TestAccounts.PASSWORD);
        openRollCall(page, session);

        ((JavascriptExecutor) page).executeScript("document.querySelector('form.sign-out').requestSubmit();");

        new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        assertThat(script(page, "return caches.has('ri-rosters')")).isEqualTo(false);
    }

    @Test
    void aParticipantsCheckInSaysWhenThePhoneIsOffline() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        browser.emulatePhone(360, 740);
        browser.signIn(url(""), "awa@offline.test", TestAccounts.PASSWORD);
        page.get(url("/my/check-in?lang=en"));
        assertThat(page.findElement(By.cssSelector("[data-offline-notice]")).isDisplayed())
                .isFalse();

        browser.offline(true);

        new WebDriverWait(page, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-offline-notice]")));
        assertThat(page.findElement(By.cssSelector("[data-offline-notice]")).getText())
                .contains("This phone is offline");
    }

    @Test
    void theSiteIsInstallable() {
        WebDriver page = browser.driver();
        page.get(url("/trainings"));
        Map<?, ?> manifest = (Map<?, ?>) script(page, "return fetch('/manifest.webmanifest').then(r => r.json())");
        assertThat(manifest.get("start_url")).isEqualTo("/my");
        assertThat(manifest.get("display")).isEqualTo("standalone");
        assertThat((List<?>) manifest.get("icons")).hasSize(3);
        waitUntil(page, "return navigator.serviceWorker.ready.then(r => r.active.scriptURL.endsWith('/sw.js'))");
    }

    /** Opens a roll call online and waits until the phone keeps it for offline reloads. */
    private void openRollCall(WebDriver page, int rollCall) {
        page.get(url("/trainer/sessions/" + rollCall + "/attendance?lang=en"));
        waitUntil(
                page,
                "return navigator.serviceWorker.ready.then(() => caches.open('ri-rosters'))"
                        + ".then(c => c.match(location.pathname)).then(found => !!found)");
    }

    private static Object script(WebDriver page, String script, Object... arguments) {
        return ((JavascriptExecutor) page)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1]; const run = (function () { " + script
                                + " }).apply(null, Array.from(arguments).slice(0, -1)); Promise.resolve(run).then(done, e => done('error: ' + e));",
                        arguments);
    }

    private static void waitUntil(WebDriver page, String promise) {
        new WebDriverWait(page, Duration.ofSeconds(15)).until(driver -> Boolean.TRUE.equals(script(page, promise)));
    }

    private static long marks() {
        return JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE))
                .sql("SELECT count(*) FROM attendance WHERE session_id = ?")
                .param(session)
                .query(Long.class)
                .single();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
