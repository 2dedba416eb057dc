package cm.resultinstitute.platform.blog.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Blog posts by id, slug and author. */
public interface BlogPostRepository extends JpaRepository<BlogPost, Integer> {

    boolean existsByAuthorId(Integer authorId);

    /** The slug itself and its numbered variants ({@code slug-2}, {@code slug-3}...) already taken. */
    @Query("select p.slug from BlogPost p where p.slug = :slug or p.slug like concat(:slug, '-%')")
    List<String> findSlugsLike(String slug);

    boolean existsBySlugAndIdNot(String slug, Integer id);

    boolean existsBySlug(String slug);
}
