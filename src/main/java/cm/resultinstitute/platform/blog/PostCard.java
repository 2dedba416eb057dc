package cm.resultinstitute.platform.blog;

import cm.resultinstitute.platform.shared.text.Language;
import java.time.Instant;

/** What a list of blog posts shows of each one: its texts in {@code language}, its category's name. */
public record PostCard(
        Integer id,
        String title,
        String slug,
        String excerpt,
        String category,
        String youtubeVideoId,
        Instant publishedAt,
        Language language) {}
