package cm.resultinstitute.platform.blog;

import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.PublicPage;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The public face of the blog: what anyone may read. */
@Service
public class BlogReader {

    private final JdbcClient jdbc;

    BlogReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pages of the published posts, for the sitemap: one statement. */
    public List<PublicPage> publishedPages() {
        return jdbc.sql("""
                        SELECT p.slug, greatest(p.updated_at, max(pt.updated_at)) AS changed
                        FROM blog_posts p LEFT JOIN blog_post_translations pt ON pt.post_id = p.id
                        WHERE p.status = 'published' GROUP BY p.id ORDER BY p.id""")
                .query((rs, row) -> {
                    Timestamp changed = rs.getTimestamp("changed");
                    return new PublicPage(
                            "/blog/" + rs.getString("slug"), changed == null ? null : changed.toInstant());
                })
                .list();
    }

    /** Published posts, the newest first, in the reader's language where translated: one statement, no transaction. */
    public List<PostCard> recent(int limit, Language reader) {
        return jdbc.sql("""
                        SELECT p.id, coalesce(pt.title, p.title) AS title, p.slug,
                               CASE WHEN pt.post_id IS NULL THEN p.excerpt ELSE pt.excerpt END AS excerpt,
                               coalesce(CASE WHEN :lang = 'fr' THEN c.name_fr ELSE c.name_en END, p.category)
                                   AS category,
                               p.youtube_video_id, p.published_at,
                               CASE WHEN pt.post_id IS NULL THEN coalesce(pl.original, 'en') ELSE :lang END AS language
                        FROM blog_posts p
                        LEFT JOIN blog_post_languages pl ON pl.post_id = p.id
                        LEFT JOIN blog_post_translations pt ON pt.post_id = p.id AND pt.language = :lang
                            AND pt.language <> coalesce(pl.original, 'en')
                        LEFT JOIN categories c ON lower(c.value) = lower(p.category)
                        WHERE p.status = 'published'
                        ORDER BY p.published_at DESC NULLS LAST, p.id DESC LIMIT :limit""")
                .param("lang", reader.code())
                .param("limit", limit)
                .query((rs, row) -> {
                    Timestamp published = rs.getTimestamp("published_at");
                    return new PostCard(
                            rs.getInt("id"),
                            rs.getString("title"),
                            rs.getString("slug"),
                            rs.getString("excerpt"),
                            rs.getString("category"),
                            rs.getString("youtube_video_id"),
                            published == null ? null : published.toInstant(),
                            Language.stored(rs.getString("language")));
                })
                .list();
    }
}
