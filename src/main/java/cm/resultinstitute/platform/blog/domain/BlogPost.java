package cm.resultinstitute.platform.blog.domain;

import cm.resultinstitute.platform.blog.PostStatus;
import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An article of the institute's blog, written in Markdown, optionally with a YouTube video. */
@Entity
@Table(name = "blog_posts")
public class BlogPost extends TimestampedEntity {

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false, columnDefinition = "text")
    private String content;

    private String excerpt;

    @Column(name = "author_id", nullable = false)
    private Integer authorId;

    private String category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", columnDefinition = "varchar(255)[]")
    private List<String> tags = new ArrayList<>();

    @Column(name = "youtube_video_id")
    private String youtubeVideoId;

    @Column(name = "youtube_video_url")
    private String youtubeVideoUrl;

    @Column(name = "featured_image_url")
    private String featuredImageUrl;

    @Enumerated(EnumType.STRING)
    private PostStatus status = PostStatus.DRAFT;

    private Integer views = 0;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected BlogPost() {}

    public BlogPost(String title, String slug, String content, Integer authorId) {
        this.title = title;
        this.slug = slug;
        this.content = content;
        this.authorId = authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getContent() {
        return content;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public Integer getAuthorId() {
        return authorId;
    }

    public String getCategory() {
        return category;
    }

    public List<String> getTags() {
        return tags == null ? List.of() : List.copyOf(tags);
    }

    public String getYoutubeVideoId() {
        return youtubeVideoId;
    }

    public String getYoutubeVideoUrl() {
        return youtubeVideoUrl;
    }

    public String getFeaturedImageUrl() {
        return featuredImageUrl;
    }

    public PostStatus getStatus() {
        return status;
    }

    public int getViews() {
        return views == null ? 0 : views;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
