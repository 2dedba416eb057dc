package cm.resultinstitute.platform.enrollments;

import java.time.Instant;

/** Someone in a training's waiting list, for its trainer: their place in line (1 is next) and since when they wait. */
public record WaitingParticipant(int position, int userId, String participantName, String email, Instant since) {}
