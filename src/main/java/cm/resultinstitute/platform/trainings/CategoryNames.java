package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.shared.text.Language;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Pages name a stored category in their language ({@code ${@categoryNames.of(row.category())}}): the list is read
 * once per page, whatever the number of rows; a value off the list is shown as stored.
 */
@Component("categoryNames")
public class CategoryNames {

    private static final String READ = CategoryNames.class.getName() + ".names";

    private final Categories categories;

    CategoryNames(Categories categories) {
        this.categories = categories;
    }

    public String of(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        return names().getOrDefault(value.trim().toLowerCase(Locale.ROOT), value);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> names() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Map<String, String> names = request == null
                ? null
                : (Map<String, String>) request.getAttribute(READ, RequestAttributes.SCOPE_REQUEST);
        if (names == null) {
            names = new HashMap<>();
            for (CategoryView category : categories.list(Language.ofPage())) {
                names.put(category.value().toLowerCase(Locale.ROOT), category.name());
            }
            if (request != null) {
                request.setAttribute(READ, names, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return names;
    }
}
