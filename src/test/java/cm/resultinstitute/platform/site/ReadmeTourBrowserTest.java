package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.PageChecks;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The pictures of the README's tour: the main pages of the demo institute on a 360-px phone, on a 390-px phone in the
 * dark scheme and on a desktop, written to {@code target/tour/readme}. {@code scripts/update-tour.sh} copies them,
 * compressed, to {@code docs/tour}. Each picture must show a page that passes the checks of every page.
 */
@PlatformTest
class ReadmeTourBrowserTest {

    static final Path PICTURES = Path.of("target", "tour", "readme");

    record Shot(String name, Dimension screen, boolean phone, String scheme, double scale) {}

    static final List<Shot> SHOTS = List.of(
            new Shot("phone", new Dimension(360, 740), true, "light", 1),
            new Shot("phone-dark", new Dimension(390, 844), true, "dark", 1),
            new Shot("desktop", new Dimension(1366, 900), false, "light", 0.5));

    @RegisterExtension
    static Browser browser = new Browser();

    static int rollCall;

    @LocalServerPort
    int port;

    @BeforeAll
    static void theDemoInstitute() throws SQLException {
        DataSource database = SharedPostgres.dataSource(SharedPostgres.DATABASE);
        try (Connection connection = database.getConnection()) {
            ScriptUtils.executeSqlScript(
                    connection,
                    new EncodedResource(new ClassPathResource("db/demo/demo-data.sql"), StandardCharsets.UTF_8));
        }
        rollCall = JdbcClient.create(database)
                .sql("SELECT id FROM sessions WHERE title = 'Habits and accountability'")
                .query(Integer.class)
                .single();
    }

    @Test
    void theTourShowsTheMainPagesOfEachRole() throws IOException {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("", List.of("/", "/trainings", "/trainings/personal-leadership-foundations"));
        pages.put("participant1@example.com:Result-Learner-2026", List.of("/my"));
        pages.put(
                "trainer1@resultinstitute.cm:Result-Trainer-2026",
                List.of("/trainer/sessions/" + rollCall + "/attendance"));
        pages.put("abba@resultinstitute.cm:Result-Admin-2026", List.of("/admin/reports"));
        Files.createDirectories(PICTURES);
        WebDriver page = browser.driver();
        List<String> problems = new ArrayList<>();
        pages.forEach((account, paths) -> {
            page.manage().deleteAllCookies();
            if (!account.isEmpty()) {
                String[] emailAndPassword = account.split(":");
                browser.signIn("http://localhost:" + port, emailAndPassword[0], emailAndPassword[1]);
            }
            for (String path : paths) {
                for (Shot shot : SHOTS) {
                    if (shot.phone()) {
                        browser.emulatePhone(
                                shot.screen().getWidth(), shot.screen().getHeight());
                    } else {
                        browser.stopEmulatingAPhone();
                        page.manage().window().setSize(shot.screen());
                    }
                    browser.prefersColourScheme(shot.scheme());
                    PageChecks.forgetConsole(page);
                    page.get("http://localhost:" + port + path + "?lang=en");
                    PageChecks.problems(page)
                            .forEach(problem -> problems.add(path + " " + shot.name() + ": " + problem));
                    write(pictureName(path) + "-" + shot.name() + ".png", browser.screenScreenshot(shot.scale()));
                }
            }
        });
        browser.prefersColourScheme("light");
        browser.stopEmulatingAPhone();

        assertThat(problems).isEmpty();
        assertThat(PICTURES.resolve("catalogue-phone.png")).isNotEmptyFile();
    }

    /** "/" is the home page, "/trainer/sessions/7/attendance" the roll call: names that stay when ids change. */
    static String pictureName(String path) {
        if (path.equals("/")) {
            return "home";
        }
        if (path.equals("/trainings")) {
            return "catalogue";
        }
        if (path.startsWith("/trainings/")) {
            return "training";
        }
        if (path.endsWith("/attendance")) {
            return "roll-call";
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void write(String name, byte[] png) {
        try {
            Files.write(PICTURES.resolve(name), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
