package cm.resultinstitute.platform.attendance.web;

import cm.resultinstitute.platform.attendance.AttendanceRegister;
import cm.resultinstitute.platform.attendance.SignInSheetPdf;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.users.Caller;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A session's sign-in sheet as a PDF answer, the same from the API and from the trainer's pages. */
@Component
class SignInSheetDownloads {

    private final AttendanceRegister register;
    private final SignInSheetPdf pdf;
    private final AppProperties properties;

    SignInSheetDownloads(AttendanceRegister register, SignInSheetPdf pdf, AppProperties properties) {
        this.register = register;
        this.pdf = pdf;
        this.properties = properties;
    }

    /** {@code checkInPage} is the address of the check-in page the phones in the room can open. */
    ResponseEntity<byte[]> download(int sessionId, Caller caller, Locale locale, String checkInPage) {
        byte[] document = pdf.render(
                register.signInSheet(sessionId, caller),
                checkInPage + "?session=" + sessionId,
                properties.timeZone(),
                locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("sign-in-sheet-session-" + sessionId + ".pdf")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(document);
    }
}
