package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.shared.web.QrCodes;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Draws a certificate as a one-page A4 landscape PDF, with a QR code that opens its verification page. */
@Component
public class CertificatePdf {

    private static final Color GREEN = new Color(11, 93, 59);
    private static final int QR_SIZE = 300;

    private final MessageSource messages;

    CertificatePdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(CertificateDocument certificate, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("certificate.pdf.title", locale) + " – " + certificate.participantName());
            document.addCreator("Result Institute");
            document.open();
            document.add(centered(
                    text("certificate.pdf.institute", locale), new Font(Font.HELVETICA, 16, Font.BOLD, GREEN)));
            document.add(centered(text("certificate.pdf.title", locale), new Font(Font.HELVETICA, 32, Font.BOLD)));
            document.add(centered(text("certificate.pdf.awardedTo", locale), new Font(Font.HELVETICA, 14)));
            document.add(centered(certificate.participantName(), new Font(Font.TIMES_ROMAN, 28, Font.BOLDITALIC)));
            document.add(centered(text("certificate.pdf.forCompleting", locale), new Font(Font.HELVETICA, 14)));
            document.add(centered(certificate.trainingTitle(), new Font(Font.HELVETICA, 22, Font.BOLD, GREEN)));
            StringBuilder details = new StringBuilder();
            if (certificate.durationHours() != null) {
                details.append(messages.getMessage(
                        "certificate.pdf.hours", new Object[] {certificate.durationHours()}, locale));
            }
            if (certificate.startDate() != null) {
                details.append(details.isEmpty() ? "" : " · ").append(date(certificate.startDate(), locale));
            }
            if (certificate.completionDate() != null) {
                details.append(" – ").append(date(certificate.completionDate(), locale));
            }
            document.add(centered(details.toString(), new Font(Font.HELVETICA, 13)));
            Image qr = Image.getInstance(QrCodes.png(certificate.verificationUrl(), QR_SIZE));
            qr.scaleToFit(110, 110);
            qr.setAlignment(Element.ALIGN_CENTER);
            document.add(qr);
            Paragraph code = centered(text("certificate.pdf.code", locale) + " ", new Font(Font.HELVETICA, 10));
            code.add(new Chunk(certificate.code(), new Font(Font.COURIER, 11, Font.BOLD)));
            document.add(code);
            document.add(centered(certificate.verificationUrl(), new Font(Font.HELVETICA, 9, Font.NORMAL, Color.GRAY)));
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The certificate could not be drawn", e);
        }
        return out.toByteArray();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(10);
        return paragraph;
    }
}
