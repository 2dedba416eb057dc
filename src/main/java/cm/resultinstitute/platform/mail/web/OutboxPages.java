package cm.resultinstitute.platform.mail.web;

import cm.resultinstitute.platform.mail.MailStatus;
import cm.resultinstitute.platform.mail.OutboxReader;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.SortableBy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The mail outbox page for admins: what waits, what went, what failed and why. */
@Controller
class OutboxPages {

    private final OutboxReader outbox;

    OutboxPages(OutboxReader outbox) {
        this.outbox = outbox;
    }

    @ModelAttribute("statuses")
    MailStatus[] statuses() {
        return MailStatus.values();
    }

    @GetMapping("/admin/outbox")
    String list(
            @RequestParam(required = false) MailStatus status,
            @SortableBy(value = "createdAt", defaultSort = "createdAt,desc") PageQuery page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("page", outbox.list(status, page.pageable()));
        model.addAttribute("pageBase", pageBase(status, page));
        // The same address answers a page or a fragment: caches must keep both apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return fragmentOnly(request) ? "admin/outbox/table :: table" : "admin/outbox/list";
    }

    private static String pageBase(MailStatus status, PageQuery page) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (status != null) {
            values.put("status", status.value());
        }
        if (page.size() != PageQuery.DEFAULT_SIZE) {
            values.put("size", page.size());
        }
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/admin/outbox");
        values.keySet().forEach(name -> base.queryParam(name, "{" + name + "}"));
        return base.encode().buildAndExpand(values).toUriString();
    }

    /** htmx asks for the fragment, except when it restores history and needs the whole page. */
    private static boolean fragmentOnly(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
