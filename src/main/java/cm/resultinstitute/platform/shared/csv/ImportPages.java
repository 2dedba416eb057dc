package cm.resultinstitute.platform.shared.csv;

import cm.resultinstitute.platform.shared.web.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The three steps of an import page, the same for every kind: upload a file, read the dry run's report (what each
 * row would do, every error), then confirm to import that same file. The file travels in the confirming form, so
 * nothing is kept on the server between the steps.
 */
@Component
public class ImportPages {

    static final String VIEW = "imports/page";

    /** What differs between the kinds: the title, the columns explained, where the form posts and goes back to. */
    public record Kind(String title, String columns, String action, String back, String backLabel) {}

    /** Runs the import of the page's kind: a dry run for the preview, the real one on confirmation. */
    @FunctionalInterface
    public interface Run {
        ImportReport apply(byte[] csv, boolean dryRun);
    }

    private final MessageSource messages;

    ImportPages(MessageSource messages) {
        this.messages = messages;
    }

    public String form(Kind kind, Model model) {
        model.addAttribute("kind", kind);
        return VIEW;
    }

    /** A post of the page: {@code step=preview} with the uploaded file, {@code step=import} with the previewed one. */
    public String post(
            Kind kind,
            String step,
            MultipartFile file,
            String csv,
            Run run,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if ("import".equals(step)) {
            return confirm(kind, csv, bytes -> run.apply(bytes, false), model, redirect, locale);
        }
        return preview(kind, file, bytes -> run.apply(bytes, true), model, locale);
    }

    /** The dry run of the uploaded file, and the confirmation when every row can be imported. */
    public String preview(
            Kind kind, MultipartFile file, Function<byte[], ImportReport> dryRun, Model model, Locale locale) {
        model.addAttribute("kind", kind);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", messages.getMessage("imports.noFile", null, locale));
            return VIEW;
        }
        if (file.getSize() > CsvFile.MAX_BYTES) {
            model.addAttribute("error", messages.getMessage("imports.tooLarge", null, locale));
            return VIEW;
        }
        byte[] csv = bytes(file);
        ImportReport report = dryRun.apply(csv);
        model.addAttribute("report", report);
        if (report.valid()) {
            model.addAttribute("csv", Base64.getEncoder().encodeToString(csv));
        }
        return VIEW;
    }

    /** Imports the previewed file; a refusal shows its report again instead. */
    String confirm(
            Kind kind,
            String csv,
            Function<byte[], ImportReport> run,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        try {
            ImportReport report = run.apply(bytes);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("imports.done", new Object[] {summary(report, locale)}, locale));
            return "redirect:" + kind.back();
        } catch (ProblemException refused) {
            Object report = refused.getBody().getProperties() == null
                    ? null
                    : refused.getBody().getProperties().get("report");
            if (!(report instanceof ImportReport)) {
                throw refused;
            }
            model.addAttribute("kind", kind);
            model.addAttribute("report", report);
            return VIEW;
        }
    }

    private String summary(ImportReport report, Locale locale) {
        return report.counts().entrySet().stream()
                .map(count ->
                        count.getValue() + " " + messages.getMessage("imports.outcome." + count.getKey(), null, locale))
                .collect(Collectors.joining(", "));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
