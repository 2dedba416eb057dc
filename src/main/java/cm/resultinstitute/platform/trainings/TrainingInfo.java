package cm.resultinstitute.platform.trainings;

import java.time.LocalDate;

/** What other modules need to know of a training to enrol, mark attendance or certify. */
public record TrainingInfo(
        int id,
        String title,
        String slug,
        TrainingStatus status,
        Integer durationHours,
        Integer maxParticipants,
        LocalDate startDate,
        LocalDate endDate,
        String location,
        Integer createdBy) {

    public boolean published() {
        return status == TrainingStatus.PUBLISHED;
    }

    /** Whether the training is over on that day. */
    public boolean endedBy(LocalDate today) {
        return endDate != null && endDate.isBefore(today);
    }
}
