package cm.resultinstitute.platform.blog.web;

import cm.resultinstitute.platform.blog.PostText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** A post in the language other than its original; {@code null} in a change removes it. */
record PostTranslation(
        @NotBlank @Size(max = 255) String title,
        @Size(max = 500) String excerpt,
        @NotBlank String content) {

    static Map<String, PostText> texts(Map<String, PostTranslation> translations) {
        if (translations == null) {
            return null;
        }
        Map<String, PostText> texts = new LinkedHashMap<>();
        translations.forEach((language, translation) -> texts.put(
                language,
                translation == null
                        ? null
                        : new PostText(translation.title, translation.excerpt, translation.content)));
        return texts;
    }
}
