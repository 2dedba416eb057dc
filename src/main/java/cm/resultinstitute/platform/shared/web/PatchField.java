package cm.resultinstitute.platform.shared.web;

import java.util.Optional;

/**
 * A field of a {@code PATCH} body read as an {@code Optional}: {@code null} when the body leaves it out (keep the
 * value), empty when it is sent as {@code null} (clear it), else the value sent. Jackson reads it so with
 * {@code use-null-for-missing-reference-values}.
 */
public final class PatchField {

    private PatchField() {}

    /** The value sent, or null when left out or cleared. */
    public static <T> T value(Optional<T> field) {
        return field == null ? null : field.orElse(null);
    }

    /** Whether the body sent the field as {@code null}. */
    public static boolean cleared(Optional<?> field) {
        return field != null && field.isEmpty();
    }

    /** For services where an empty text clears an optional one and {@code null} keeps it. */
    public static String text(Optional<String> field) {
        return field == null ? null : field.orElse("");
    }
}
