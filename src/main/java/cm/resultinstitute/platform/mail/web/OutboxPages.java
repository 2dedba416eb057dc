package cm.resultinstitute.platform.mail.web;

import cm.resultinstitute.platform.mail.MailStatus;
import cm.resultinstitute.platform.mail.OutboxEntry;
import cm.resultinstitute.platform.mail.OutboxReader;
import cm.resultinstitute.platform.mail.OutboxResender;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.SortableBy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mail outbox page for admins: what waits, what is being sent, what went, what failed and why, with a button to
 * send a failed or waiting mail again (htmx swaps just its row).
 */
@Controller
class OutboxPages {

    private final OutboxReader outbox;
    private final OutboxResender resender;
    private final PageProblems problems;
    private final MessageSource messages;
    private final AppProperties properties;

    OutboxPages(
            OutboxReader outbox,
            OutboxResender resender,
            PageProblems problems,
            MessageSource messages,
            AppProperties properties) {
        this.outbox = outbox;
        this.resender = resender;
        this.problems = problems;
        this.messages = messages;
        this.properties = properties;
    }

    /** The institute's time zone, in which the page gives every time. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return properties.timeZone();
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
        model.addAttribute("pageBase", pageBase(status, page.size()));
        // The same address answers a page or a fragment: caches must keep both apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return fragmentOnly(request) ? "admin/outbox/table :: table" : "admin/outbox/list";
    }

    /** Without htmx, back to the list (with its filter) and a notice; with htmx, the row as it is now. */
    @PostMapping("/admin/outbox/{id}/resend")
    String resend(
            @PathVariable int id,
            @RequestParam(required = false) MailStatus status,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        String list = "redirect:" + pageBase(status, PageQuery.DEFAULT_SIZE);
        try {
            OutboxEntry mail = resender.resend(id);
            if (!htmx) {
                redirect.addFlashAttribute(
                        "notice", messages.getMessage("admin.outbox.resent", new Object[] {mail.recipient()}, locale));
                return list;
            }
            model.addAttribute("mail", mail);
            model.addAttribute("status", status);
            return "admin/outbox/row :: row";
        } catch (ConflictException problem) {
            String error = problems.detail(problem, locale);
            if (!htmx) {
                redirect.addFlashAttribute("error", error);
                return list;
            }
            // The row stays as it was: the refusal goes to the notice above the table instead.
            response.setHeader("HX-Retarget", "#outbox-notice");
            response.setHeader("HX-Reswap", "innerHTML");
            model.addAttribute("error", error);
            return "admin/outbox/table :: notice";
        }
    }

    private static String pageBase(MailStatus status, int size) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (status != null) {
            values.put("status", status.value());
        }
        if (size != PageQuery.DEFAULT_SIZE) {
            values.put("size", size);
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
