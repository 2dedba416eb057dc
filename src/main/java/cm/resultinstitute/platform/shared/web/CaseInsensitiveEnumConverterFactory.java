package cm.resultinstitute.platform.shared.web;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/** Reads {@code ?status=on_hold} or {@code ?role=admin}: query values name enum constants in lower case. */
class CaseInsensitiveEnumConverterFactory implements ConverterFactory<String, Enum<?>> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
        return source -> {
            if (source.isBlank()) {
                return null;
            }
            String wanted = source.trim().toUpperCase(Locale.ROOT);
            return (T) Arrays.stream(targetType.getEnumConstants())
                    .filter(constant -> ((Enum) constant).name().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No such value: " + source));
        };
    }
}
