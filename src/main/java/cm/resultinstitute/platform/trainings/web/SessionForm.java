package cm.resultinstitute.platform.trainings.web;

import cm.resultinstitute.platform.trainings.SessionDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;

/** One session to add to a training; its date and time are the institute's local time. */
class SessionForm {

    @NotBlank
    @Size(max = 255)
    private String title;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;

    @NotNull
    @Positive
    @Max(1440)
    private Integer durationMinutes = 120;

    @Size(max = 255)
    private String location;

    @Positive
    @Max(100000)
    private Integer maxAttendees;

    @Size(max = 20000)
    private String description;

    SessionDetails details(ZoneId zone) {
        return new SessionDetails(
                title,
                description,
                startsAt.atZone(zone).toInstant(),
                location,
                durationMinutes,
                maxAttendees,
                null,
                null);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
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

    public Integer getMaxAttendees() {
        return maxAttendees;
    }

    public void setMaxAttendees(Integer maxAttendees) {
        this.maxAttendees = maxAttendees;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
