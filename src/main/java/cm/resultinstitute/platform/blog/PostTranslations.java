package cm.resultinstitute.platform.blog;

import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.text.OriginalLanguages;
import cm.resultinstitute.platform.shared.text.Translations;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Posts in the language other than their original ({@code blog_post_translations}), and which language a post's
 * original is ({@code blog_post_languages}, English when unsaid).
 */
@Component
class PostTranslations {

    static final int TITLE_MAX = 255;
    static final int TEXT_MAX = 100_000;

    private final JdbcClient jdbc;
    private final OriginalLanguages originals;

    PostTranslations(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.originals = new OriginalLanguages(jdbc, "blog_post_languages", "post_id");
    }

    /** Every translation of these posts, by post and language code: one statement for all. */
    Map<Integer, Map<String, PostText>> of(Collection<Integer> postIds) {
        Map<Integer, Map<String, PostText>> all = new HashMap<>();
        if (!postIds.isEmpty()) {
            jdbc.sql("""
                            SELECT post_id, language, title, excerpt, content FROM blog_post_translations
                            WHERE post_id IN (:ids)""").param("ids", postIds).query(row -> {
                all.computeIfAbsent(row.getInt("post_id"), id -> new TreeMap<>())
                        .put(
                                row.getString("language"),
                                new PostText(
                                        row.getString("title"), row.getString("excerpt"), row.getString("content")));
            });
        }
        return all;
    }

    Language original(int postId) {
        return originals.of(postId);
    }

    /**
     * Applies an author's changes: the original's language if given, then each named translation (a text adds or
     * replaces it, {@code null} removes it). A translation into the original's own language is refused.
     */
    void apply(int postId, Language newOriginal, Map<String, PostText> changes, Changes changed) {
        Language before = original(postId);
        Language original = newOriginal == null ? before : newOriginal;
        Map<String, PostText> current = of(List.of(postId)).getOrDefault(postId, Map.of());
        Map<String, PostText> after = Translations.changed(
                current, changes, original, newOriginal == null ? null : "originalLanguage", PostTranslations::checked);
        if (original != before) {
            jdbc.sql("""
                            INSERT INTO blog_post_languages (post_id, original) VALUES (:id, :original)
                            ON CONFLICT (post_id) DO UPDATE SET original = excluded.original""").param("id", postId).param("original", original.code()).update();
            changed.note("originalLanguage", before.code(), original.code());
        }
        for (Language language : Language.values()) {
            PostText old = current.get(language.code());
            PostText now = after.get(language.code());
            if (now == null && old != null) {
                jdbc.sql("DELETE FROM blog_post_translations WHERE post_id = :id AND language = :language")
                        .param("id", postId)
                        .param("language", language.code())
                        .update();
            } else if (now != null && !now.equals(old)) {
                jdbc.sql("""
                                INSERT INTO blog_post_translations (post_id, language, title, excerpt, content)
                                VALUES (:id, :language, :title, :excerpt, :content)
                                ON CONFLICT (post_id, language) DO UPDATE SET title = excluded.title,
                                    excerpt = excluded.excerpt, content = excluded.content,
                                    updated_at = CURRENT_TIMESTAMP""")
                        .param("id", postId)
                        .param("language", language.code())
                        .param("title", now.title())
                        .param("excerpt", now.excerpt())
                        .param("content", now.content())
                        .update();
            }
            changed.note(
                    "title." + language.code(), old == null ? null : old.title(), now == null ? null : now.title());
            changed.note(
                    "content." + language.code(),
                    old == null ? null : BlogPosts.abbreviated(old.content()),
                    now == null ? null : BlogPosts.abbreviated(now.content()));
        }
    }

    /** A title and a content are needed; an empty excerpt is derived from the content, as the original's is. */
    private static PostText checked(Language language, PostText text) {
        String title = Translations.title(text.title(), language, TITLE_MAX);
        String field = "translations." + language.code() + ".content";
        if (text.content() == null || text.content().isBlank()) {
            throw InvalidRequestException.field(field, "{validation.notBlank}");
        }
        if (text.content().length() > TEXT_MAX) {
            throw InvalidRequestException.field(field, "{validation.tooLong}");
        }
        BlogPosts.renderable(field, text.content());
        String excerpt = text.excerpt() == null || text.excerpt().isBlank()
                ? Markdown.excerpt(text.content())
                : text.excerpt().trim();
        return new PostText(title, excerpt, text.content());
    }
}
