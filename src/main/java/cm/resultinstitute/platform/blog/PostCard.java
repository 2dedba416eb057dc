package cm.resultinstitute.platform.blog;

import java.time.Instant;

/** What a list of blog posts shows of each one. */
public record PostCard(
        Integer id,
        String title,
        String slug,
        String excerpt,
        String category,
        String youtubeVideoId,
        Instant publishedAt) {}
