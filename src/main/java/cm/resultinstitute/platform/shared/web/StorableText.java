package cm.resultinstitute.platform.shared.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text PostgreSQL can store: no U+0000 (the database refuses it, so the request failed without naming its field) and
 * no lone surrogate (a {@code "\ud800"} in JSON, which the driver would store as {@code ?}). A JSON string holding
 * either is refused with 400 naming its field; the same rule holds query strings and forms
 * ({@link MalformedParametersFilter}).
 */
@Component
class StorableText extends SimpleModule {

    StorableText() {
        super("storable-text");
        addDeserializer(String.class, new Strings());
    }

    static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && !storable(text)) {
                throw context.weirdStringException(text, String.class, "holds a character that cannot be stored");
            }
            return text;
        }
    }
}
