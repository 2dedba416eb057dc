package cm.resultinstitute.platform.shared.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads {@code ?status=on_hold} or {@code ?role=admin}: a query value is spelt as in JSON (the enum's
 * {@link JsonValue}), or is the constant's name in any case.
 */
class CaseInsensitiveEnumConverterFactory implements ConverterFactory<String, Enum<?>> {

    @Override
    public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
        Map<String, T> spellings = spellings(targetType);
        return source -> {
            if (source.isBlank()) {
                return null;
            }
            T constant = spellings.get(source.trim().toLowerCase(Locale.ROOT));
            if (constant == null) {
                throw new IllegalArgumentException("No such value: " + source);
            }
            return constant;
        };
    }

    private static <T extends Enum<?>> Map<String, T> spellings(Class<T> type) {
        Optional<Method> jsonValue = Arrays.stream(type.getMethods())
                .filter(method -> method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0)
                .findFirst();
        Map<String, T> spellings = new HashMap<>();
        for (T constant : type.getEnumConstants()) {
            spellings.put(constant.name().toLowerCase(Locale.ROOT), constant);
            jsonValue.ifPresent(method -> spellings.put(json(method, constant), constant));
        }
        return Map.copyOf(spellings);
    }

    private static String json(Method method, Object constant) {
        try {
            return String.valueOf(method.invoke(constant)).toLowerCase(Locale.ROOT);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read the JSON value of " + constant, e);
        }
    }
}
