package cm.resultinstitute.platform.blog;

import cm.resultinstitute.platform.blog.domain.BlogPostRepository;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/** The public face of the blog: what anyone may read. */
@Service
public class BlogReader {

    private final BlogPostRepository posts;

    BlogReader(BlogPostRepository posts) {
        this.posts = posts;
    }

    /** Published posts, the newest first: one statement, so no transaction. */
    public List<PostCard> recent(int limit) {
        return posts.findCards(PostStatus.PUBLISHED, Limit.of(limit));
    }
}
