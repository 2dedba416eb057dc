package cm.resultinstitute.platform.enrollments.web;

import cm.resultinstitute.platform.enrollments.EnrolmentImport;
import cm.resultinstitute.platform.shared.csv.ImportPages;
import cm.resultinstitute.platform.trainings.TrainingInfo;
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

/** Enrolments from a spreadsheet, for the training's trainer and admins: upload, preview, confirm. */
@Controller
class EnrolmentImportPages {

    private final EnrolmentImport imports;
    private final ImportPages pages;
    private final MessageSource messages;

    EnrolmentImportPages(EnrolmentImport imports, ImportPages pages, MessageSource messages) {
        this.imports = imports;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/trainer/trainings/{id}/enrollments/import")
    String form(@PathVariable int id, Caller caller, Model model, Locale locale) {
        return pages.form(kind(imports.training(id, caller), locale), model);
    }

    @PostMapping("/trainer/trainings/{id}/enrollments/import")
    String post(
            @PathVariable int id,
            @RequestParam(defaultValue = "preview") String step,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String csv,
            Caller caller,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        ImportPages.Kind kind = kind(imports.training(id, caller), locale);
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

    private ImportPages.Kind kind(TrainingInfo training, Locale locale) {
        String back = "/trainer/trainings/" + training.id() + "/enrollments";
        return new ImportPages.Kind(
                messages.getMessage("imports.enrollments.title", new Object[] {training.title()}, locale),
                messages.getMessage("imports.enrollments.columns", null, locale),
                back + "/import",
                back,
                messages.getMessage("trainer.enrollments.title", new Object[] {training.title()}, locale));
    }
}
