package cm.resultinstitute.platform.test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcRequest;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every exchange with {@code /api/v1} a test makes through MockMvc is checked against the OpenAPI document the
 * platform serves ({@code src/test/resources/openapi/platform-api.json}, kept equal to it by {@code ApiDocumentTest}):
 * a status, a content type or a body the document does not describe fails the test that received it, and so does a
 * request the platform accepted (2xx) that the document would not allow. A refused request is not checked: tests
 * send invalid ones on purpose.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiContract {

    /** Checks the answer only. */
    private static final OpenApiInteractionValidator ANSWERS = validator(true);

    /** Checks the request too. */
    private static final OpenApiInteractionValidator EXCHANGES = validator(false);

    @Bean
    MockMvcBuilderCustomizer apiExchangesFollowTheDocument() {
        return builder -> builder.alwaysDo(ApiContract::check);
    }

    static void check(MvcResult result) {
        String path = result.getRequest().getRequestURI();
        if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/test-probe/")) {
            return;
        }
        boolean accepted = result.getResponse().getStatus() < 300;
        ValidationReport report = (accepted ? EXCHANGES : ANSWERS)
                .validate(MockMvcRequest.of(result.getRequest()), MockMvcResponse.of(result.getResponse()));
        if (report.hasErrors()) {
            throw new AssertionError(result.getRequest().getMethod() + " " + path + " → "
                    + result.getResponse().getStatus() + " is not what the API document describes:\n"
                    + report.getMessages());
        }
    }

    private static OpenApiInteractionValidator validator(boolean answersOnly) {
        LevelResolver.Builder levels = LevelResolver.create();
        if (answersOnly) {
            levels.withLevel("validation.request", ValidationReport.Level.IGNORE);
        } else {
            // The API reads its query leniently (ignores unknown parameters, takes "ON_HOLD" for "on_hold"), and the
            // validator splits "sort=title,asc" at its comma: a query it accepted is not held to the letter.
            levels.withLevel("validation.request.parameter", ValidationReport.Level.IGNORE);
        }
        try {
            String document = Files.readString(Path.of("src/test/resources/openapi/platform-api.json"));
            return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                    .withLevelResolver(levels.build())
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
