package cm.resultinstitute.platform.shared.web;

import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.BeanUtils;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Shows the services' refusals on pages, in the visitor's language: each field problem next to its field, the rest
 * as a notice on top.
 */
@Component
public class PageProblems {

    private final MessageSource messages;

    PageProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence that explains the refusal. */
    public String detail(ProblemException problem, Locale locale) {
        String code = problem.getDetailMessageCode();
        return messages.getMessage(code, problem.getDetailMessageArguments(), code, locale);
    }

    /** The most precise sentence: the first field problem's, or the detail. */
    public String firstMessage(ProblemException problem, Locale locale) {
        return problem.errors().isEmpty()
                ? detail(problem, locale)
                : message(problem.errors().get(0).message(), locale);
    }

    /**
     * Puts the field problems on the form fields that exist; returns the notice to show on top when something could
     * not be placed on a field (or the refusal is not about fields at all).
     */
    public Optional<String> reject(ProblemException problem, BindingResult errors, Locale locale) {
        boolean allPlaced = !problem.errors().isEmpty();
        Object form = errors.getTarget();
        for (FieldProblem field : problem.errors()) {
            if (field.field() != null
                    && form != null
                    && BeanUtils.getPropertyDescriptor(form.getClass(), field.field()) != null) {
                errors.rejectValue(field.field(), "invalid", message(field.message(), locale));
            } else {
                allPlaced = false;
            }
        }
        return allPlaced && problem instanceof InvalidRequestException
                ? Optional.empty()
                : Optional.of(detail(problem, locale));
    }

    private String message(String message, Locale locale) {
        if (message != null && message.startsWith("{") && message.endsWith("}")) {
            String code = message.substring(1, message.length() - 1);
            return messages.getMessage(code, null, code, locale);
        }
        return message;
    }
}
