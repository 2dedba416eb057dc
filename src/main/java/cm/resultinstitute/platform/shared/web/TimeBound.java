package cm.resultinstitute.platform.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The {@code from} and {@code to} of a filter: an instant with offset ({@code 2026-03-01T09:00:00Z}) or a date
 * ({@code 2026-03-01}), which means the start of that day (for {@code from}) or the end of it (for {@code to}) where
 * the institute is.
 */
public final class TimeBound {

    private TimeBound() {}

    public static Instant from(String parameter, String value, ZoneId zone) {
        return parse(parameter, value, zone, false);
    }

    public static Instant until(String parameter, String value, ZoneId zone) {
        return parse(parameter, value, zone, true);
    }

    private static Instant parse(String parameter, String value, ZoneId zone, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.field(parameter, "{problem.field.invalidValue}");
        }
    }
}
