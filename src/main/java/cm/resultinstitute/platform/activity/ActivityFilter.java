package cm.resultinstitute.platform.activity;

import java.time.Instant;

/** The filters of the audit trail, all optional; {@code to} is exclusive. */
public record ActivityFilter(
        Integer userId, String action, String entityType, Integer entityId, Instant from, Instant to) {}
