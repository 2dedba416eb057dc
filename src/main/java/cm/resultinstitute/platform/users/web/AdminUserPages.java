package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Languages;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserAccounts;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserFilter;
import cm.resultinstitute.platform.users.UserStatus;
import cm.resultinstitute.platform.users.UserView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The admin's pages for accounts: the searchable list, creation (the owner is invited to choose a password), changes of
 * role, status and verification, invitations sent again, deletion.
 */
@Controller
class AdminUserPages {

    private final UserDirectory directory;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final PageProblems problems;
    private final AppProperties properties;

    AdminUserPages(
            UserDirectory directory,
            UserAccounts accounts,
            MessageSource messages,
            PageProblems problems,
            AppProperties properties) {
        this.directory = directory;
        this.accounts = accounts;
        this.messages = messages;
        this.problems = problems;
        this.properties = properties;
    }

    /** The institute's time zone, in which the pages give every time. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return properties.timeZone();
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @ModelAttribute("statuses")
    UserStatus[] statuses() {
        return UserStatus.values();
    }

    /** The whole page, or only its table for htmx, which replaces the table as the filters change. */
    @GetMapping("/admin/users")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) UserStatus status,
            @SortableBy(value = "lastName", defaultSort = "lastName,asc") PageQuery page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        UserFilter filter = new UserFilter(role, status, q);
        model.addAttribute("filter", filter);
        model.addAttribute("page", directory.search(filter, page.pageable()));
        model.addAttribute("pageBase", pageBase(q, role, status, page));
        // The same address answers a page or a fragment: caches must keep both apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return fragmentOnly(request) ? "admin/users/table :: table" : "admin/users/list";
    }

    @GetMapping("/admin/users/new")
    String newUser(@ModelAttribute("form") NewUserForm form, Locale locale) {
        if (form.getLanguage() == null) {
            form.setLanguage(Languages.of(locale));
        }
        return "admin/users/new";
    }

    @PostMapping("/admin/users/new")
    String create(
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                UserView created = accounts.create(form.account(), false);
                redirect.addFlashAttribute("notice", message("admin.users.invited", locale, created.email()));
                return "redirect:/admin/users/" + created.id();
            } catch (ProblemException problem) {
                problems.reject(problem, errors, locale).ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return "admin/users/new";
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable int id, Model model) {
        UserView user = directory.view(id);
        model.addAttribute("user", user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", UserChangesForm.of(user));
        }
        return "admin/users/edit";
    }

    @PostMapping("/admin/users/{id}")
    String save(
            @PathVariable int id,
            Caller caller,
            @Valid @ModelAttribute("form") UserChangesForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.update(id, form.changes(), caller);
                redirect.addFlashAttribute("notice", message("admin.users.saved", locale));
                return "redirect:/admin/users/" + id;
            } catch (ProblemException problem) {
                problems.reject(problem, errors, locale).ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return edit(id, model);
    }

    @PostMapping("/admin/users/{id}/invitation")
    String invite(@PathVariable int id, Locale locale, RedirectAttributes redirect) {
        UserView user = directory.view(id);
        accounts.invite(id);
        redirect.addFlashAttribute("notice", message("admin.users.invitationSent", locale, user.email()));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/delete")
    String delete(
            @PathVariable int id,
            Caller caller,
            @RequestParam(defaultValue = "false") boolean confirm,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        UserView user = directory.view(id);
        if (!confirm) {
            model.addAttribute("error", message("admin.users.delete.unconfirmed", locale));
            return edit(id, model);
        }
        try {
            accounts.delete(id, caller);
        } catch (ProblemException problem) {
            model.addAttribute("error", problems.detail(problem, locale));
            return edit(id, model);
        }
        redirect.addFlashAttribute("notice", message("admin.users.deleted", locale, user.email()));
        return "redirect:/admin/users";
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    private static String pageBase(String q, Role role, UserStatus status, PageQuery page) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (q != null && !q.isBlank()) {
            values.put("q", q.trim());
        }
        if (role != null) {
            values.put("role", role.value());
        }
        if (status != null) {
            values.put("status", status.value());
        }
        if (page.size() != PageQuery.DEFAULT_SIZE) {
            values.put("size", page.size());
        }
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/admin/users");
        // As URI variables the values are encoded strictly: the "+" of "jane+test@x.cm" stays a "+".
        values.keySet().forEach(name -> base.queryParam(name, "{" + name + "}"));
        return base.encode().buildAndExpand(values).toUriString();
    }

    /** htmx asks for the fragment, except when it restores history and needs the whole page. */
    private static boolean fragmentOnly(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
