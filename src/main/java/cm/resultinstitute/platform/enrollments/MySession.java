package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.trainings.SessionStatus;
import java.time.Instant;

/** A session in someone's schedule, with its training. */
public record MySession(
        Integer id,
        Integer trainingId,
        String trainingTitle,
        String title,
        Instant sessionDate,
        Instant endsAt,
        SessionStatus status,
        String location) {}
