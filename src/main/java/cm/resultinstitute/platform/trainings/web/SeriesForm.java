package cm.resultinstitute.platform.trainings.web;

import cm.resultinstitute.platform.trainings.SessionSeries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** A series of sessions: given days of the week at a local time, from a first date until a last one. */
class SeriesForm {

    @NotBlank
    @Size(max = 255)
    private String title;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstDate;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate until;

    @NotEmpty
    private Set<DayOfWeek> daysOfWeek = EnumSet.noneOf(DayOfWeek.class);

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime time;

    @NotBlank
    @Size(max = 64)
    private String timeZone;

    @NotNull
    @Positive
    @Max(1440)
    private Integer durationMinutes = 120;

    @Size(max = 255)
    private String location;

    SeriesForm() {}

    SeriesForm(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    /** The time zone, if the text names one. */
    Optional<ZoneId> zone() {
        if (timeZone == null || timeZone.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(timeZone.trim()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    SessionSeries series(ZoneId zone) {
        return new SessionSeries(title, firstDate, until, daysOfWeek, time, zone, durationMinutes, location);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(LocalDate firstDate) {
        this.firstDate = firstDate;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Set<DayOfWeek> getDaysOfWeek() {
        return daysOfWeek;
    }

    public void setDaysOfWeek(Set<DayOfWeek> daysOfWeek) {
        this.daysOfWeek = daysOfWeek == null ? EnumSet.noneOf(DayOfWeek.class) : daysOfWeek;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
