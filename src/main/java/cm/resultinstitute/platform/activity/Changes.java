package cm.resultinstitute.platform.activity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields an operation changed, each with its old and new value, for an entry's metadata. */
public final class Changes {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Notes a field if its value differs; returns the new value, so a setter can be fed from it. */
    public <T> T note(String field, T oldValue, T newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("old", display(oldValue));
            change.put("new", display(newValue));
            fields.put(field, change);
        }
        return newValue;
    }

    /** Notes that a secret field changed, without either value. */
    public void noteSecret(String field) {
        fields.put(field, "changed");
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    Map<String, Object> asMap() {
        return Map.copyOf(fields);
    }

    private static Object display(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.toString().toLowerCase(java.util.Locale.ROOT);
        }
        return value.toString();
    }
}
