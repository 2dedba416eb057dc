package cm.resultinstitute.platform.reports;

import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import java.util.List;
import java.util.Locale;

/** The filters of the training summary report, both optional: a training status and a category (exact). */
public record TrainingReportFilter(String status, String category) {

    public static final List<String> STATUSES = List.of("draft", "published", "archived");
    static final int MAX_CATEGORY_LENGTH = 100;

    /** Reads the filters as typed: blank means "any"; an unknown status or an overlong category is a 400. */
    public static TrainingReportFilter of(String status, String category) {
        String wantedStatus = blankToNull(status);
        if (wantedStatus != null) {
            wantedStatus = wantedStatus.toLowerCase(Locale.ROOT);
            if (!STATUSES.contains(wantedStatus)) {
                throw InvalidRequestException.field("status", "{problem.field.invalidValue}");
            }
        }
        String wantedCategory = blankToNull(category);
        if (wantedCategory != null && wantedCategory.length() > MAX_CATEGORY_LENGTH) {
            throw InvalidRequestException.field("category", "{problem.field.invalidValue}");
        }
        return new TrainingReportFilter(wantedStatus, wantedCategory);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
