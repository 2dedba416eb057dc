package cm.resultinstitute.platform.shared.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code WHERE} clause of a filtered list in hand-written SQL, built condition by condition with its named
 * parameters. Values are always bound, never written into the SQL.
 */
public final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public SqlWhere and(String condition) {
        conditions.add(condition);
        return this;
    }

    public SqlWhere and(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
        return this;
    }

    /** Binds one more parameter of a condition already added. */
    public SqlWhere bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** Adds the condition with {@code :name} bound to the value, unless the value is null or blank text. */
    public SqlWhere andIfPresent(Object value, String condition, String name) {
        return andIfPresent(value, condition, name, Function.identity());
    }

    /** The same, binding what {@code binding} makes of the value (its column value, trimmed text...). */
    public <T> SqlWhere andIfPresent(T value, String condition, String name, Function<? super T, ?> binding) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        return and(condition, name, binding.apply(value));
    }

    /** {@code ""} when nothing filters, else {@code " WHERE a AND b"}. */
    public String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** A {@code LIKE} pattern matching the text anywhere, its own {@code %}, {@code _} and {@code \} taken literally. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
