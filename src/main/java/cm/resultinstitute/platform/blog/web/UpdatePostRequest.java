package cm.resultinstitute.platform.blog.web;

import cm.resultinstitute.platform.blog.PostChanges;
import cm.resultinstitute.platform.blog.PostStatus;
import cm.resultinstitute.platform.shared.text.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** {@code PATCH /blog/posts/{id}}: only the fields to change; an empty text clears an optional field. */
record UpdatePostRequest(
        @Size(min = 1, max = 255) @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}")
        String title,

        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "{validation.notBlank}")
        String content,

        @Size(max = 500) String excerpt,
        @Size(max = 255) String slug,
        @Size(max = 100) String category,
        List<String> tags,
        @Size(max = 500) String youtubeVideoUrl,
        @Size(max = 500) String featuredImageUrl,
        PostStatus status,
        Language originalLanguage,
        Map<String, @Valid PostTranslation> translations) {

    PostChanges changes() {
        return new PostChanges(
                title,
                content,
                excerpt,
                slug,
                category,
                tags,
                youtubeVideoUrl,
                featuredImageUrl,
                status,
                originalLanguage,
                PostTranslation.texts(translations));
    }
}
