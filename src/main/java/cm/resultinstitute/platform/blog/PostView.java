package cm.resultinstitute.platform.blog;

import java.time.Instant;
import java.util.List;

/** A blog post as the API and the pages show it, with its content rendered to sanitised HTML. */
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
        Instant updatedAt) {

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
                updatedAt);
    }
}
