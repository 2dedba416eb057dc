package cm.resultinstitute.platform.blog;

import cm.resultinstitute.platform.blog.domain.BlogPostRepository;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.users.UserDeletionRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deleting an author would delete their posts with them (the schema cascades): refuse instead. */
@Component
class AuthorDeletionGuard {

    private final BlogPostRepository posts;

    AuthorDeletionGuard(BlogPostRepository posts) {
        this.posts = posts;
    }

    @EventListener
    void refuseIfAuthor(UserDeletionRequested deletion) {
        if (posts.existsByAuthorId(deletion.userId())) {
            throw new ConflictException("delete-refused", "user.delete.hasPosts");
        }
    }
}
