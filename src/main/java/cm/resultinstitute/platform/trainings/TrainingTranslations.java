package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.text.OriginalLanguages;
import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Trainings and their sessions in the language other than their original: which language a training's original is
 * ({@code training_languages}, English when unsaid; its sessions share it), and their translations.
 */
@Component
class TrainingTranslations {

    private final OriginalLanguages originals;
    private final TextTranslations trainings;
    private final TextTranslations sessions;

    TrainingTranslations(JdbcClient jdbc) {
        this.originals = new OriginalLanguages(jdbc, "training_languages", "training_id");
        this.trainings = new TextTranslations(jdbc, "training_translations", "training_id");
        this.sessions = new TextTranslations(jdbc, "session_translations", "session_id");
    }

    /** Every translation of these trainings, by training and language code: one statement for all. */
    Map<Integer, Map<String, TranslatedText>> of(Collection<Integer> trainingIds) {
        return trainings.of(trainingIds);
    }

    /** Every translation of these sessions, by session and language code: one statement for all. */
    Map<Integer, Map<String, TranslatedText>> ofSessions(Collection<Integer> sessionIds) {
        return sessions.of(sessionIds);
    }

    /** These sessions' translations into one language, by session: those not translated are not in it. */
    Map<Integer, TranslatedText> sessionsIn(Collection<Integer> sessionIds, Language language) {
        return sessions.in(sessionIds, language);
    }

    Language original(int trainingId) {
        return originals.of(trainingId);
    }

    /**
     * Applies a writer's changes to a training: the original's language if given, then each named translation (a
     * text adds or replaces it, {@code null} removes it). A translation into the original's own language is refused.
     */
    void apply(int trainingId, Language newOriginal, Map<String, TranslatedText> changes, Changes changed) {
        Language before = original(trainingId);
        Language original = newOriginal == null ? before : newOriginal;
        trainings.apply(trainingId, original, changes, newOriginal == null ? null : "originalLanguage", changed);
        if (original != before) {
            originals.set(trainingId, original);
            changed.note("originalLanguage", before.code(), original.code());
        }
    }

    /** Applies a writer's changes to a session's translations; its original is its training's. */
    void applyToSession(int sessionId, int trainingId, Map<String, TranslatedText> changes, Changes changed) {
        if (changes != null) {
            sessions.apply(sessionId, original(trainingId), changes, null, changed);
        }
    }
}
