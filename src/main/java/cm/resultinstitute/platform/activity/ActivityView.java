package cm.resultinstitute.platform.activity;

import java.time.Instant;
import java.util.Map;

/** One line of the audit trail as admins read it. */
public record ActivityView(
        Integer id,
        Integer userId,
        String userName,
        String action,
        String entityType,
        Integer entityId,
        String description,
        Map<String, Object> metadata,
        String ipAddress,
        String userAgent,
        Instant createdAt) {}
