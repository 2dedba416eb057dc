package cm.resultinstitute.platform.reports.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * A report answers a JSON page, or a CSV file of every matching row with {@code Accept: text/csv} or
 * {@code ?format=csv}: the document says both, instead of "anything" ({@code *}{@code /*}).
 */
@Component
class ReportCsvDocumentation implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!ReportsController.class.equals(handler.getBeanType()) || operation.getParameters() == null) {
            return operation;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("format".equals(parameter.getName())) {
                StringSchema format = new StringSchema();
                format.setEnum(List.of("csv"));
                parameter
                        .description("csv: every matching row as a CSV file (as Accept: text/csv)")
                        .schema(format);
                csvToo(
                        operation.getResponses() == null
                                ? null
                                : operation.getResponses().get("200"));
            }
        }
        return operation;
    }

    private static void csvToo(ApiResponse ok) {
        if (ok == null || ok.getContent() == null) {
            return;
        }
        Content content = new Content();
        MediaType json = ok.getContent().get("*/*");
        content.addMediaType(
                org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json != null ? json : new MediaType());
        content.addMediaType("text/csv", new MediaType().schema(new StringSchema()));
        ok.setContent(content);
    }
}
