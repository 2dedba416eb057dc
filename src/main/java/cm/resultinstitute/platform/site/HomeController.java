package cm.resultinstitute.platform.site;

import cm.resultinstitute.platform.blog.BlogReader;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the published trainings and the latest blog posts. */
@Controller
class HomeController {

    static final int TRAININGS_SHOWN = 6;
    static final int POSTS_SHOWN = 3;

    private final TrainingCatalog catalog;
    private final BlogReader blog;
    private final AppProperties properties;

    HomeController(TrainingCatalog catalog, BlogReader blog, AppProperties properties) {
        this.catalog = catalog;
        this.blog = blog;
        this.properties = properties;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        Language reader = Language.of(locale, Language.EN);
        model.addAttribute("trainings", catalog.current(TRAININGS_SHOWN, reader));
        model.addAttribute("posts", blog.recent(POSTS_SHOWN, reader));
        model.addAttribute("zone", properties.timeZone());
        return "home";
    }
}
