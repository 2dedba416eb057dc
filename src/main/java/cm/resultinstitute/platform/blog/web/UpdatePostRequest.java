package cm.resultinstitute.platform.blog.web;

import cm.resultinstitute.platform.blog.PostChanges;
import cm.resultinstitute.platform.blog.PostStatus;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.NotNullWhenSent;
import cm.resultinstitute.platform.shared.web.PatchField;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PATCH /blog/posts/{id}}: only the fields to change; an optional text sent as {@code null} or empty is
 * cleared (an excerpt then follows the content again).
 */
record UpdatePostRequest(
        @Size(min = 1, max = 255) @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}") @NotNullWhenSent
        String title,

        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "{validation.notBlank}") @NotNullWhenSent
        String content,

        @Schema(maxLength = 500) Optional<@Size(max = 500) String> excerpt,
        @Size(max = 255) @NotNullWhenSent String slug,
        @Schema(maxLength = 100) Optional<@Size(max = 100) String> category,
        List<String> tags,
        @Schema(maxLength = 500) Optional<@Size(max = 500) String> youtubeVideoUrl,
        @Schema(maxLength = 500) Optional<@Size(max = 500) String> featuredImageUrl,
        @NotNullWhenSent PostStatus status,
        @NotNullWhenSent Language originalLanguage,
        Map<String, @Valid PostTranslation> translations) {

    PostChanges changes() {
        return new PostChanges(
                title,
                content,
                PatchField.text(excerpt),
                slug,
                PatchField.text(category),
                tags,
                PatchField.text(youtubeVideoUrl),
                PatchField.text(featuredImageUrl),
                status,
                originalLanguage,
                PostTranslation.texts(translations));
    }
}
