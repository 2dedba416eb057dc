package cm.resultinstitute.platform.blog.web;

import cm.resultinstitute.platform.blog.NewPost;
import cm.resultinstitute.platform.blog.PostChanges;
import cm.resultinstitute.platform.blog.PostStatus;
import cm.resultinstitute.platform.blog.PostView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** The author's form for a post; tags are typed separated by commas. */
class PostForm {

    @NotBlank
    @Size(max = 255)
    private String title;

    @Size(max = 255)
    private String slug;

    @Size(max = 100)
    private String category;

    @Size(max = 600)
    private String tags;

    @Size(max = 500)
    private String youtubeVideoUrl;

    @Size(max = 500)
    private String featuredImageUrl;

    @Size(max = 500)
    private String excerpt;

    @NotBlank
    private String content;

    static PostForm of(PostView post) {
        PostForm form = new PostForm();
        form.title = post.title();
        form.slug = post.slug();
        form.category = post.category();
        form.tags = String.join(", ", post.tags());
        form.youtubeVideoUrl = post.youtubeVideoUrl();
        form.featuredImageUrl = post.featuredImageUrl();
        form.excerpt = post.excerpt();
        form.content = post.content();
        return form;
    }

    NewPost post(PostStatus status) {
        return new NewPost(
                title, content, excerpt, slug, category, tagList(), youtubeVideoUrl, featuredImageUrl, status);
    }

    /** Every field is on the form: an empty one clears it (an empty slug keeps the current one). */
    PostChanges changes(PostStatus status) {
        return new PostChanges(
                title,
                content,
                excerpt == null ? "" : excerpt,
                slug == null || slug.isBlank() ? null : slug,
                category == null ? "" : category,
                tagList(),
                youtubeVideoUrl == null ? "" : youtubeVideoUrl,
                featuredImageUrl == null ? "" : featuredImageUrl,
                status);
    }

    private List<String> tagList() {
        if (tags == null) {
            return List.of();
        }
        return Arrays.stream(tags.split(",")).filter(tag -> !tag.isBlank()).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getYoutubeVideoUrl() {
        return youtubeVideoUrl;
    }

    public void setYoutubeVideoUrl(String youtubeVideoUrl) {
        this.youtubeVideoUrl = youtubeVideoUrl;
    }

    public String getFeaturedImageUrl() {
        return featuredImageUrl;
    }

    public void setFeaturedImageUrl(String featuredImageUrl) {
        this.featuredImageUrl = featuredImageUrl;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
