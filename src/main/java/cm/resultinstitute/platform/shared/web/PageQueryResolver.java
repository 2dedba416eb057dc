package cm.resultinstitute.platform.shared.web;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives controllers a checked {@link PageQuery} from {@code ?page&size&sort}. */
class PageQueryResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public PageQuery resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return PageQuery.parse(
                request.getParameter("page"),
                request.getParameter("size"),
                request.getParameterValues("sort"),
                sortable(parameter));
    }

    /** {@link SortableBy} on the parameter, or on an annotation of it that names a list shared by several endpoints. */
    private static SortableBy sortable(MethodParameter parameter) {
        return MergedAnnotations.from(parameter.getParameterAnnotations())
                .get(SortableBy.class)
                .synthesize(MergedAnnotation::isPresent)
                .orElse(null);
    }
}
