package cm.resultinstitute.platform.shared.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads a {@link DryRun} flag: absent is {@code false}; present, it is {@code true} unless it says {@code false}. */
class DryRunResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(DryRun.class) && parameter.getParameterType() == Boolean.class;
    }

    @Override
    public Boolean resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        String[] values = request.getParameterValues(DryRun.NAME);
        if (values == null) {
            return false;
        }
        boolean dryRun = false;
        for (String value : values) {
            dryRun |= parse(value == null ? "" : value.strip(), parameter);
        }
        return dryRun;
    }

    private static boolean parse(String value, MethodParameter parameter) {
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new MethodArgumentTypeMismatchException(value, boolean.class, DryRun.NAME, parameter, null);
    }
}
