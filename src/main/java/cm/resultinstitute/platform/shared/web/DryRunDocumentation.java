package cm.resultinstitute.platform.shared.web;

import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;

/** A {@link DryRun} flag may be left out: springdoc takes a parameter without {@code @RequestParam} for a required one. */
@Component
class DryRunDocumentation implements ParameterCustomizer {

    @Override
    public Parameter customize(Parameter documented, MethodParameter parameter) {
        if (documented != null && parameter.hasParameterAnnotation(DryRun.class)) {
            documented.setRequired(false);
        }
        return documented;
    }
}
