package cm.resultinstitute.platform.blog;

import cm.resultinstitute.platform.shared.text.Language;
import java.util.List;
import java.util.Map;

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
        PostStatus status,
        Language originalLanguage,
        Map<String, PostText> translations) {

    public NewPost(
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
