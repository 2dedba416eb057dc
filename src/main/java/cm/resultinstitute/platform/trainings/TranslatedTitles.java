package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.shared.text.Language;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The titles other modules write to people (mail, certificates) in each person's language. One statement each. */
@Service
public class TranslatedTitles {

    private final JdbcClient jdbc;

    TranslatedTitles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Titles> ofTraining(int trainingId) {
        return titles("""
                SELECT t.title AS original, tl.original AS original_language, tr.language, tr.title AS translated
                FROM trainings t
                LEFT JOIN training_languages tl ON tl.training_id = t.id
                LEFT JOIN training_translations tr ON tr.training_id = t.id
                WHERE t.id = :id""", trainingId);
    }

    public Optional<Titles> ofSession(int sessionId) {
        return titles("""
                SELECT s.title AS original, tl.original AS original_language, st.language, st.title AS translated
                FROM sessions s
                LEFT JOIN training_languages tl ON tl.training_id = s.training_id
                LEFT JOIN session_translations st ON st.session_id = s.id
                WHERE s.id = :id""", sessionId);
    }

    private Optional<Titles> titles(String sql, int id) {
        Map<Language, String> translated = new HashMap<>();
        String[] original = new String[1];
        jdbc.sql(sql).param("id", id).query(row -> {
            original[0] = row.getString("original");
            if (row.getString("language") != null) {
                translated.put(Language.stored(row.getString("language")), row.getString("translated"));
            }
        });
        if (original[0] == null) {
            return Optional.empty();
        }
        Map<Language, String> titles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            titles.put(language, translated.getOrDefault(language, original[0]));
        }
        return Optional.of(new Titles(titles));
    }
}
