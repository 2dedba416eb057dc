package cm.resultinstitute.platform.blog.web;

import cm.resultinstitute.platform.blog.NewPost;
import cm.resultinstitute.platform.blog.PostChanges;
import cm.resultinstitute.platform.blog.PostStatus;
import cm.resultinstitute.platform.blog.PostText;
import cm.resultinstitute.platform.blog.PostView;
import cm.resultinstitute.platform.shared.text.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The language of the title, excerpt and content; the translation is in the other one. */
    @NotNull
    private Language originalLanguage = Language.EN;

    @Size(max = 255)
    private String translatedTitle;

    @Size(max = 500)
    private String translatedExcerpt;

    private String translatedContent;

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
        form.originalLanguage = post.originalLanguage();
        PostText translation = post.translations() == null
                ? null
                : post.translations().get(post.originalLanguage().other().code());
        if (translation != null) {
            form.translatedTitle = translation.title();
            form.translatedExcerpt = translation.excerpt();
            form.translatedContent = translation.content();
        }
        return form;
    }

    /** The form of a new post, written in the author's language. */
    static PostForm empty(Language writer) {
        PostForm form = new PostForm();
        form.originalLanguage = writer;
        return form;
    }

    /** A translation needs its title and its content, or neither (none: the translation is removed). */
    String incompleteTranslation() {
        boolean title = hasText(translatedTitle);
        boolean content = hasText(translatedContent);
        if (title == content) {
            return null;
        }
        return title ? "translatedContent" : "translatedTitle";
    }

    private Map<String, PostText> translation() {
        Map<String, PostText> translation = new HashMap<>();
        translation.put(
                originalLanguage.other().code(),
                hasText(translatedTitle) ? new PostText(translatedTitle, translatedExcerpt, translatedContent) : null);
        return translation;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    NewPost post(PostStatus status) {
        return new NewPost(
                title,
                content,
                excerpt,
                slug,
                category,
                tagList(),
                youtubeVideoUrl,
                featuredImageUrl,
                status,
                originalLanguage,
                translation());
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
                status,
                originalLanguage,
                translation());
    }

    private List<String> tagList() {
        if (tags == null) {
            return List.of();
        }
        return Arrays.stream(tags.split(",")).filter(tag -> !tag.isBlank()).toList();
    }

    public Language getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(Language originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    public String getTranslatedTitle() {
        return translatedTitle;
    }

    public void setTranslatedTitle(String translatedTitle) {
        this.translatedTitle = translatedTitle;
    }

    public String getTranslatedExcerpt() {
        return translatedExcerpt;
    }

    public void setTranslatedExcerpt(String translatedExcerpt) {
        this.translatedExcerpt = translatedExcerpt;
    }

    public String getTranslatedContent() {
        return translatedContent;
    }

    public void setTranslatedContent(String translatedContent) {
        this.translatedContent = translatedContent;
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
