package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.shared.csv.ImportReport;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.DryRun;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accounts from a spreadsheet, for admins. */
@RestController
@Tag(name = "Users")
class UserImportController {

    private final UserImport imports;

    UserImportController(UserImport imports) {
        this.imports = imports;
    }

    @Operation(
            summary = "Import accounts from CSV",
            description = "Admins. Columns email, first_name, last_name, role (participant by default), phone; comma or"
                    + " semicolon, UTF-8 with or without BOM, at most 5,000 rows and 1 MiB. New accounts are invited"
                    + " by mail; existing addresses are reported, not changed. dryRun=true reports what would happen"
                    + " and changes nothing; otherwise all or nothing: one invalid row is 400 with the report.")
    @PostMapping(
            value = ApiPaths.V1 + "/users/import",
            consumes = {"text/csv", "application/csv"})
    ImportReport importUsers(Caller caller, @RequestBody byte[] csv, @DryRun Boolean dryRun, Locale locale) {
        return imports.run(csv, dryRun, caller, locale);
    }
}
