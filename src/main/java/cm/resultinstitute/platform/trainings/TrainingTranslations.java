package cm.resultinstitute.platform.trainings;

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
 * A training in the language other than its original ({@code training_translations}), and which language its original
 * is ({@code training_languages}, English when unsaid).
 */
@Component
class TrainingTranslations {

    static final int TITLE_MAX = 255;
    static final int DESCRIPTION_MAX = 20_000;

    private final JdbcClient jdbc;

    TrainingTranslations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every translation of these trainings, by training and language code: one statement for all. */
    Map<Integer, Map<String, TrainingText>> of(Collection<Integer> trainingIds) {
        Map<Integer, Map<String, TrainingText>> all = new HashMap<>();
        if (trainingIds.isEmpty()) {
            return all;
        }
        jdbc.sql("""
                        SELECT training_id, language, title, description FROM training_translations
                        WHERE training_id IN (:ids) ORDER BY training_id, language""").param("ids", trainingIds).query(row -> {
            all.computeIfAbsent(row.getInt("training_id"), id -> new TreeMap<>())
                    .put(
                            row.getString("language"),
                            new TrainingText(row.getString("title"), row.getString("description")));
        });
        return all;
    }

    Language original(int trainingId) {
        return jdbc.sql("SELECT original FROM training_languages WHERE training_id = :id")
                .param("id", trainingId)
                .query(String.class)
                .optional()
                .map(Language::stored)
                .orElse(Language.EN);
    }

    /**
     * Applies a writer's changes: the original's language if given, then each named translation (a text adds or
     * replaces it, {@code null} removes it). A translation into the original's own language is refused.
     */
    void apply(int trainingId, Language newOriginal, Map<String, TrainingText> changes, Changes changed) {
        Language before = original(trainingId);
        Language original = newOriginal == null ? before : newOriginal;
        Map<String, TrainingText> current = of(List.of(trainingId)).getOrDefault(trainingId, Map.of());
        Map<String, TrainingText> after = new LinkedHashMap<>(current);
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
                            INSERT INTO training_languages (training_id, original) VALUES (:id, :original)
                            ON CONFLICT (training_id) DO UPDATE SET original = excluded.original""")
                    .param("id", trainingId)
                    .param("original", original.code())
                    .update();
            changed.note("originalLanguage", before.code(), original.code());
        }
        for (Language language : Language.values()) {
            TrainingText old = current.get(language.code());
            TrainingText now = after.get(language.code());
            if (now == null && old != null) {
                jdbc.sql("DELETE FROM training_translations WHERE training_id = :id AND language = :language")
                        .param("id", trainingId)
                        .param("language", language.code())
                        .update();
            } else if (now != null && !now.equals(old)) {
                jdbc.sql("""
                                INSERT INTO training_translations (training_id, language, title, description)
                                VALUES (:id, :language, :title, :description)
                                ON CONFLICT (training_id, language) DO UPDATE SET title = excluded.title,
                                    description = excluded.description, updated_at = CURRENT_TIMESTAMP""")
                        .param("id", trainingId)
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

    private static Language language(String code) {
        return Language.of(code)
                .filter(language -> language.code().equals(code))
                .orElseThrow(() -> InvalidRequestException.field("translations." + code, "{validation.language}"));
    }

    private static TrainingText checked(Language language, TrainingText text) {
        String field = "translations." + language.code() + ".";
        if (text.title() == null || text.title().isBlank()) {
            throw InvalidRequestException.field(field + "title", "{validation.notBlank}");
        }
        if (text.title().trim().length() > TITLE_MAX) {
            throw InvalidRequestException.field(field + "title", "{validation.tooLong}");
        }
        String description = text.description() == null || text.description().isBlank()
                ? null
                : text.description().trim();
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw InvalidRequestException.field(field + "description", "{validation.tooLong}");
        }
        return new TrainingText(text.title().trim(), description);
    }
}
