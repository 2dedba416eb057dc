package cm.resultinstitute.platform.blog.domain;

import cm.resultinstitute.platform.blog.PostCard;
import cm.resultinstitute.platform.blog.PostStatus;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Blog posts by id, slug and status. */
public interface BlogPostRepository extends JpaRepository<BlogPost, Integer> {

    @Query("""
            select new cm.resultinstitute.platform.blog.PostCard(
                p.id, p.title, p.slug, p.excerpt, p.category, p.youtubeVideoId, p.publishedAt)
            from BlogPost p
            where p.status = :status
            order by p.publishedAt desc nulls last, p.id desc
            """)
    List<PostCard> findCards(PostStatus status, Limit limit);

    boolean existsByAuthorId(Integer authorId);

    /** The slug itself and its numbered variants ({@code slug-2}, {@code slug-3}...) already taken. */
    @Query("select p.slug from BlogPost p where p.slug = :slug or p.slug like concat(:slug, '-%')")
    List<String> findSlugsLike(String slug);

    boolean existsBySlugAndIdNot(String slug, Integer id);

    boolean existsBySlug(String slug);
}
