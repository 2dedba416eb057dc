package cm.resultinstitute.platform.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the fields a list may be sorted by (as the API names them, which is also the entity property), and the
 * order used when the request names none, e.g. {@code "startDate,asc"}. Put on a {@link PageQuery} parameter, or on
 * an annotation that several endpoints of one list share.
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SortableBy {

    String[] value();

    String defaultSort() default "";
}
