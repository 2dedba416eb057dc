package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.QrImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrCodesTest {

    @ParameterizedTest
    @ValueSource(ints = {240, 300, 320})
    void everyLinkReadsBackFromItsImage(int size) throws Exception {
        Random random = new Random(size);
        for (int i = 0; i < 200; i++) {
            String link = "https://institute.example/my/check-in?session=" + random.nextInt(100_000) + "&code="
                    + String.format("%06d", random.nextInt(1_000_000));

            assertThat(QrImages.read(QrCodes.png(link, size))).isEqualTo(link);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {240, 320})
    void theCodeKeepsTheFourModuleQuietZoneScannersNeed(int size) throws Exception {
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(QrCodes.png("https://institute.example/", size)));
        int border = 0;
        while (white(picture, border, border)) {
            border++;
        }
        int finder = 0; // the top edge of the corner finder pattern: seven modules of black
        while (!white(picture, border + finder, border)) {
            finder++;
        }
        assertThat(border).isGreaterThanOrEqualTo(4 * finder / 7);
    }

    private static boolean white(BufferedImage picture, int x, int y) {
        return (picture.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF;
    }
}
