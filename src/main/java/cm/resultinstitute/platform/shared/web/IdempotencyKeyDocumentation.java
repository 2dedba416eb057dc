package cm.resultinstitute.platform.shared.web;

import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Every write in {@code /v3/api-docs} names the {@code Idempotency-Key} header it accepts and what a repeat gets. */
@Component
class IdempotencyKeyDocumentation implements GlobalOpenApiCustomizer {

    static final String DESCRIPTION = """
            Makes a retry safe. The first request with a key runs and its answer is kept for 24 hours; a repeat of \
            the same request (method, path, query and body) by the same caller with the same key gets that answer \
            again, with `Idempotent-Replayed: true`, and runs nothing. The same key with another request is 422; a \
            repeat while the first still runs is 409 with `Retry-After`. Answers a retry may cure (5xx, 429) are not \
            kept. Use a new random key (a UUID) for each new request.""";

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((name, path) -> path.readOperationsMap().forEach((method, operation) -> {
            if (IdempotentWrites.ISSUING_TOKENS.contains(name)) {
                return;
            }
            boolean documented = operation.getParameters() != null
                    && operation.getParameters().stream()
                            .anyMatch(parameter -> IdempotentWrites.KEY_HEADER.equals(parameter.getName()));
            if (WRITES.contains(method) && !documented) {
                operation.addParametersItem(new HeaderParameter()
                        .name(IdempotentWrites.KEY_HEADER)
                        .required(false)
                        .description(DESCRIPTION)
                        .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x20-\\x7E]+$"))
                        .example("3f1c9a52-8d0e-4b7a-9c61-2e5d0f8b7a14"));
            }
        }));
    }
}
