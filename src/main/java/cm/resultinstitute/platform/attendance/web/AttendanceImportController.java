package cm.resultinstitute.platform.attendance.web;

import cm.resultinstitute.platform.attendance.AttendanceImport;
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

/** A session's marks from a spreadsheet or a typed-up paper sheet, for its trainer and admins. */
@RestController
@Tag(name = "Attendance")
class AttendanceImportController {

    private final AttendanceImport imports;

    AttendanceImportController(AttendanceImport imports) {
        this.imports = imports;
    }

    @Operation(
            summary = "Import a session's attendance from CSV",
            description = "The training's trainer and admins. Columns email, status (present, absent, excused, late)"
                    + " and optional notes; each participant must hold a seat, once. dryRun=true changes nothing;"
                    + " otherwise all or nothing: one invalid row is 400 with the report.")
    @PostMapping(
            value = ApiPaths.V1 + "/sessions/{id}/attendance/import",
            consumes = {"text/csv", "application/csv"})
    ImportReport importAttendance(
            Caller caller, @PathVariable int id, @RequestBody byte[] csv, @DryRun Boolean dryRun, Locale locale) {
        return imports.run(id, csv, dryRun, caller, locale);
    }
}
