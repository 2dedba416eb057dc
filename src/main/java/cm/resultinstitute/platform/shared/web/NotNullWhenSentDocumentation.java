package cm.resultinstitute.platform.shared.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * Marks the schema of a {@link NotNullWhenSent} field, for the document to leave {@code "null"} out of its types: it
 * may be left out, never sent as {@code null}. The mark is the only way to tell: the pass that makes optional fields
 * nullable sees schemas, not the Java fields they came from.
 */
@Component
class NotNullWhenSentDocumentation implements PropertyCustomizer {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        if (property != null && refusesNull(type.getCtxAnnotations())) {
            property.addExtension(NotNullWhenSent.DOCUMENTATION_MARK, true);
        }
        return property;
    }

    private static boolean refusesNull(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations).anyMatch(NotNullWhenSent.class::isInstance);
    }
}
