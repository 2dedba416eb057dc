package cm.resultinstitute.platform.shared.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The text a request may carry. A text field takes a JSON string only: {@code 123} or {@code true} is refused rather
 * than stored as "123" (numbers and booleans are not read from strings either: {@code spring.jackson} settings).
 * And the text must be what PostgreSQL can store: no U+0000 (the database refuses it, so the request failed without
 * naming its field) and no lone surrogate (a {@code "\ud800"} in JSON, which the driver would store as {@code ?}).
 * Such a string is refused with 400 naming its field; the same rule holds query strings and forms
 * ({@link MalformedParametersFilter}).
 */
@Component
class RequestText extends SimpleModule {

    RequestText() {
        super("request-text");
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
            JsonToken token = parser.currentToken();
            if (token != null
                    && token.isScalarValue()
                    && token != JsonToken.VALUE_STRING
                    && token != JsonToken.VALUE_NULL) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = super.deserialize(parser, context);
            if (text != null && !storable(text)) {
                throw context.weirdStringException(text, String.class, "holds a character that cannot be stored");
            }
            return text;
        }
    }
}
