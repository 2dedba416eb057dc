package cm.resultinstitute.platform.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a {@code PATCH} body that may be left out (it stays as it is) but not sent as {@code null}: a title, a
 * status, a name has no empty value to be cleared to. {@code "title": null} is a 400 naming the field
 * ({@link NullsRefused}), where it was taken for a field left out.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotNullWhenSent {

    /** The extension that marks such a field's schema while the API document is built; it is not published. */
    String DOCUMENTATION_MARK = "x-not-null-when-sent";
}
