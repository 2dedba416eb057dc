package cm.resultinstitute.platform.projects.web;

import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.TaskBoard;
import cm.resultinstitute.platform.projects.TaskChanges;
import cm.resultinstitute.platform.projects.TaskStatus;
import cm.resultinstitute.platform.projects.TaskView;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserFilter;
import cm.resultinstitute.platform.users.UserStatus;
import cm.resultinstitute.platform.users.UserSummary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * The tasks' pages: adding a card, the edit dialog (a page of its own without JavaScript), the moves the board sends
 * as cards are dropped, the search for someone to assign, and "my tasks".
 */
@Controller
class TaskPages {

    private static final int PEOPLE_SHOWN = 20;

    private final TaskBoard board;
    private final UserDirectory users;
    /** The flash attribute that carries a refused new task's reasons, by field, to the board. */
    static final String REFUSED_FIELDS = "refusedTaskFields";

    private final MessageSource messages;
    private final PageProblems problems;

    TaskPages(TaskBoard board, UserDirectory users, MessageSource messages, PageProblems problems) {
        this.board = board;
        this.users = users;
        this.messages = messages;
        this.problems = problems;
    }

    @ModelAttribute("taskStatuses")
    TaskStatus[] taskStatuses() {
        return TaskStatus.values();
    }

    @ModelAttribute("priorities")
    Priority[] priorities() {
        return Priority.values();
    }

    @PostMapping("/projects/{id}/tasks")
    String create(
            @PathVariable int id,
            Caller caller,
            @Valid @ModelAttribute("taskForm") TaskForm form,
            BindingResult errors,
            Locale locale,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            // Back on the board with what was typed, each refusal next to its field. Flash attributes live in the
            // session, which stores only what serialises: the form and the worded reasons, not the BindingResult.
            Map<String, String> refused = new LinkedHashMap<>();
            errors.getFieldErrors()
                    .forEach(error -> refused.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
            redirect.addFlashAttribute("taskForm", form);
            redirect.addFlashAttribute(REFUSED_FIELDS, refused);
            redirect.addFlashAttribute("error", message("problem.validation.detail", locale));
        } else {
            try {
                board.create(id, form.task(), caller);
                redirect.addFlashAttribute("notice", message("projects.task.added", locale));
            } catch (ProblemException problem) {
                if (problem.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()) {
                    throw problem;
                }
                redirect.addFlashAttribute("taskForm", form);
                redirect.addFlashAttribute("error", problems.firstMessage(problem, locale));
            }
        }
        return "redirect:/projects/" + id;
    }

    /** The edit form: htmx puts it in the board's dialog; without JavaScript it is a page of its own. */
    @GetMapping("/projects/tasks/{id}")
    String edit(@PathVariable int id, Caller caller, HttpServletRequest request, Model model) {
        TaskView task = board.get(id, caller);
        model.addAttribute("task", task);
        model.addAttribute("canManage", board.canManage(task, caller));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TaskForm.of(task));
        }
        return Htmx.fragmentOnly(request) ? "projects/task :: dialog" : "projects/task";
    }

    @PostMapping("/projects/tasks/{id}")
    String save(
            @PathVariable int id,
            Caller caller,
            @ModelAttribute("form") TaskForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        TaskView task = board.get(id, caller);
        boolean manager = board.canManage(task, caller);
        if (manager
                && (form.getTitle() == null
                        || form.getTitle().isBlank()
                        || form.getTitle().length() > 255)) {
            errors.rejectValue("title", "invalid", message("projects.validation.title", locale));
        }
        if (!errors.hasErrors()) {
            try {
                board.update(id, manager ? form.changes() : TaskChanges.status(form.getStatus()), caller);
                if (Htmx.fragmentOnly(request)) {
                    response.setHeader("HX-Redirect", "/projects/" + task.projectId());
                    return "projects/task :: saved";
                }
                return "redirect:/projects/" + task.projectId();
            } catch (ProblemException problem) {
                if (problem.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()) {
                    throw problem;
                }
                problems.reject(problem, errors, locale).ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return edit(id, caller, request, model);
    }

    @PostMapping("/projects/tasks/{id}/delete")
    String delete(
            @PathVariable int id,
            Caller caller,
            @RequestParam(defaultValue = "false") boolean confirm,
            Locale locale,
            RedirectAttributes redirect) {
        TaskView task = board.get(id, caller);
        if (!confirm) {
            redirect.addFlashAttribute("error", message("projects.task.delete.unconfirmed", locale));
            return "redirect:/projects/tasks/" + id;
        }
        board.delete(id, caller);
        redirect.addFlashAttribute("notice", message("projects.task.deleted", locale));
        return "redirect:/projects/" + task.projectId();
    }

    /** A card dropped on the board: its new column and place (204), or the refusal's status. */
    @PostMapping("/projects/tasks/{id}/move")
    ResponseEntity<Void> move(
            @PathVariable int id, Caller caller, @RequestParam TaskStatus status, @RequestParam int position) {
        board.move(id, status, position, caller);
        return ResponseEntity.noContent().build();
    }

    /** Active people whose name or email matches, as the options of the assignee list. */
    @GetMapping("/projects/people")
    String people(
            Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer current,
            Model model) {
        if (!caller.isAdmin() && !caller.isTrainer()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "projects.forbidden");
        }
        String text = q == null ? "" : q.trim();
        List<UserSummary> found = text.isEmpty()
                ? List.of()
                : users.searchSummaries(
                                new UserFilter(
                                        null, UserStatus.ACTIVE, text.substring(0, Math.min(100, text.length()))),
                                PageRequest.of(0, PEOPLE_SHOWN, Sort.by("lastName")))
                        .getContent();
        model.addAttribute("people", found);
        return "projects/people :: options";
    }

    @GetMapping("/my/tasks")
    String myTasks(
            Caller caller,
            @RequestParam(required = false) TaskStatus status,
            @SortableBy(value = "dueDate", defaultSort = "dueDate,asc") PageQuery page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("page", board.assignedTo(caller, status, page.pageable()));
        model.addAttribute("pageBase", status == null ? "/my/tasks" : "/my/tasks?status=" + status.value());
        return Htmx.fragmentOnly(request) ? "projects/my-tasks :: tasks" : "projects/my-tasks";
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
