package cm.resultinstitute.platform.blog.web;

import cm.resultinstitute.platform.blog.NewPost;
import cm.resultinstitute.platform.blog.PostStatus;
import cm.resultinstitute.platform.shared.text.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** {@code POST /blog/posts}: a new post; the slug comes from the title when not given. */
record CreatePostRequest(
        @NotBlank @Size(max = 255) String title,
        @NotBlank String content,
        @Size(max = 500) String excerpt,
        @Size(max = 255) String slug,
        @Size(max = 100) String category,
        List<String> tags,
        @Size(max = 500) String youtubeVideoUrl,
        @Size(max = 500) String featuredImageUrl,
        PostStatus status,
        Language originalLanguage,
        Map<String, @Valid PostTranslation> translations) {

    NewPost post() {
        return new NewPost(
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
