package cm.resultinstitute.platform.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a body that sends {@code null} for a {@link NotNullWhenSent} field, naming each such field. Jackson hands a
 * record the same {@code null} for a field sent as null and for one left out, so the body is looked at as JSON
 * first; only bodies of types with such fields are (the {@code PATCH}es).
 */
@ControllerAdvice
class NullsRefused extends RequestBodyAdviceAdapter {

    private final JsonMapper json;
    private final Map<Class<?>, List<String>> refusing = new ConcurrentHashMap<>();

    NullsRefused(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type && !fieldsRefusingNull(type).isEmpty();
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] body = input.getBody().readAllBytes();
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException e) {
            return replay(input, body); // the converter says what is wrong with it
        }
        if (tree != null && tree.isObject()) {
            List<FieldProblem> nulls = fieldsRefusingNull((Class<?>) targetType).stream()
                    .filter(name -> tree.has(name) && tree.get(name).isNull())
                    .map(name -> new FieldProblem(name, "{problem.field.notNull}"))
                    .toList();
            if (!nulls.isEmpty()) {
                throw new InvalidRequestException(nulls, "problem.validation.detail");
            }
        }
        return replay(input, body);
    }

    private List<String> fieldsRefusingNull(Class<?> type) {
        return refusing.computeIfAbsent(type, of -> Arrays.stream(of.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(NotNullWhenSent.class))
                .map(Field::getName)
                .sorted()
                .toList());
    }

    private static HttpInputMessage replay(HttpInputMessage input, byte[] body) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }
}
