package cm.resultinstitute.platform.trainings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Sessions on given days of the week at a local time, from a first date until a last one, e.g. every Tuesday and
 * Thursday at 09:00 in Douala for six weeks.
 */
public record SessionSeries(
        String title,
        LocalDate firstDate,
        LocalDate until,
        Set<DayOfWeek> daysOfWeek,
        LocalTime time,
        ZoneId timeZone,
        Integer durationMinutes,
        String location) {}
