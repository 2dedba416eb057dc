package cm.resultinstitute.platform.shared.csv;

import cm.resultinstitute.platform.shared.csv.ImportReport.CellError;
import cm.resultinstitute.platform.shared.csv.ImportReport.RowReport;
import cm.resultinstitute.platform.shared.web.FieldProblem;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import row by row, in file order, in one transaction, with the module's own rules for each row: a dry run
 * and an import with an invalid row roll it all back, so a dry run tells exactly what the import would do (seats
 * taken by earlier rows included) and an import is all or nothing.
 */
@Component
public class CsvImports {

    /** Imports one row and names its outcome; a refusal is a {@link ProblemException} or a {@link CsvProblem}. */
    @FunctionalInterface
    public interface RowImport {
        String apply(CsvFile.Row row);
    }

    private final TransactionTemplate transaction;
    private final EntityManager entities;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final PageProblems problems;

    CsvImports(
            TransactionTemplate transaction,
            EntityManager entities,
            JdbcClient jdbc,
            MessageSource messages,
            PageProblems problems) {
        this.transaction = transaction;
        this.entities = entities;
        this.jdbc = jdbc;
        this.messages = messages;
        this.problems = problems;
    }

    /**
     * The report of the import; for a real import with an error, a 400 whose body carries the report. {@code done}
     * runs when every row passed, inside the transaction (rolled back for a dry run): to write what the rows
     * gathered, and to record the import in the activity log.
     */
    public ImportReport run(
            byte[] csv,
            List<String> required,
            boolean dryRun,
            Locale locale,
            RowImport rowImport,
            Consumer<ImportReport> done) {
        CsvFile file;
        try {
            file = CsvFile.read(csv, required);
        } catch (CsvProblem unreadable) {
            return refuseUnlessDryRun(ImportReport.unreadable(dryRun, error(unreadable, locale)));
        }
        ImportReport report = transaction.execute(status -> {
            List<RowReport> results = new ArrayList<>();
            for (CsvFile.Row row : file.rows()) {
                results.add(importRow(row, rowImport, locale));
            }
            ImportReport result = ImportReport.of(dryRun, results);
            if (result.valid()) {
                done.accept(result);
            }
            if (dryRun || !result.valid()) {
                status.setRollbackOnly();
            }
            return result;
        });
        return refuseUnlessDryRun(report);
    }

    /**
     * One row in a savepoint of its own, written before the next: a row refused, by its rules or by the database,
     * leaves nothing behind and the rows after it are still checked. The persistence context is emptied after each
     * row: rolling back to a savepoint does not undo what it holds, and with every entity written before it, each
     * later row would check them all (a 5,000-row file took minutes). Spring's savepoints are not offered with JPA
     * for that first reason; PostgreSQL's are taken here.
     */
    private RowReport importRow(CsvFile.Row row, RowImport rowImport, Locale locale) {
        String email = row.get("email");
        jdbc.sql("SAVEPOINT csv_row").update();
        try {
            String outcome = rowImport.apply(row);
            entities.flush();
            jdbc.sql("RELEASE SAVEPOINT csv_row").update();
            return new RowReport(row.line(), email, outcome, List.of());
        } catch (CsvProblem problem) {
            undoRow();
            return new RowReport(row.line(), email, null, List.of(error(problem, locale)));
        } catch (ProblemException problem) {
            undoRow();
            String column =
                    problem.errors().isEmpty() ? null : problem.errors().get(0).field();
            return new RowReport(
                    row.line(),
                    email,
                    null,
                    List.of(new CellError(row.line(), column, problems.firstMessage(problem, locale))));
        } catch (DataAccessException | PersistenceException refused) {
            undoRow();
            return new RowReport(
                    row.line(), email, null, List.of(new CellError(row.line(), null, text("csv.notSaved", locale))));
        } finally {
            entities.clear();
        }
    }

    private void undoRow() {
        jdbc.sql("ROLLBACK TO SAVEPOINT csv_row").update();
        jdbc.sql("RELEASE SAVEPOINT csv_row").update();
    }

    private ImportReport refuseUnlessDryRun(ImportReport report) {
        if (report.dryRun() || report.valid()) {
            return report;
        }
        List<FieldProblem> errors = report.errors().stream()
                .map(error -> new FieldProblem(
                        error.column() == null
                                ? "line " + error.line()
                                : "line " + error.line() + ": " + error.column(),
                        error.message()))
                .toList();
        throw (InvalidRequestException) new InvalidRequestException(
                        errors, "csv.invalid", report.errors().size())
                .with("report", report);
    }

    private CellError error(CsvProblem problem, Locale locale) {
        return new CellError(
                problem.line(),
                problem.column(),
                messages.getMessage(problem.messageCode(), problem.arguments(), locale));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
