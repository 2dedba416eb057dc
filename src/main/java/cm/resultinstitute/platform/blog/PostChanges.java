package cm.resultinstitute.platform.blog;

import cm.resultinstitute.platform.shared.text.Language;
import java.util.List;
import java.util.Map;

/**
 * The fields of a post to change; {@code null} leaves one as it is, and an empty text (or an empty tag list) clears
 * it. An empty excerpt goes back to the one derived from the content.
 */
public record PostChanges(
        String title,
        String content,
        String excerpt,
        String slug,
        String category,
        List<String> tags,
        String youtubeVideoUrl,
        String featuredImageUrl,
        PostStatus status,
        Language originalLanguage,
        Map<String, PostText> translations) {

    public PostChanges(
            String title,
            String content,
            String excerpt,
            String slug,
            String category,
            List<String> tags,
            String youtubeVideoUrl,
            String featuredImageUrl,
            PostStatus status) {
        this(title, content, excerpt, slug, category, tags, youtubeVideoUrl, featuredImageUrl, status, null, null);
    }
}
