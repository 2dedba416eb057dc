package cm.resultinstitute.platform.blog.web;

import cm.resultinstitute.platform.blog.PostChanges;
import cm.resultinstitute.platform.blog.PostStatus;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code PATCH /blog/posts/{id}}: only the fields to change; an empty text clears an optional field. */
record UpdatePostRequest(
        @Size(min = 1, max = 255) @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}")
        String title,

        @Pattern(regexp = "(?s).*\\S.*", message = "{validation.notBlank}")
        String content,

        @Size(max = 500) String excerpt,
        @Size(max = 255) String slug,
        @Size(max = 100) String category,
        List<String> tags,
        @Size(max = 500) String youtubeVideoUrl,
        @Size(max = 500) String featuredImageUrl,
        PostStatus status) {

    PostChanges changes() {
        return new PostChanges(
                title, content, excerpt, slug, category, tags, youtubeVideoUrl, featuredImageUrl, status);
    }
}
