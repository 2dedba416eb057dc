package cm.resultinstitute.platform.enrollments.web;

import cm.resultinstitute.platform.enrollments.EnrolmentImport;
import cm.resultinstitute.platform.shared.csv.ImportReport;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.DryRun;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Enrolments from a spreadsheet, for the training's trainer and admins. */
@RestController
@Tag(name = "Enrolment, waiting list, certificates")
class EnrolmentImportController {

    private final EnrolmentImport imports;

    EnrolmentImportController(EnrolmentImport imports) {
        this.imports = imports;
    }

    @Operation(
            summary = "Import enrolments from CSV",
            description = "The training's trainer and admins. Columns email (a participant's account) and optional"
                    + " status (active or completed). Row by row in file order: once the seats are taken, the next"
                    + " rows join the waiting list; one already enrolled is reported. dryRun=true changes nothing;"
                    + " otherwise all or nothing: one invalid row is 400 with the report.")
    @PostMapping(
            value = ApiPaths.V1 + "/trainings/{id}/enrollments/import",
            consumes = {"text/csv", "application/csv"})
    ImportReport importEnrolments(
            Caller caller, @PathVariable int id, @RequestBody byte[] csv, @DryRun Boolean dryRun, Locale locale) {
        return imports.run(id, csv, dryRun, caller, locale);
    }
}
