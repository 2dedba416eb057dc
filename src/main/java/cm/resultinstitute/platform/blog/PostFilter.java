package cm.resultinstitute.platform.blog;

/** The filters of the post list, all optional; {@code q} is a fuzzy search of titles and contents. */
public record PostFilter(String category, String tag, Integer authorId, PostStatus status, String q) {

    public static PostFilter none() {
        return new PostFilter(null, null, null, null, null);
    }
}
