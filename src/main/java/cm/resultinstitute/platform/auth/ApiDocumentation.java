package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.NotNullWhenSent;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/**
 * What {@code /v3/api-docs} says about the API as a whole and about who may call what and how it can fail: the bearer
 * scheme on every operation that needs a token (from the same public list the security rules use) and on none of the
 * public ones, the server of this installation, the tags of the modules, and the problem answers each operation can
 * give, as one shared {@code Problem} schema.
 */
@Component
class ApiDocumentation implements GlobalOpenApiCustomizer {

    static {
        // A controller's Caller is who signed in, from the token or the session: never a parameter a client sends.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        // Files (PDF, PNG, CSV) travel as raw bytes, not as base64 text: "binary", as a client generator reads it.
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        byte[].class,
                        new io.swagger.v3.oas.models.media.Schema<>()
                                .type("string")
                                .format("binary"));
    }

    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";

    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    private static final Map<String, String> ANSWERS = Map.of(
            "400", "The request is not valid: `errors` names each field and what is wrong with it.",
            "401", "No access token, or one that has expired or been revoked.",
            "403", "The token's user may not do this.",
            "404", "No such record, or one the caller may not see.",
            "409", "The request conflicts with the record's state (a duplicate, a full training, a refused change).",
            "413", "The body is larger than 1 MiB.",
            "415", "The body is not of a type this operation reads.",
            "422", "The Idempotency-Key was used for another request.",
            "429", "Too many attempts: wait for the number of seconds in `Retry-After`.",
            "503", "The database cannot be reached: try again after `Retry-After` seconds.");

    /** The problem answers of public operations that the rules do not give, with what they mean there. */
    private static final Map<String, Map<String, String>> ALSO = Map.of(
            "POST /api/v1/auth/login",
            Map.of(
                    "401", "Wrong email or password.",
                    "403", "The account is inactive or suspended."),
            "POST /api/v1/auth/refresh",
            Map.of("401", "The refresh token is unknown, expired or revoked (a reuse revokes all of the user's)."),
            "POST /api/v1/me/email-verification",
            Map.of("429", ANSWERS.get("429")));

    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry(
                    "Authentication",
                    "Register, confirm the address, sign in, refresh the token pair, sign out,"
                            + " reset a password. Public."),
            Map.entry("Own account", "The signed-in user's profile, password, enrolments, attendance and calendar."),
            Map.entry("Users", "Accounts: admins manage them (and import them from CSV); trainers look people up."),
            Map.entry(
                    "Trainings and sessions",
                    "The catalogue (public reads), and the trainings and sessions their"
                            + " trainers and admins write."),
            Map.entry(
                    "Enrolment, waiting list, certificates",
                    "Seats, the waiting list, progress and certificates;" + " enrolments import from CSV."),
            Map.entry("Attendance", "Roll calls, check-in codes, paper sign-in sheets and attendance imports."),
            Map.entry("Blog", "Posts with YouTube videos: public reads, writes by trainers and admins."),
            Map.entry("Projects and tasks", "Projects and their task boards."),
            Map.entry("Reports", "Figures of the institute, for admins (and trainers for their own trainings)."),
            Map.entry("Audit trail", "Everything that happened, for admins."),
            Map.entry("Operations", "The outbox of mail and other tools of the admins."));

    private final AppProperties properties;

    ApiDocumentation(AppProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customise(OpenAPI api) {
        forgetTheCaller(api);
        optionalMeansNullable(api);
        api.info(new Info()
                        .title("Result Institute platform API")
                        .version("v1")
                        .description("Trainings, enrolment, attendance, certificates, blog, projects and reports of"
                                + " Result Institute. Errors are application/problem+json (RFC 9457). Sign in with"
                                + " POST /api/v1/auth/login; send the access token as `Authorization: Bearer …`;"
                                + " when it expires, POST /api/v1/auth/refresh with the refresh token gives a new"
                                + " pair (the old refresh token stops working).")
                        .contact(new Contact().name("Result Institute").url("https://resultinstitute.cm"))
                        .license(new License()
                                .name("Proprietary: all rights reserved, Result Institute")
                                .url("https://resultinstitute.cm")))
                .servers(List.of(new Server()
                        .url(properties.link("").replaceAll("/$", ""))
                        .description("This installation")));
        api.tags(TAGS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(tag -> new io.swagger.v3.oas.models.tags.Tag()
                        .name(tag.getKey())
                        .description(tag.getValue()))
                .toList());
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An access token from POST /api/v1/auth/login or /api/v1/auth/refresh."))
                .addSchemas(PROBLEM, problemSchema()));
        if (api.getPaths() == null) {
            return;
        }
        Map<String, String[]> described = OperationTexts.read();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String[] text = described.get(method + " " + path);
            if (text != null) {
                operation.summary(operation.getSummary() == null ? text[0] : operation.getSummary());
                operation.description(operation.getDescription() == null ? text[1] : operation.getDescription());
            }
            boolean open = isPublic(method, path);
            if (open) {
                // Said, not left out: an operation without "security" would leave a client guessing.
                operation.setSecurity(new java.util.ArrayList<>());
            } else {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            }
            // In order of status, so that the document is the same from one start to the next.
            Map<String, String> also = ALSO.getOrDefault(method + " " + path, Map.of());
            answers(method, path, open).forEach(status -> answer(operation, status, ANSWERS.get(status)));
            new TreeMap<>(also).forEach((status, meaning) -> answer(operation, status, meaning));
        }));
    }

    /** The same public operations as {@link SecurityConfiguration}: signing in and the public reads. */
    static boolean isPublic(PathItem.HttpMethod method, String path) {
        if (method == PathItem.HttpMethod.POST && path.startsWith("/api/v1/auth/")) {
            return true;
        }
        return method == PathItem.HttpMethod.GET
                && Arrays.stream(SecurityConfiguration.PUBLIC_READS).anyMatch(pattern -> PATHS.match(pattern, path));
    }

    private static List<String> answers(PathItem.HttpMethod method, String path, boolean open) {
        List<String> answers = new java.util.ArrayList<>(List.of("400"));
        if (!open) {
            answers.addAll(List.of("401", "403"));
        }
        if (path.contains("{")) {
            answers.add("404");
        }
        if (WRITES.contains(method)) {
            answers.addAll(List.of("409", "413", "415", "422"));
        }
        if (path.startsWith("/api/v1/auth/")) {
            answers.add("429");
        }
        answers.add("503");
        return answers;
    }

    private static void answer(Operation operation, String status, String meaning) {
        if (operation.getResponses() == null || operation.getResponses().containsKey(status)) {
            return;
        }
        ApiResponse answer = new ApiResponse();
        if (status.equals("429") || status.equals("503")) {
            answer.addHeaderObject(
                    "Retry-After",
                    new Header()
                            .description("How many seconds to wait before trying again.")
                            .schema(new IntegerSchema()));
        }
        operation
                .getResponses()
                .addApiResponse(
                        status,
                        answer.description(meaning)
                                .content(new Content()
                                        .addMediaType(
                                                "application/problem+json",
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().example("email"));
        error.addProperty("message", new StringSchema().example("Not an email address."));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details, in the caller's language.");
        problem.addProperty(
                "type", new StringSchema().format("uri").example("https://resultinstitute.cm/problems/validation"));
        problem.addProperty("title", new StringSchema().example("Bad Request"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().example("The request is not valid."));
        problem.addProperty(
                "instance", new StringSchema().format("uri-reference").example("/api/v1/users"));
        problem.addProperty("errors", new ArraySchema().items(error));
        problem.required(List.of("type", "title", "status"));
        // RFC 9457 extension members: a full training's "waitingListAvailable", an import's "report"...
        problem.additionalProperties(true);
        return problem;
    }

    /** An {@code Optional<Caller>} slips past the ignored types as a query object: it is who signed in, not input. */
    private static void forgetTheCaller(OpenAPI api) {
        String caller = "#/components/schemas/" + Caller.class.getSimpleName();
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation
                            .getParameters()
                            .removeIf(parameter -> parameter.getSchema() != null
                                    && caller.equals(parameter.getSchema().get$ref()));
                }
            }));
        }
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().remove(Caller.class.getSimpleName());
        }
    }

    /**
     * A property a schema does not require may also be {@code null}: the API writes every field, an unknown one as
     * {@code null} (a training without a level, a post without a video), and a change reads {@code null} as "keep";
     * except the fields of a change that have no empty value ({@link NotNullWhenSent}): those may only be left out.
     */
    @SuppressWarnings("rawtypes")
    private static void optionalMeansNullable(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : api.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            properties.forEach((name, property) -> {
                boolean neverNull = property.getExtensions() != null
                        && property.getExtensions().remove(NotNullWhenSent.DOCUMENTATION_MARK) != null;
                if (property.getExtensions() != null && property.getExtensions().isEmpty()) {
                    property.setExtensions(null);
                }
                if (!required.contains(name) && property.get$ref() == null && !neverNull) {
                    nullable(property);
                }
            });
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void nullable(Schema property) {
        java.util.Set<String> types = property.getTypes() != null
                ? new java.util.LinkedHashSet<>(property.getTypes())
                : property.getType() != null ? new java.util.LinkedHashSet<>(List.of(property.getType())) : null;
        if (types == null) {
            return;
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new java.util.ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
    }
}
