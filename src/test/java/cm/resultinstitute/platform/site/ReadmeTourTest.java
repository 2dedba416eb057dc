package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's tour shows every picture the tour test takes, and each stays small enough to keep in git. */
class ReadmeTourTest {

    static final Pattern PICTURE = Pattern.compile("<img src=\"(docs/tour/[^\"]+\\.png)\"");
    static final long SMALL = 60 * 1024;

    @Test
    void everyPictureOfTheTourIsInTheRepositoryAndSmall() throws IOException {
        List<String> pictures = PICTURE.matcher(Files.readString(Path.of("README.md")))
                .results()
                .map(match -> match.group(1))
                .toList();

        assertThat(pictures).hasSize(6 * ReadmeTourBrowserTest.SHOTS.size());
        for (String picture : pictures) {
            Path file = Path.of(picture);
            assertThat(file).as(picture).isRegularFile();
            assertThat(Files.size(file)).as(picture + ", in bytes").isLessThan(SMALL);
            String name = file.getFileName().toString();
            assertThat(ReadmeTourBrowserTest.SHOTS)
                    .as(name + " is taken by the tour test")
                    .anySatisfy(shot -> assertThat(name).endsWith("-" + shot.name() + ".png"));
        }
    }
}
