package cm.resultinstitute.platform.blog;

import java.util.List;

/** What an author gives to write a post; all but the title and the content may be left out. */
public record NewPost(
        String title,
        String content,
        String excerpt,
        String slug,
        String category,
        List<String> tags,
        String youtubeVideoUrl,
        String featuredImageUrl,
        PostStatus status) {}
