package cm.resultinstitute.platform.trainings.web;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.trainings.CategoryName;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingFilter;
import cm.resultinstitute.platform.trainings.TrainingLevel;
import cm.resultinstitute.platform.users.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The public catalogue: published trainings, searched, filtered and paged; htmx swaps only the list. */
@Controller
class CataloguePages {

    private final TrainingCatalog catalog;
    private final AppProperties properties;
    private final Clock clock;
    private final MessageSource messages;

    CataloguePages(TrainingCatalog catalog, AppProperties properties, Clock clock, MessageSource messages) {
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
        this.messages = messages;
    }

    @ModelAttribute("levels")
    TrainingLevel[] levels() {
        return TrainingLevel.values();
    }

    /** The whole page, or only the list for htmx, which replaces it as the filters change. */
    @GetMapping("/trainings")
    String list(
            @ModelAttribute("filters") CatalogueFilters filters,
            @SortableBy({"startDate", "title"}) PageQuery page,
            Optional<Caller> caller,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        List<String> invalid = new ArrayList<>();
        TrainingFilter filter = filters.parse(properties.today(clock), invalid);
        if (invalid.isEmpty()) {
            model.addAttribute("page", catalog.list(filter, page.pageable(), caller));
            model.addAttribute("pageBase", filters.pageBase(page));
        } else {
            String fields = invalid.stream()
                    .map(field -> messages.getMessage("trainings.filter." + field, null, field, locale))
                    .collect(Collectors.joining(", "));
            model.addAttribute("error", messages.getMessage("trainings.filter.invalid", new Object[] {fields}, locale));
        }
        // The same address answers a page or a fragment: caches must keep both apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (fragmentOnly(request)) {
            return "trainings/cards :: cards";
        }
        model.addAttribute("categories", categoryChoices(filters.getCategory(), locale));
        return "trainings/list";
    }

    /** The categories in use, and the one asked for even when nothing is published in it any more. */
    private List<CategoryName> categoryChoices(String asked, Locale locale) {
        List<CategoryName> categories = new ArrayList<>(catalog.publishedCategories(Language.of(locale, Language.EN)));
        if (asked != null
                && !asked.isBlank()
                && categories.stream().noneMatch(category -> category.value().equalsIgnoreCase(asked.trim()))) {
            categories.add(new CategoryName(asked.trim(), asked.trim()));
        }
        return categories;
    }

    /** htmx asks for the fragment, except when it restores history and needs the whole page. */
    private static boolean fragmentOnly(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
