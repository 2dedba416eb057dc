package cm.resultinstitute.platform.attendance;

import cm.resultinstitute.platform.trainings.SessionInfo;
import cm.resultinstitute.platform.trainings.SessionStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * When participants may check in to a session: from 30 minutes before its start to its end, unless it is cancelled or
 * completed; after the first 15 minutes they are marked late.
 */
public record CheckInWindow(Instant opens, Instant closes, boolean shut) {

    static final Duration OPENS_BEFORE_START = Duration.ofMinutes(30);
    static final Duration GRACE = Duration.ofMinutes(15);

    public enum State {
        NOT_YET,
        OPEN,
        CLOSED
    }

    public static CheckInWindow of(SessionInfo session) {
        return new CheckInWindow(
                session.startsAt().minus(OPENS_BEFORE_START),
                session.endsAt(),
                session.status() == SessionStatus.CANCELLED || session.status() == SessionStatus.COMPLETED);
    }

    public State at(Instant now) {
        if (shut || now.isAfter(closes)) {
            return State.CLOSED;
        }
        return now.isBefore(opens) ? State.NOT_YET : State.OPEN;
    }
}
