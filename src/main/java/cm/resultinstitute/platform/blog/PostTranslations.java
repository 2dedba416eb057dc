package cm.resultinstitute.platform.blog;

import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    PostTranslations(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql("SELECT original FROM blog_post_languages WHERE post_id = :id")
                .param("id", postId)
                .query(String.class)
                .optional()
                .map(Language::stored)
                .orElse(Language.EN);
    }

    /**
     * Applies an author's changes: the original's language if given, then each named translation (a text adds or
     * replaces it, {@code null} removes it). A translation into the original's own language is refused.
     */
    void apply(int postId, Language newOriginal, Map<String, PostText> changes, Changes changed) {
        Language before = original(postId);
        Language original = newOriginal == null ? before : newOriginal;
        Map<String, PostText> current = of(List.of(postId)).getOrDefault(postId, Map.of());
        Map<String, PostText> after = new LinkedHashMap<>(current);
        if (changes != null) {
            changes.forEach((code, text) -> {
                Language language = language(code);
                if (text == null) {
                    after.remove(language.code());
                } else {
                    after.put(language.code(), checked(language, text));
                }
            });
        }
        if (after.containsKey(original.code())) {
            boolean named = changes != null && changes.containsKey(original.code());
            throw InvalidRequestException.field(
                    newOriginal != null && !named ? "originalLanguage" : "translations." + original.code(),
                    "{validation.translationOfOriginal}");
        }
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

    private static Language language(String code) {
        return Language.of(code)
                .filter(language -> language.code().equals(code))
                .orElseThrow(() -> InvalidRequestException.field("translations." + code, "{validation.language}"));
    }

    /** A title and a content are needed; an empty excerpt is derived from the content, as the original's is. */
    private static PostText checked(Language language, PostText text) {
        String field = "translations." + language.code() + ".";
        if (text.title() == null || text.title().isBlank()) {
            throw InvalidRequestException.field(field + "title", "{validation.notBlank}");
        }
        if (text.title().trim().length() > TITLE_MAX) {
            throw InvalidRequestException.field(field + "title", "{validation.tooLong}");
        }
        if (text.content() == null || text.content().isBlank()) {
            throw InvalidRequestException.field(field + "content", "{validation.notBlank}");
        }
        if (text.content().length() > TEXT_MAX) {
            throw InvalidRequestException.field(field + "content", "{validation.tooLong}");
        }
        String excerpt = text.excerpt() == null || text.excerpt().isBlank()
                ? Markdown.excerpt(text.content())
                : text.excerpt().trim();
        return new PostText(text.title().trim(), excerpt, text.content());
    }
}
