package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.shared.csv.ImportPages;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserImport;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts from a spreadsheet: upload, preview, confirm. */
@Controller
class UserImportPages {

    private final UserImport imports;
    private final ImportPages pages;
    private final MessageSource messages;

    UserImportPages(UserImport imports, ImportPages pages, MessageSource messages) {
        this.imports = imports;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/admin/users/import")
    String form(Model model, Locale locale) {
        return pages.form(kind(locale), model);
    }

    @PostMapping("/admin/users/import")
    String post(
            @RequestParam(defaultValue = "preview") String step,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String csv,
            Caller caller,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return pages.post(
                kind(locale),
                step,
                file,
                csv,
                (bytes, dryRun) -> imports.run(bytes, dryRun, caller, locale),
                model,
                redirect,
                locale);
    }

    private ImportPages.Kind kind(Locale locale) {
        return new ImportPages.Kind(
                text("imports.users.title", locale),
                text("imports.users.columns", locale),
                "/admin/users/import",
                "/admin/users",
                text("admin.users.title", locale));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
