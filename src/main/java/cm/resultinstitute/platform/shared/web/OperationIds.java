package cm.resultinstitute.platform.shared.web;

import io.swagger.v3.oas.models.Operation;
import java.beans.Introspector;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Each operation's id names its controller and its method ({@code trainingsList}, {@code sessionsGet}): unique
 * without the numbered suffixes ({@code list_1}) that would otherwise name a generated client's methods, and stable as
 * other controllers come and go.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OperationIds implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName().replaceFirst("(Controller|Api)$", "");
        operation.setOperationId(Introspector.decapitalize(controller)
                + StringUtils.capitalize(handler.getMethod().getName()));
        return operation;
    }
}
