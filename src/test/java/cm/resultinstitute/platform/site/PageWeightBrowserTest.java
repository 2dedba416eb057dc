package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a first visit costs on a slow connection: the bytes that crossed the network (compressed, headers included)
 * for each main public page with everything it loads, the browser's cache and the site's service worker cleared
 * before each. The figures are
 * written to {@code target/page-weight.txt}.
 */
@PlatformTest
class PageWeightBrowserTest {

    static final long CATALOGUE_BUDGET = 150 * 1024;

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeAll
    static void aFullCataloguePage() {
        TestData data = TestData.shared();
        int trainer = data.user("trainer@weight.test", "trainer");
        for (int i = 1; i <= 24; i++) {
            data.training(
                    "Leadership and Public Speaking for Young Professionals, part " + i,
                    "published",
                    LocalDate.now().plusDays(i),
                    LocalDate.now().plusDays(i + 30),
                    trainer);
        }
        data.post("Speaking in public", "published", trainer, "dQw4w9WgXcQ");
    }

    @Test
    void aFirstVisitToTheCatalogueStaysUnder150KilobytesAndSoDoesEveryMainPage() throws IOException {
        WebDriver page = browser.driver();
        browser.emulatePhone(360, 740);
        Map<String, Long> weights = new LinkedHashMap<>();
        for (String path : List.of("/trainings", "/", "/blog", "/blog/speaking-in-public", "/login", "/register")) {
            browser.forgetSite("http://localhost:" + port);
            page.get("http://localhost:" + port + path);
            weights.put(path, transferred(page));
        }
        StringBuilder table = new StringBuilder("page\tbytes on a first visit (compressed, with assets)\n");
        weights.forEach(
                (path, bytes) -> table.append(path).append('\t').append(bytes).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "page-weight.txt"), table);

        assertThat(weights.get("/trainings"))
                .as("the catalogue's first visit, in bytes:\n" + table)
                .isPositive()
                .isLessThan(CATALOGUE_BUDGET);
        assertThat(weights)
                .allSatisfy((path, bytes) ->
                        assertThat(bytes).as(path + ", in bytes").isLessThan(CATALOGUE_BUDGET));
    }

    @Test
    void theMeasureCountsWhatTheAssetsWeigh() {
        WebDriver page = browser.driver();
        browser.forgetSite("http://localhost:" + port);
        page.get("http://localhost:" + port + "/trainings");
        long firstVisit = transferred(page);
        page.get("http://localhost:" + port + "/trainings");
        long again = transferred(page);

        assertThat(again)
                .as("the second visit takes the stylesheet and scripts from the cache")
                .isLessThan(firstVisit);
    }

    /** The page and every resource it loaded, as the browser's resource timing tells them. */
    private static long transferred(WebDriver page) {
        Number bytes = (Number) ((JavascriptExecutor) page).executeScript("""
                return performance.getEntriesByType('navigation')
                    .concat(performance.getEntriesByType('resource'))
                    .reduce((sum, entry) => sum + entry.transferSize, 0);""");
        return bytes.longValue();
    }
}
