package cm.resultinstitute.platform.blog.web;

import cm.resultinstitute.platform.blog.BlogPosts;
import cm.resultinstitute.platform.blog.PostFilter;
import cm.resultinstitute.platform.blog.PostStatus;
import cm.resultinstitute.platform.blog.PostView;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.users.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The authors' pages: their posts whatever their status (all posts for admins), writing with a live preview of the
 * Markdown, publishing, archiving and deleting.
 */
@Controller
class BlogAuthorPages {

    private final BlogPosts posts;
    private final MessageSource messages;
    private final PageProblems problems;

    BlogAuthorPages(BlogPosts posts, MessageSource messages, PageProblems problems) {
        this.posts = posts;
        this.messages = messages;
        this.problems = problems;
    }

    @ModelAttribute("statuses")
    PostStatus[] statuses() {
        return PostStatus.values();
    }

    @GetMapping("/blog/manage")
    String list(
            Caller caller,
            @RequestParam(required = false) PostStatus status,
            @SortableBy(value = "updatedAt", defaultSort = "updatedAt,desc") PageQuery page,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        requireAuthor(caller);
        Integer author = caller.isAdmin() ? null : caller.id();
        PostFilter filter = new PostFilter(null, null, author, status, null);
        model.addAttribute("status", status);
        Language reader = Language.of(locale, Language.EN);
        model.addAttribute("page", posts.list(filter, Optional.of(caller), page.pageable(), reader, true));
        model.addAttribute("pageBase", status == null ? "/blog/manage" : "/blog/manage?status=" + status.value());
        return Fragments.only(request) ? "blog/manage/list :: posts" : "blog/manage/list";
    }

    @GetMapping("/blog/manage/new")
    String newPost(Caller caller, Locale locale, Model model) {
        requireAuthor(caller);
        model.addAttribute("form", PostForm.empty(Language.of(locale, Language.EN)));
        return "blog/manage/edit";
    }

    @PostMapping("/blog/manage/new")
    String create(
            Caller caller,
            @Valid @ModelAttribute("form") PostForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "draft") String action,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        requireAuthor(caller);
        rejectIncompleteTranslation(form, errors, locale);
        if (!errors.hasErrors()) {
            try {
                PostStatus status = action.equals("publish") ? PostStatus.PUBLISHED : PostStatus.DRAFT;
                PostView created = posts.create(form.post(status), caller);
                redirect.addFlashAttribute(
                        "notice", message("blog.manage." + created.status().value(), locale));
                return "redirect:/blog/manage/" + created.id();
            } catch (ProblemException problem) {
                problems.reject(problem, errors, locale).ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return "blog/manage/edit";
    }

    @GetMapping("/blog/manage/{id}")
    String edit(@PathVariable int id, Caller caller, Model model) {
        PostView post = posts.forEditing(id, caller);
        model.addAttribute("post", post);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PostForm.of(post));
        }
        return "blog/manage/edit";
    }

    /** Saves the post; the button pressed may also publish, archive or withdraw it. */
    @PostMapping("/blog/manage/{id}")
    String save(
            @PathVariable int id,
            Caller caller,
            @Valid @ModelAttribute("form") PostForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        PostStatus status =
                switch (action) {
                    case "publish" -> PostStatus.PUBLISHED;
                    case "archive" -> PostStatus.ARCHIVED;
                    case "draft" -> PostStatus.DRAFT;
                    default -> null;
                };
        rejectIncompleteTranslation(form, errors, locale);
        if (!errors.hasErrors()) {
            try {
                PostView saved = posts.update(id, form.changes(status), caller);
                String notice = status == null
                        ? "blog.manage.saved"
                        : "blog.manage." + saved.status().value();
                redirect.addFlashAttribute("notice", message(notice, locale));
                return "redirect:/blog/manage/" + id;
            } catch (ProblemException problem) {
                if (problem.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()
                        && problem.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                    throw problem;
                }
                problems.reject(problem, errors, locale).ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return edit(id, caller, model);
    }

    @PostMapping("/blog/manage/{id}/delete")
    String delete(
            @PathVariable int id,
            Caller caller,
            @RequestParam(defaultValue = "false") boolean confirm,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        PostView post = posts.forEditing(id, caller);
        if (!confirm) {
            model.addAttribute("error", message("blog.manage.delete.unconfirmed", locale));
            return edit(id, caller, model);
        }
        posts.delete(id, caller);
        redirect.addFlashAttribute("notice", message("blog.manage.deleted", locale, post.title()));
        return "redirect:/blog/manage";
    }

    /** The Markdown as it will show, for htmx as the author types: the original's, or the translation's. */
    @PostMapping("/blog/manage/preview")
    String preview(
            Caller caller,
            @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "") String translatedContent,
            @RequestParam(defaultValue = "false") boolean translation,
            Model model) {
        requireAuthor(caller);
        model.addAttribute("html", posts.preview(translation ? translatedContent : content));
        return translation ? "blog/manage/edit :: translationPreview" : "blog/manage/edit :: preview";
    }

    private void rejectIncompleteTranslation(PostForm form, BindingResult errors, Locale locale) {
        String missing = form.incompleteTranslation();
        if (missing != null) {
            errors.rejectValue(missing, "invalid", message("validation.notBlank", locale));
        }
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    private static void requireAuthor(Caller caller) {
        if (!caller.isAdmin() && !caller.isTrainer()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "blog.forbidden");
        }
    }
}
