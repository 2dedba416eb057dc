package cm.resultinstitute.platform.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * A list's {@link PageQuery} parameter is documented as what a client sends: {@code page}, {@code size} and
 * {@code sort} query parameters with their bounds and the sort fields the list allows, not as one object.
 */
@Component
class PageQueryDocumentation implements GlobalOperationCustomizer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (PageQuery.class.equals(parameter.getParameterType())) {
                document(operation, sortable(parameter));
            }
        }
        return operation;
    }

    private static void document(Operation operation, SortableBy sortable) {
        operation.addParametersItem(new QueryParameter()
                .name("page")
                .description("The page, from 0")
                .schema(new IntegerSchema()._default(0).minimum(java.math.BigDecimal.ZERO)));
        operation.addParametersItem(new QueryParameter()
                .name("size")
                .description("Items per page")
                .schema(new IntegerSchema()
                        ._default(PageQuery.DEFAULT_SIZE)
                        .minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_SIZE))));
        if (sortable != null && sortable.value().length > 0) {
            List<String> orders = new ArrayList<>();
            for (String field : sortable.value()) {
                orders.add(field + ",asc");
                orders.add(field + ",desc");
            }
            StringSchema order = new StringSchema();
            order.setEnum(orders);
            ArraySchema sort = new ArraySchema().items(order);
            if (!sortable.defaultSort().isEmpty()) {
                sort.setDefault(List.of(sortable.defaultSort()));
            }
            operation.addParametersItem(new QueryParameter()
                    .name("sort")
                    .description("field,asc or field,desc; repeat it to sort by several fields")
                    .schema(sort));
        }
    }

    private static SortableBy sortable(MethodParameter parameter) {
        return MergedAnnotations.from(parameter.getParameterAnnotations())
                .get(SortableBy.class)
                .synthesize(MergedAnnotation::isPresent)
                .orElse(null);
    }
}
