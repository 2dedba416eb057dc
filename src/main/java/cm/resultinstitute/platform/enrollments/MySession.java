package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.trainings.SessionStatus;
import java.time.Instant;

/**
 * A session in someone's schedule, with its training: {@code title} in {@code language} (the reader's where the session
 * is translated into it, else its training's original), {@code trainingTitle} in the reader's language where the
 * training is translated into it.
 */
public record MySession(
        Integer id,
        Integer trainingId,
        String trainingTitle,
        String title,
        Instant sessionDate,
        Instant endsAt,
        SessionStatus status,
        String location,
        Language language) {}
