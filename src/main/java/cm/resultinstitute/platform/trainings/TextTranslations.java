package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.text.Translations;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Titles and descriptions in the language other than their original, in one table keyed by the translated row's id
 * and the language ({@code training_translations}, {@code session_translations}).
 */
final class TextTranslations {

    static final int TITLE_MAX = 255;
    static final int DESCRIPTION_MAX = 20_000;

    private final JdbcClient jdbc;
    private final String table;
    private final String key;

    TextTranslations(JdbcClient jdbc, String table, String key) {
        this.jdbc = jdbc;
        this.table = table;
        this.key = key;
    }

    /** Every translation of these rows, by row and language code: one statement for all. */
    Map<Integer, Map<String, TranslatedText>> of(Collection<Integer> ids) {
        Map<Integer, Map<String, TranslatedText>> all = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT " + key + " AS id, language, title, description FROM " + table + " WHERE " + key
                            + " IN (:ids)")
                    .param("ids", ids)
                    .query(row -> {
                        all.computeIfAbsent(row.getInt("id"), id -> new TreeMap<>())
                                .put(row.getString("language"), text(row));
                    });
        }
        return all;
    }

    /** The translations of these rows into one language, by row: those not translated are not in it. */
    Map<Integer, TranslatedText> in(Collection<Integer> ids, Language language) {
        Map<Integer, TranslatedText> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT " + key + " AS id, title, description FROM " + table + " WHERE " + key
                            + " IN (:ids) AND language = :language")
                    .param("ids", ids)
                    .param("language", language.code())
                    .query(row -> {
                        texts.put(row.getInt("id"), text(row));
                    });
        }
        return texts;
    }

    /**
     * Applies a writer's changes to one row's translations: a text adds or replaces a language's, {@code null}
     * removes it, a language not named is kept. A translation into the original's own language is refused, naming
     * {@code originalField} when the original's change caused it.
     */
    void apply(int id, Language original, Map<String, TranslatedText> changes, String originalField, Changes changed) {
        Map<String, TranslatedText> current = of(List.of(id)).getOrDefault(id, Map.of());
        Map<String, TranslatedText> after =
                Translations.changed(current, changes, original, originalField, TextTranslations::checked);
        for (Language language : Language.values()) {
            TranslatedText old = current.get(language.code());
            TranslatedText now = after.get(language.code());
            if (now == null && old != null) {
                jdbc.sql("DELETE FROM " + table + " WHERE " + key + " = :id AND language = :language")
                        .param("id", id)
                        .param("language", language.code())
                        .update();
            } else if (now != null && !now.equals(old)) {
                jdbc.sql("INSERT INTO " + table + " (" + key + ", language, title, description)"
                                + " VALUES (:id, :language, :title, :description)"
                                + " ON CONFLICT (" + key + ", language) DO UPDATE SET title = excluded.title,"
                                + " description = excluded.description, updated_at = CURRENT_TIMESTAMP")
                        .param("id", id)
                        .param("language", language.code())
                        .param("title", now.title())
                        .param("description", now.description())
                        .update();
            }
            changed.note(
                    "title." + language.code(), old == null ? null : old.title(), now == null ? null : now.title());
            changed.note(
                    "description." + language.code(),
                    old == null ? null : old.description(),
                    now == null ? null : now.description());
        }
    }

    private static TranslatedText text(java.sql.ResultSet row) throws java.sql.SQLException {
        return new TranslatedText(row.getString("title"), row.getString("description"));
    }

    private static TranslatedText checked(Language language, TranslatedText text) {
        String title = Translations.title(text.title(), language, TITLE_MAX);
        String description = text.description() == null || text.description().isBlank()
                ? null
                : text.description().trim();
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw InvalidRequestException.field(
                    "translations." + language.code() + ".description", "{validation.tooLong}");
        }
        return new TranslatedText(title, description);
    }
}
