package cm.resultinstitute.platform.trainings;

import java.time.Instant;

/** What other modules need to know of a session: when it is, and whose training it belongs to. */
public record SessionInfo(
        int id,
        int trainingId,
        String trainingTitle,
        Integer trainingCreatedBy,
        TrainingStatus trainingStatus,
        String title,
        Instant startsAt,
        Instant endsAt,
        SessionStatus status,
        Integer maxAttendees,
        String location) {}
