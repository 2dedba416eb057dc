package cm.resultinstitute.platform.test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads the text of a QR code image the platform drew. */
public final class QrImages {

    private QrImages() {}

    /**
     * The image is drawn, not photographed, so ZXing reads it as a pure code: its finder-pattern search alone
     * misses about one perfect synthetic image in a few hundred.
     */
    public static String read(byte[] png) throws IOException, NotFoundException {
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        return new MultiFormatReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture))),
                        Map.of(DecodeHintType.PURE_BARCODE, true))
                .getText();
    }
}
