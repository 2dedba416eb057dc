package cm.resultinstitute.platform.activity;

import jakarta.persistence.EnumeratedValue;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The fields an operation changed, each with its old and new value, for an entry's metadata. */
public final class Changes {

    /** The field that holds what an enum's constant is stored and sent as ({@code TO_DO} is "todo"), if it has one. */
    private static final ClassValue<Field> STORED_VALUE = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
            return Arrays.stream(type.getDeclaredFields())
                    .filter(field -> field.isAnnotationPresent(EnumeratedValue.class))
                    .peek(field -> field.setAccessible(true))
                    .findFirst()
                    .orElse(null);
        }
    };

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
            return stored(constant);
        }
        return value.toString();
    }

    private static Object stored(Enum<?> constant) {
        Field field = STORED_VALUE.get(constant.getDeclaringClass());
        try {
            return field == null ? constant.name().toLowerCase(Locale.ROOT) : field.get(constant);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
