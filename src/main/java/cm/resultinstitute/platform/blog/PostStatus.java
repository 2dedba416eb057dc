package cm.resultinstitute.platform.blog;

import jakarta.persistence.EnumeratedValue;

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

    public String value() {
        return value;
    }
}
