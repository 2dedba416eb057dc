package cm.resultinstitute.platform.activity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing that happened, for the audit trail: an action ({@code user_updated}), the record it concerns, a
 * sentence for people, and details such as the changed fields with their old and new values.
 *
 * @param actorId who did it; {@code null} means the signed-in caller (or nobody, for anonymous requests)
 */
public record ActivityEntry(
        String action,
        String entityType,
        Integer entityId,
        String description,
        Map<String, Object> metadata,
        Integer actorId) {

    public static ActivityEntry of(String action, String entityType, Integer entityId, String description) {
        return new ActivityEntry(action, entityType, entityId, description, Map.of(), null);
    }

    public ActivityEntry by(Integer actor) {
        return new ActivityEntry(action, entityType, entityId, description, metadata, actor);
    }

    public ActivityEntry with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(metadata);
        more.put(key, value);
        return new ActivityEntry(action, entityType, entityId, description, more, actorId);
    }

    public ActivityEntry withChanges(Changes changes) {
        return changes.isEmpty() ? this : with("changes", changes.asMap());
    }
}
