package cm.resultinstitute.platform.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every parameter of {@code /v3/api-docs} shows an example a client can try: the first of its allowed values, or a
 * value from the demo institute for the parameters the operations share ({@code id}, {@code q}, {@code from}...).
 */
@Component
class ParameterExamples implements GlobalOpenApiCustomizer {

    private static final Map<String, Object> BY_NAME = Map.ofEntries(
            Map.entry("id", 3),
            Map.entry("page", 0),
            Map.entry("size", 20),
            Map.entry("q", "leadership"),
            Map.entry("translations", "all"),
            Map.entry("status", "published"),
            Map.entry("category", "Leadership Training"),
            Map.entry("from", "2026-03-01"),
            Map.entry("to", "2026-06-30"),
            Map.entry("dryRun", true),
            Map.entry("value", "Leadership Training"),
            Map.entry("userId", 7),
            Map.entry("assignedTo", 7),
            Map.entry("tag", "leadership"),
            Map.entry("authorId", 2),
            Map.entry("trainingId", 3),
            Map.entry("code", "7KQ2M-4XW9P-B3N8R-T6H2D-Y5C9J"),
            Map.entry("action", "training_published"),
            Map.entry("entityType", "training"),
            Map.entry("entityId", 3));

    /** Path parameters that take an id or a slug. */
    private static final Object ID_OR_SLUG = "leading-teams-with-purpose";

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> example(path, parameter));
            }
        }));
    }

    private static void example(String path, Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        if (parameter.getExample() != null || schema == null || schema.getExample() != null) {
            return;
        }
        Object example = allowed(schema);
        if (example == null && "id".equals(parameter.getName()) && isString(schema)) {
            example = path.startsWith("/api/v1/blog/") ? "what-great-leaders-do-differently" : ID_OR_SLUG;
        }
        if (example == null && "code".equals(parameter.getName()) && path.contains("certificates")) {
            example = BY_NAME.get("code");
        }
        if (example == null) {
            example = BY_NAME.get(parameter.getName());
        }
        if (example != null) {
            parameter.setExample(example);
        }
    }

    /** The first allowed value, of a list of them too ({@code sort}: {@code startDate,asc}). */
    private static Object allowed(Schema<?> schema) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        Schema<?> items = schema.getItems();
        if (items != null && items.getEnum() != null && !items.getEnum().isEmpty()) {
            return List.of(items.getEnum().get(0));
        }
        return null;
    }

    private static boolean isString(Schema<?> schema) {
        return "string".equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().contains("string"));
    }
}
