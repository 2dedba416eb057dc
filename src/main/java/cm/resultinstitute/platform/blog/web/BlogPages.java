package cm.resultinstitute.platform.blog.web;

import cm.resultinstitute.platform.blog.BlogPosts;
import cm.resultinstitute.platform.blog.PostFilter;
import cm.resultinstitute.platform.blog.PostStatus;
import cm.resultinstitute.platform.blog.PostView;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.users.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public blog: the list of published posts with its filters and search, and each post with its video. */
@Controller
class BlogPages {

    private final BlogPosts posts;
    private final AppProperties properties;

    BlogPages(BlogPosts posts, AppProperties properties) {
        this.posts = posts;
        this.properties = properties;
    }

    /** The whole page, or only the list for htmx, which replaces it as the search changes. */
    @GetMapping("/blog")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String category,
            @SortableBy(value = "publishedAt", defaultSort = "publishedAt,desc") PageQuery page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        PostFilter filter = new PostFilter(
                blankToNull(category), blankToNull(tag), null, PostStatus.PUBLISHED, limited(blankToNull(q)));
        model.addAttribute("filter", filter);
        model.addAttribute("page", posts.list(filter, Optional.empty(), page.pageable()));
        model.addAttribute("pageBase", pageBase(filter, page));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (Fragments.only(request)) {
            return "blog/posts :: posts";
        }
        model.addAttribute("tags", posts.tags());
        model.addAttribute("categories", posts.categories());
        return "blog/list";
    }

    @GetMapping("/blog/{slug}")
    String post(@PathVariable String slug, Optional<Caller> caller, Model model) {
        PostView post = posts.read(slug, caller);
        model.addAttribute("post", post);
        model.addAttribute("shareUrl", properties.link("/blog/" + post.slug()));
        model.addAttribute(
                "canEdit",
                caller.filter(me -> me.isAdmin() || me.is(post.authorId())).isPresent());
        return "blog/post";
    }

    private static String pageBase(PostFilter filter, PageQuery page) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (filter.q() != null) {
            values.put("q", filter.q());
        }
        if (filter.tag() != null) {
            values.put("tag", filter.tag());
        }
        if (filter.category() != null) {
            values.put("category", filter.category());
        }
        if (page.size() != PageQuery.DEFAULT_SIZE) {
            values.put("size", page.size());
        }
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/blog");
        values.keySet().forEach(name -> base.queryParam(name, "{" + name + "}"));
        return base.encode().buildAndExpand(values).toUriString();
    }

    private static String limited(String q) {
        return q == null || q.length() <= 100 ? q : q.substring(0, 100);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
