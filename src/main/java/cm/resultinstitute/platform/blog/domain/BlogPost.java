package cm.resultinstitute.platform.blog.domain;

import cm.resultinstitute.platform.blog.PostStatus;
import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Clock;
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

    // Only the atomic increment of a read writes the count: a save must never put back a stale one.
    @Column(insertable = false, updatable = false)
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

    public void rename(String title) {
        this.title = title;
    }

    public void changeSlug(String slug) {
        this.slug = slug;
    }

    /** New content with its excerpt (given by the author, or derived from the content). */
    public void rewrite(String content, String excerpt) {
        this.content = content;
        this.excerpt = excerpt;
    }

    /** The category and the tags, which the caller has already normalised. */
    public void classify(String category, List<String> tags) {
        this.category = category;
        this.tags = new ArrayList<>(tags);
    }

    /** The video shown with the post, as given and as its YouTube id; {@code null}s remove it. */
    public void showVideo(String url, String videoId) {
        this.youtubeVideoUrl = url;
        this.youtubeVideoId = videoId;
    }

    public void feature(String imageUrl) {
        this.featuredImageUrl = imageUrl;
    }

    /** Makes the post public; the first publication date is kept when it is published again. */
    public void publish(Clock clock) {
        if (publishedAt == null) {
            publishedAt = clock.instant();
        }
        status = PostStatus.PUBLISHED;
    }

    /** Takes the post off the public list, keeping it for the record. */
    public void archive() {
        status = PostStatus.ARCHIVED;
    }

    /** Back to a draft that only its author and admins see; the first publication date stays. */
    public void withdraw() {
        status = PostStatus.DRAFT;
    }

    public void changeStatus(PostStatus target, Clock clock) {
        switch (target) {
            case PUBLISHED -> publish(clock);
            case ARCHIVED -> archive();
            case DRAFT -> withdraw();
        }
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
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
