package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.shared.text.Language;
import java.util.Map;

/** A training's or a session's title in each language: its translation where it has one, else its original. */
public record Titles(Map<Language, String> byLanguage) {

    /** The title for a reader of this language code (a user's, a mail's); English for an unknown code. */
    public String in(String language) {
        return byLanguage.get(Language.stored(language));
    }
}
