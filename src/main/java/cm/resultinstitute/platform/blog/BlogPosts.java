package cm.resultinstitute.platform.blog;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.blog.domain.BlogPost;
import cm.resultinstitute.platform.blog.domain.BlogPostRepository;
import cm.resultinstitute.platform.shared.persistence.AdvisoryLocks;
import cm.resultinstitute.platform.shared.persistence.SqlPage;
import cm.resultinstitute.platform.shared.persistence.SqlWhere;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.text.Slugs;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.shared.web.FieldProblem;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.users.Caller;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reading blog posts. Trainers and admins write; authors change their own posts and admins every post.
 * Published posts are public, drafts and archived posts only for their author and admins (404 for anyone else), and
 * each read of a published post by someone else than its author or an admin counts one view.
 */
@Service
public class BlogPosts {

    public static final int FEED_SIZE = 20;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG_LENGTH = 50;
    /** What the post pages use beside {@code /blog/<slug>}: no post may take them. */
    private static final Set<String> RESERVED_SLUGS = Set.of("manage", "feed");

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s<>\"]+");
    private static final Map<String, String> COLUMNS = Map.of(
            "publishedAt", "p.published_at",
            "createdAt", "p.created_at",
            "updatedAt", "p.updated_at",
            "title", "p.title",
            "views", "p.views",
            "id", "p.id");
    private static final String SELECT = """
            SELECT p.id, p.title, p.slug, p.content, p.excerpt, p.author_id,
                   u.first_name || ' ' || u.last_name AS author_name, p.category, p.tags, p.youtube_video_id,
                   p.youtube_video_url, p.featured_image_url, COALESCE(p.status, 'draft') AS status,
                   COALESCE(p.views, 0) AS views, p.published_at,
                   p.created_at, p.updated_at,
                   pt.title AS tr_title, pt.excerpt AS tr_excerpt, pt.content AS tr_content,
                   pl.original AS original_language, c.name_en AS category_en, c.name_fr AS category_fr
            FROM blog_posts p JOIN users u ON u.id = p.author_id
            LEFT JOIN blog_post_languages pl ON pl.post_id = p.id
            LEFT JOIN blog_post_translations pt ON pt.post_id = p.id AND pt.language = :lang
                AND pt.language <> coalesce(pl.original, 'en')
            LEFT JOIN categories c ON lower(c.value) = lower(p.category)""";

    private final BlogPostRepository posts;
    private final PostTranslations translations;
    private final JdbcClient jdbc;
    private final ActivityRecorder activity;
    private final Clock clock;

    BlogPosts(
            BlogPostRepository posts,
            PostTranslations translations,
            JdbcClient jdbc,
            ActivityRecorder activity,
            Clock clock) {
        this.posts = posts;
        this.translations = translations;
        this.jdbc = jdbc;
        this.activity = activity;
        this.clock = clock;
    }

    /** The posts the caller may see that match the filter, in the page's language. */
    public Page<PostView> list(PostFilter filter, Optional<Caller> caller, Pageable page) {
        return list(filter, caller, page, Language.ofPage(), false);
    }

    /**
     * The posts the caller may see that match the filter, each in the reader's language if translated into it: one
     * query for the page, one for the count, one more for every translation when asked.
     */
    @Transactional(readOnly = true)
    public Page<PostView> list(
            PostFilter filter, Optional<Caller> caller, Pageable page, Language reader, boolean allTranslations) {
        SqlWhere where = new SqlWhere();
        if (caller.isEmpty()) {
            where.and("p.status = 'published'");
        } else if (!caller.get().isAdmin()) {
            where.and(
                    "(p.status = 'published' OR p.author_id = :me)",
                    "me",
                    caller.get().id());
        }
        where.andIfPresent(filter.category(), "p.category = :category", "category", String::trim)
                .andIfPresent(filter.tag(), "p.tags @> ARRAY[CAST(:tag AS varchar)]", "tag", tag -> tag.trim()
                        .toLowerCase(Locale.ROOT))
                .andIfPresent(filter.authorId(), "p.author_id = :authorId", "authorId")
                .andIfPresent(filter.status(), "p.status = :status", "status", PostStatus::value);
        if (hasText(filter.q())) {
            // Substrings, or words close enough to a misspelling ("leadrship"); the trigram indexes serve both.
            where.and(
                            "(p.title ILIKE :like OR p.content ILIKE :like OR :q <% p.title OR :q <% p.content"
                                    + " OR p.id IN (SELECT x.post_id FROM blog_post_translations x WHERE x.title ILIKE"
                                    + " :like OR x.content ILIKE :like OR :q <% x.title OR :q <% x.content))",
                            "q", filter.q().trim())
                    .bind("like", SqlWhere.containing(filter.q().trim()));
        }
        List<PostView> content = jdbc.sql(SELECT + where.clause() + SqlPage.clause(page, COLUMNS, "p.id DESC"))
                .params(where.params())
                .param("lang", reader.code())
                .query(viewFor(reader))
                .list();
        if (allTranslations) {
            content = withTranslations(content);
        }
        long total = jdbc.sql("SELECT count(*) FROM blog_posts p" + where.clause())
                .params(where.params())
                .query(Long.class)
                .single();
        return new PageImpl<>(content, page, total);
    }

    /** A post by id or slug in the page's language, if the caller may see it. */
    public PostView read(String idOrSlug, Optional<Caller> caller) {
        return read(idOrSlug, caller, Language.ofPage(), false);
    }

    /**
     * A post by id or slug in the reader's language if translated into it (with every translation if asked), if the
     * caller may see it; a public read of a published post counts one view.
     */
    @Transactional
    public PostView read(String idOrSlug, Optional<Caller> caller, Language reader, boolean allTranslations) {
        PostView found =
                find(idOrSlug, reader).filter(post -> visible(post, caller)).orElseThrow(BlogPosts::notFound);
        PostView post = allTranslations ? withTranslations(List.of(found)).get(0) : found;
        if (post.status() != PostStatus.PUBLISHED
                || caller.filter(me -> privileged(post, me)).isPresent()) {
            return post;
        }
        // Atomic in the database: concurrent readers never lose a view.
        int views = jdbc.sql("UPDATE blog_posts SET views = COALESCE(views, 0) + 1 WHERE id = :id RETURNING views")
                .param("id", post.id())
                .query(Integer.class)
                .single();
        return post.withViews(views);
    }

    /** A post its author or an admin is about to change. */
    @Transactional(readOnly = true)
    public PostView forEditing(int id, Caller caller) {
        PostView post =
                view(id).filter(found -> visible(found, Optional.of(caller))).orElseThrow(BlogPosts::notFound);
        if (!privileged(post, caller)) {
            throw forbidden();
        }
        return withTranslations(List.of(post)).get(0);
    }

    @Transactional
    public PostView create(NewPost request, Caller caller) {
        if (!caller.isAdmin() && !caller.isTrainer()) {
            throw forbidden();
        }
        String title = request.title().trim();
        String slug =
                request.slug() == null || request.slug().isBlank() ? freeSlug(title) : givenSlug(request.slug(), null);
        String content = renderable("content", request.content());
        BlogPost post = new BlogPost(title, slug, content, caller.id());
        post.rewrite(content, excerpt(request.excerpt(), content));
        post.classify(category(request.category()), tags(request.tags()));
        String videoUrl = blankToNull(request.youtubeVideoUrl());
        post.showVideo(videoUrl, videoId(videoUrl));
        post.feature(imageUrl(request.featuredImageUrl()));
        posts.saveAndFlush(post);
        translations.apply(post.getId(), request.originalLanguage(), request.translations(), new Changes());
        if (request.status() != null && request.status() != PostStatus.DRAFT) {
            post.changeStatus(request.status(), clock);
        }
        posts.flush();
        activity.record(ActivityEntry.of("blog_post_created", "blog_post", post.getId(), "Wrote the post " + title)
                .with("slug", slug));
        // Being published (or archived) is an event of its own, as it is for a post changed later.
        if (post.getStatus() != PostStatus.DRAFT) {
            activity.record(
                    statusEntry(post, post.getStatus().value() + ": " + title).with("from", PostStatus.DRAFT.value()));
        }
        return written(post.getId());
    }

    @Transactional
    public PostView update(int id, PostChanges request, Caller caller) {
        BlogPost post = changeable(id, caller);
        Changes changes = new Changes();
        if (request.title() != null) {
            post.rename(changes.note("title", post.getTitle(), request.title().trim()));
        }
        if (request.slug() != null && !request.slug().trim().equals(post.getSlug())) {
            post.changeSlug(changes.note("slug", post.getSlug(), givenSlug(request.slug(), id)));
        }
        String content = request.content() == null ? post.getContent() : renderable("content", request.content());
        String excerpt = post.getExcerpt();
        // The same excerpt sent back (as a form does) is no change: a derived one follows the new content.
        boolean newExcerpt =
                request.excerpt() != null && !request.excerpt().trim().equals(excerpt);
        if (newExcerpt) {
            excerpt = excerpt(request.excerpt(), content);
        } else if (!content.equals(post.getContent())
                && (excerpt == null || excerpt.equals(Markdown.excerpt(post.getContent())))) {
            // The excerpt was derived from the old content: derive it again.
            excerpt = Markdown.excerpt(content);
        }
        if (!content.equals(post.getContent())) {
            changes.note("content", abbreviated(post.getContent()), abbreviated(content));
        }
        changes.note("excerpt", post.getExcerpt(), excerpt);
        post.rewrite(content, excerpt);
        String category = request.category() == null ? post.getCategory() : category(request.category());
        List<String> tags = request.tags() == null ? post.getTags() : tags(request.tags());
        changes.note("category", post.getCategory(), category);
        changes.note("tags", String.join(", ", post.getTags()), String.join(", ", tags));
        post.classify(category, tags);
        if (request.youtubeVideoUrl() != null) {
            String url = blankToNull(request.youtubeVideoUrl());
            String videoId = videoId(url);
            changes.note("youtubeVideoUrl", post.getYoutubeVideoUrl(), url);
            post.showVideo(url, changes.note("youtubeVideoId", post.getYoutubeVideoId(), videoId));
        }
        if (request.featuredImageUrl() != null) {
            post.feature(
                    changes.note("featuredImageUrl", post.getFeaturedImageUrl(), imageUrl(request.featuredImageUrl())));
        }
        PostStatus before = post.getStatus();
        if (request.status() != null && request.status() != before) {
            post.changeStatus(changes.note("status", before, request.status()), clock);
        }
        posts.flush();
        translations.apply(id, request.originalLanguage(), request.translations(), changes);
        if (!changes.isEmpty()) {
            // One entry for the request: a change of status names it, and carries every other change with it.
            ActivityEntry entry = post.getStatus() != before
                    ? statusEntry(post, post.getStatus().value() + ": " + post.getTitle())
                            .with("from", before.value())
                    : ActivityEntry.of("blog_post_updated", "blog_post", id, "Updated the post " + post.getTitle());
            activity.record(entry.withChanges(changes));
        }
        return written(id);
    }

    @Transactional
    public void delete(int id, Caller caller) {
        BlogPost post = changeable(id, caller);
        activity.record(ActivityEntry.of("blog_post_deleted", "blog_post", id, "Deleted the post " + post.getTitle())
                .with("slug", post.getSlug())
                .with("status", post.getStatus().value()));
        posts.delete(post);
    }

    /** Tags of published posts with their number of posts, the most used first. */
    @Transactional(readOnly = true)
    public List<NameCount> tags() {
        return jdbc.sql("""
                        SELECT tag AS name, count(*) AS count
                        FROM blog_posts p CROSS JOIN LATERAL unnest(p.tags) AS tag
                        WHERE p.status = 'published'
                        GROUP BY tag ORDER BY count(*) DESC, tag""")
                .query((rs, row) -> new NameCount(rs.getString("name"), rs.getLong("count")))
                .list();
    }

    /** Categories of published posts with their number of posts, the most used first. */
    @Transactional(readOnly = true)
    public List<NameCount> categories() {
        return jdbc.sql("""
                        SELECT p.category AS name, count(*) AS count
                        FROM blog_posts p
                        WHERE p.status = 'published' AND p.category IS NOT NULL
                        GROUP BY p.category ORDER BY count(*) DESC, p.category""")
                .query((rs, row) -> new NameCount(rs.getString("name"), rs.getLong("count")))
                .list();
    }

    /** The newest published posts in the reader's language, for the RSS feed. */
    @Transactional(readOnly = true)
    public List<PostView> feed(Language reader) {
        return list(
                        new PostFilter(null, null, null, PostStatus.PUBLISHED, null),
                        Optional.empty(),
                        PageRequest.of(0, FEED_SIZE, Sort.by(Sort.Order.desc("publishedAt"))),
                        reader,
                        false)
                .getContent();
    }

    /** What a draft will look like: the same rendering and sanitising as a saved post. */
    public String preview(String markdown) {
        return Markdown.html(markdown);
    }

    private Optional<PostView> find(String idOrSlug, Language reader) {
        if (idOrSlug.chars().allMatch(Character::isDigit) && idOrSlug.length() < 10) {
            Optional<PostView> byId = view(Integer.parseInt(idOrSlug), reader);
            if (byId.isPresent()) {
                return byId;
            }
        }
        return jdbc.sql(SELECT + " WHERE p.slug = :slug")
                .param("slug", idOrSlug)
                .param("lang", reader.code())
                .query(viewFor(reader))
                .optional();
    }

    /** A post in its original language, as its author writes it. */
    private Optional<PostView> view(int id) {
        return view(id, null);
    }

    private Optional<PostView> view(int id, Language reader) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .param("lang", reader == null ? "" : reader.code())
                .query(viewFor(reader))
                .optional();
    }

    /** A post just written, as its author reads it back: in its original language, with every translation. */
    private PostView written(int id) {
        return withTranslations(List.of(view(id).orElseThrow())).get(0);
    }

    private List<PostView> withTranslations(List<PostView> views) {
        Map<Integer, Map<String, PostText>> all =
                translations.of(views.stream().map(PostView::id).toList());
        return views.stream()
                .map(view -> view.withTranslations(all.getOrDefault(view.id(), Map.of())))
                .toList();
    }

    private BlogPost changeable(int id, Caller caller) {
        BlogPost post = posts.findById(id).orElseThrow(BlogPosts::notFound);
        boolean author = caller.is(post.getAuthorId());
        if (!caller.isAdmin() && !author) {
            if (!post.isPublished()) {
                throw notFound();
            }
            throw forbidden();
        }
        return post;
    }

    /** The entry of a post that reached its status: published, archived, or withdrawn to a draft. */
    private static ActivityEntry statusEntry(BlogPost post, String description) {
        int id = post.getId();
        ActivityEntry entry =
                switch (post.getStatus()) {
                    case PUBLISHED -> ActivityEntry.of("blog_post_published", "blog_post", id, description);
                    case ARCHIVED -> ActivityEntry.of("blog_post_archived", "blog_post", id, description);
                    case DRAFT -> ActivityEntry.of("blog_post_withdrawn", "blog_post", id, description);
                };
        return entry.with("publishedAt", Objects.toString(post.getPublishedAt(), null));
    }

    /** One query for the slugs that share the base, then the first free one of base, base-2, base-3... */
    private String freeSlug(String title) {
        // Two posts of one title written at once must not both pick the same free slug.
        AdvisoryLocks.holdUntilCommit(jdbc, "post-slug:" + Slugs.of(title, "post"));
        Set<String> taken = new HashSet<>(posts.findSlugsLike(Slugs.of(title, "post")));
        taken.addAll(RESERVED_SLUGS);
        return Slugs.unique(title, "post", taken::contains);
    }

    private String givenSlug(String slug, Integer postId) {
        String trimmed = slug.trim();
        if (!Slugs.isValid(trimmed)) {
            throw InvalidRequestException.field("slug", "{blog.validation.slug}");
        }
        boolean taken = postId == null ? posts.existsBySlug(trimmed) : posts.existsBySlugAndIdNot(trimmed, postId);
        if (taken || RESERVED_SLUGS.contains(trimmed)) {
            throw new ConflictException(
                    "duplicate", List.of(new FieldProblem("slug", "{problem.field.conflict}")), "blog.slugTaken");
        }
        return trimmed;
    }

    private static String excerpt(String given, String content) {
        if (given == null || given.isBlank()) {
            return Markdown.excerpt(content);
        }
        String excerpt = given.trim();
        if (excerpt.length() > 500) {
            throw InvalidRequestException.field("excerpt", "{blog.validation.excerptLength}");
        }
        return excerpt;
    }

    private static String category(String category) {
        String value = blankToNull(category);
        if (value != null && value.length() > 100) {
            throw InvalidRequestException.field("category", "{blog.validation.categoryLength}");
        }
        return value;
    }

    /** Lower case, without repeats, at most ten of at most 50 characters. */
    static List<String> tags(List<String> given) {
        if (given == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : given) {
            if (tag == null || tag.isBlank()) {
                throw InvalidRequestException.field("tags", "{blog.validation.tagBlank}");
            }
            String normalised = tag.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (normalised.length() > MAX_TAG_LENGTH) {
                throw InvalidRequestException.field("tags", "{blog.validation.tagLength}");
            }
            tags.add(normalised);
        }
        if (tags.size() > MAX_TAGS) {
            throw InvalidRequestException.field("tags", "{blog.validation.tagCount}");
        }
        return List.copyOf(tags);
    }

    private static String videoId(String url) {
        if (url == null) {
            return null;
        }
        if (url.length() > 500) {
            throw InvalidRequestException.field("youtubeVideoUrl", "{blog.validation.youtube}");
        }
        return YoutubeVideos.idOf(url)
                .orElseThrow(() -> InvalidRequestException.field("youtubeVideoUrl", "{blog.validation.youtube}"));
    }

    private static String imageUrl(String url) {
        String value = blankToNull(url);
        if (value != null
                && (value.length() > 500 || !WEB_ADDRESS.matcher(value).matches())) {
            throw InvalidRequestException.field("featuredImageUrl", "{blog.validation.url}");
        }
        return value;
    }

    private static boolean visible(PostView post, Optional<Caller> caller) {
        return post.status() == PostStatus.PUBLISHED
                || caller.filter(me -> privileged(post, me)).isPresent();
    }

    private static boolean privileged(PostView post, Caller caller) {
        return caller.isAdmin() || caller.is(post.authorId());
    }

    /** A post row read with {@link #SELECT} as a reader of that language reads it; no reader: the original. */
    private static RowMapper<PostView> viewFor(Language reader) {
        return (rs, row) -> {
            Language original = Language.stored(rs.getString("original_language"));
            boolean translated = rs.getString("tr_title") != null;
            String content = translated ? rs.getString("tr_content") : rs.getString("content");
            String category =
                    rs.getString((reader == null ? original : reader) == Language.FR ? "category_fr" : "category_en");
            return new PostView(
                    rs.getInt("id"),
                    translated ? rs.getString("tr_title") : rs.getString("title"),
                    rs.getString("slug"),
                    content,
                    Markdown.html(content),
                    translated ? rs.getString("tr_excerpt") : rs.getString("excerpt"),
                    rs.getInt("author_id"),
                    rs.getString("author_name"),
                    rs.getString("category"),
                    strings(rs.getArray("tags")),
                    rs.getString("youtube_video_id"),
                    rs.getString("youtube_video_url"),
                    rs.getString("featured_image_url"),
                    PostStatus.of(rs.getString("status")),
                    rs.getInt("views"),
                    instant(rs.getTimestamp("published_at")),
                    instant(rs.getTimestamp("created_at")),
                    instant(rs.getTimestamp("updated_at")),
                    translated ? reader : original,
                    original,
                    category != null ? category : rs.getString("category"),
                    null);
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray())
                .filter(Objects::nonNull)
                .map(Object::toString)
                .toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Markdown the renderers can walk: not nested deeper than {@link Markdown#DEEPEST} levels. */
    static String renderable(String field, String markdown) {
        if (Markdown.tooDeep(markdown)) {
            throw InvalidRequestException.field(field, "{blog.validation.nesting}");
        }
        return markdown;
    }

    static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("blog.notFound");
    }

    private static ProblemException forbidden() {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "blog.forbidden");
    }
}
