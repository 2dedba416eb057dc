package cm.resultinstitute.platform.attendance;

import java.time.Instant;

/** The code that checks participants in right now, and when it stops being the current one. */
public record CheckInCode(String code, Instant expiresAt) {}
