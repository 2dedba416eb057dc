package cm.resultinstitute.platform.blog;

import cm.resultinstitute.platform.shared.text.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A blog post as the API and the pages show it, with its content rendered to sanitised HTML. Its title, excerpt and
 * content are in {@code language}: the reader's if translated into it, else its original; {@code categoryName} in
 * the reader's language; {@code translations} (every language but the original) only when asked for.
 */
public record PostView(
        Integer id,
        String title,
        String slug,
        String content,
        String contentHtml,
        String excerpt,
        Integer authorId,
        String authorName,
        String category,
        List<String> tags,
        String youtubeVideoId,
        String youtubeVideoUrl,
        String featuredImageUrl,
        PostStatus status,
        int views,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        Language language,
        Language originalLanguage,
        String categoryName,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, PostText> translations) {

    /** Whether it is read with its translations and has none into the language other than its original. */
    public boolean awaitsTranslation() {
        return translations != null
                && !translations.containsKey(originalLanguage.other().code());
    }

    /**
     * YouTube's privacy-enhanced player for the video, starting where the pasted address said ({@code t=30}), or
     * {@code null} without a video.
     */
    public String embedUrl() {
        if (youtubeVideoId == null) {
            return null;
        }
        return "https://www.youtube-nocookie.com/embed/" + youtubeVideoId
                + YoutubeVideos.startOf(youtubeVideoUrl)
                        .map(seconds -> "?start=" + seconds)
                        .orElse("");
    }

    PostView withViews(int count) {
        return new PostView(
                id,
                title,
                slug,
                content,
                contentHtml,
                excerpt,
                authorId,
                authorName,
                category,
                tags,
                youtubeVideoId,
                youtubeVideoUrl,
                featuredImageUrl,
                status,
                count,
                publishedAt,
                createdAt,
                updatedAt,
                language,
                originalLanguage,
                categoryName,
                translations);
    }

    PostView withTranslations(Map<String, PostText> all) {
        return new PostView(
                id,
                title,
                slug,
                content,
                contentHtml,
                excerpt,
                authorId,
                authorName,
                category,
                tags,
                youtubeVideoId,
                youtubeVideoUrl,
                featuredImageUrl,
                status,
                views,
                publishedAt,
                createdAt,
                updatedAt,
                language,
                originalLanguage,
                categoryName,
                all);
    }
}
