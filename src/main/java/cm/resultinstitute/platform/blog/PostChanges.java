package cm.resultinstitute.platform.blog;

import java.util.List;

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
        PostStatus status) {}
