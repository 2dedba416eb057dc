package cm.resultinstitute.platform.blog;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;
import java.util.Arrays;

/** Where a blog post is: only published posts are public. */
public enum PostStatus {
    DRAFT("draft"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    @EnumeratedValue
    private final String value;

    PostStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant stored as {@code value} in the database. */
    public static PostStatus of(String value) {
        return Arrays.stream(values())
                .filter(constant -> constant.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such value: " + value));
    }
}
