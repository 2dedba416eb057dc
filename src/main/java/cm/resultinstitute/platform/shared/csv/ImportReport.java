package cm.resultinstitute.platform.shared.csv;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, or would do in a dry run: per row its outcome ({@code created}, {@code exists},
 * {@code enrolled}, {@code waitlisted}, {@code marked}, …) or its errors, the counts of each outcome, and every error
 * with its line and column. {@code valid} is false as soon as one row has an error: then nothing is written.
 */
public record ImportReport(
        boolean dryRun,
        boolean valid,
        int rows,
        Map<String, Integer> counts,
        List<RowReport> results,
        List<CellError> errors) {

    public record RowReport(int line, String email, String outcome, List<CellError> errors) {}

    public record CellError(int line, String column, String message) {}

    public static ImportReport of(boolean dryRun, List<RowReport> results) {
        Map<String, Integer> counts = new TreeMap<>();
        results.stream()
                .filter(row -> row.outcome() != null)
                .forEach(row -> counts.merge(row.outcome(), 1, Integer::sum));
        List<CellError> errors =
                results.stream().flatMap(row -> row.errors().stream()).toList();
        return new ImportReport(dryRun, errors.isEmpty(), results.size(), counts, results, errors);
    }

    /** A file that cannot be read at all: its one error, and no row. */
    public static ImportReport unreadable(boolean dryRun, CellError error) {
        return new ImportReport(dryRun, false, 0, Map.of(), List.of(), List.of(error));
    }
}
