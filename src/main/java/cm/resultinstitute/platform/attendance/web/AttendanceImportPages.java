package cm.resultinstitute.platform.attendance.web;

import cm.resultinstitute.platform.attendance.AttendanceImport;
import cm.resultinstitute.platform.shared.csv.ImportPages;
import cm.resultinstitute.platform.trainings.SessionInfo;
import cm.resultinstitute.platform.users.Caller;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A session's marks from a spreadsheet or a typed-up paper sheet: upload, preview, confirm. */
@Controller
class AttendanceImportPages {

    private final AttendanceImport imports;
    private final ImportPages pages;
    private final MessageSource messages;

    AttendanceImportPages(AttendanceImport imports, ImportPages pages, MessageSource messages) {
        this.imports = imports;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/trainer/sessions/{id}/attendance/import")
    String form(@PathVariable int id, Caller caller, Model model, Locale locale) {
        return pages.form(kind(imports.session(id, caller), locale), model);
    }

    @PostMapping("/trainer/sessions/{id}/attendance/import")
    String post(
            @PathVariable int id,
            @RequestParam(defaultValue = "preview") String step,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String csv,
            Caller caller,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        ImportPages.Kind kind = kind(imports.session(id, caller), locale);
        return pages.post(
                kind,
                step,
                file,
                csv,
                (bytes, dryRun) -> imports.run(id, bytes, dryRun, caller, locale),
                model,
                redirect,
                locale);
    }

    private ImportPages.Kind kind(SessionInfo session, Locale locale) {
        String back = "/trainer/sessions/" + session.id() + "/attendance";
        return new ImportPages.Kind(
                messages.getMessage("imports.attendance.title", new Object[] {session.title()}, locale),
                messages.getMessage("imports.attendance.columns", null, locale),
                back + "/import",
                back,
                messages.getMessage("trainer.attendance.title", new Object[] {session.title()}, locale));
    }
}
