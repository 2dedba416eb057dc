package cm.resultinstitute.platform.attendance;

import cm.resultinstitute.platform.shared.web.QrCodes;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws a session's sign-in sheet for a room without network: A4, one row per participant by last name with a status
 * column and a box to sign, blank rows for those who come without a seat, and a QR code to the check-in page.
 */
@Component
public class SignInSheetPdf {

    /** Rows for participants who turn up without being on the list. */
    static final int BLANK_ROWS = 6;

    private static final Color GREEN = new Color(11, 93, 59);
    private static final Color HEADER = new Color(230, 240, 235);
    private static final float ROW_HEIGHT = 30;
    private static final int QR_SIZE = 300;

    private final MessageSource messages;

    SignInSheetPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(SignInSheet sheet, String checkInLink, ZoneId zone, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("attendance.sheet.title", locale) + " – "
                    + sheet.session().title());
            document.addCreator("Result Institute");
            document.open();
            document.add(heading(sheet, checkInLink, zone, locale));
            document.add(participants(sheet, locale));
            Paragraph legend = new Paragraph(text("attendance.sheet.legend", locale), new Font(Font.HELVETICA, 9));
            legend.setSpacingBefore(8);
            document.add(legend);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The sign-in sheet could not be drawn", e);
        }
        return out.toByteArray();
    }

    /** The institute, training, session, date and place on the left; the QR code to the check-in page on the right. */
    private PdfPTable heading(SignInSheet sheet, String checkInLink, ZoneId zone, Locale locale)
            throws DocumentException, IOException {
        PdfPTable heading = new PdfPTable(new float[] {4, 1.3f});
        heading.setWidthPercentage(100);
        heading.setSpacingAfter(12);
        PdfPCell about = new PdfPCell();
        about.setBorder(Rectangle.NO_BORDER);
        about.addElement(new Paragraph(
                text("certificate.pdf.institute", locale), new Font(Font.HELVETICA, 12, Font.BOLD, GREEN)));
        about.addElement(
                new Paragraph(text("attendance.sheet.title", locale), new Font(Font.HELVETICA, 20, Font.BOLD)));
        about.addElement(
                new Paragraph(sheet.session().trainingTitle(), new Font(Font.HELVETICA, 14, Font.BOLD, GREEN)));
        about.addElement(new Paragraph(sheet.session().title(), new Font(Font.HELVETICA, 12)));
        about.addElement(new Paragraph(when(sheet, zone, locale), new Font(Font.HELVETICA, 11)));
        String place =
                sheet.session().location() == null || sheet.session().location().isBlank()
                        ? "—"
                        : sheet.session().location();
        about.addElement(
                new Paragraph(text("attendance.sheet.place", locale) + " " + place, new Font(Font.HELVETICA, 11)));
        heading.addCell(about);

        PdfPCell qr = new PdfPCell();
        qr.setBorder(Rectangle.NO_BORDER);
        Image code = Image.getInstance(QrCodes.png(checkInLink, QR_SIZE));
        code.scaleToFit(90, 90);
        code.setAlignment(Element.ALIGN_CENTER);
        qr.addElement(code);
        Paragraph caption = new Paragraph(text("attendance.sheet.scan", locale), new Font(Font.HELVETICA, 8));
        caption.setAlignment(Element.ALIGN_CENTER);
        qr.addElement(caption);
        heading.addCell(qr);
        return heading;
    }

    private PdfPTable participants(SignInSheet sheet, Locale locale) {
        PdfPTable table = new PdfPTable(new float[] {0.5f, 4, 2, 3});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
        for (String column : new String[] {
            "#", "attendance.sheet.participant", "attendance.sheet.status", "attendance.sheet.signature"
        }) {
            PdfPCell cell = new PdfPCell(new Phrase(column.equals("#") ? "#" : text(column, locale), bold));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(5);
            table.addCell(cell);
        }
        Font plain = new Font(Font.HELVETICA, 10);
        Font small = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
        int number = 0;
        for (SignInSheet.Line line : sheet.participants()) {
            table.addCell(cell(String.valueOf(++number), plain));
            PdfPCell name = cell(line.lastName().toUpperCase(locale) + ", " + line.firstName(), plain);
            name.addElement(new Phrase(line.email(), small));
            table.addCell(name);
            table.addCell(cell(
                    line.status() == null
                            ? text("attendance.sheet.choices", locale)
                            : text(
                                    "trainings.attendance.status."
                                            + line.status().value(),
                                    locale),
                    line.status() == null ? small : plain));
            table.addCell(cell("", plain));
        }
        for (int blank = 0; blank < BLANK_ROWS; blank++) {
            table.addCell(cell(String.valueOf(++number), plain));
            table.addCell(cell("", plain));
            table.addCell(cell(text("attendance.sheet.choices", locale), small));
            table.addCell(cell("", plain));
        }
        return table;
    }

    private static PdfPCell cell(String content, Font font) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(new Phrase(content, font));
        cell.setMinimumHeight(ROW_HEIGHT);
        cell.setPaddingLeft(5);
        cell.setPaddingTop(0);
        return cell;
    }

    private String when(SignInSheet sheet, ZoneId zone, Locale locale) {
        ZonedDateTime start = sheet.session().startsAt().atZone(zone);
        String day = start.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale));
        if (sheet.session().endsAt() != null) {
            day += " – " + sheet.session().endsAt().atZone(zone).format(DateTimeFormatter.ofPattern("HH:mm", locale));
        }
        return day + " (" + zone.getId() + ")";
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
