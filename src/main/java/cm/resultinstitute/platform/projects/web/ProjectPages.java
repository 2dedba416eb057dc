package cm.resultinstitute.platform.projects.web;

import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.ProjectFilter;
import cm.resultinstitute.platform.projects.ProjectStatus;
import cm.resultinstitute.platform.projects.ProjectView;
import cm.resultinstitute.platform.projects.Projects;
import cm.resultinstitute.platform.projects.TaskBoard;
import cm.resultinstitute.platform.projects.TaskStatus;
import cm.resultinstitute.platform.projects.TaskView;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.users.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The projects' pages: the list, starting and changing a project, and its board. */
@Controller
class ProjectPages {

    private final Projects projects;
    private final TaskBoard board;
    private final MessageSource messages;
    private final PageProblems problems;

    ProjectPages(Projects projects, TaskBoard board, MessageSource messages, PageProblems problems) {
        this.projects = projects;
        this.board = board;
        this.messages = messages;
        this.problems = problems;
    }

    @ModelAttribute("statuses")
    ProjectStatus[] statuses() {
        return ProjectStatus.values();
    }

    @ModelAttribute("priorities")
    Priority[] priorities() {
        return Priority.values();
    }

    /** The whole page, or only the table for htmx, which replaces it as the filters change. */
    @GetMapping("/projects")
    String list(
            Caller caller,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) String q,
            @SortableBy(value = "createdAt", defaultSort = "createdAt,desc") PageQuery page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String text = q == null || q.isBlank()
                ? null
                : q.trim().substring(0, Math.min(q.trim().length(), 100));
        ProjectFilter filter = new ProjectFilter(status, priority, text);
        model.addAttribute("filter", filter);
        model.addAttribute("page", projects.list(filter, caller, page.pageable()));
        model.addAttribute("pageBase", pageBase(filter, page));
        model.addAttribute("canCreate", caller.isAdmin() || caller.isTrainer());
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return Htmx.fragmentOnly(request) ? "projects/table :: table" : "projects/list";
    }

    @GetMapping("/projects/new")
    String newProject(Caller caller, @ModelAttribute("form") ProjectForm form) {
        requireCreator(caller);
        return "projects/form";
    }

    @PostMapping("/projects/new")
    String create(
            Caller caller,
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        requireCreator(caller);
        if (!errors.hasErrors()) {
            try {
                ProjectView created = projects.create(form.project(), caller);
                redirect.addFlashAttribute("notice", message("projects.created", locale));
                return "redirect:/projects/" + created.id();
            } catch (ProblemException problem) {
                problems.reject(problem, errors, locale).ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return "projects/form";
    }

    /** The project and its board: the columns in order, each card where it was put. */
    @GetMapping("/projects/{id}")
    String project(@PathVariable int id, Caller caller, Model model) {
        ProjectView project = projects.get(id, caller);
        List<TaskView> tasks = board.board(id, caller);
        model.addAttribute("project", project);
        model.addAttribute("canManage", projects.canManage(caller, project));
        model.addAttribute("me", caller.id());
        model.addAttribute(
                "columns",
                Arrays.stream(TaskStatus.values())
                        .map(status -> new BoardColumn(
                                status,
                                tasks.stream()
                                        .filter(task -> task.status() == status)
                                        .toList()))
                        .toList());
        model.addAttribute("taskStatuses", TaskStatus.values());
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", new TaskForm());
        }
        if (model.getAttribute(TaskPages.REFUSED_FIELDS) instanceof Map<?, ?> refused) {
            // A refused new task, back from its redirect: each reason by its field again.
            BindingResult errors = new BeanPropertyBindingResult(model.getAttribute("taskForm"), "taskForm");
            refused.forEach((field, reason) -> errors.rejectValue((String) field, "refused", (String) reason));
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "taskForm", errors);
        }
        return "projects/board";
    }

    @GetMapping("/projects/{id}/edit")
    String edit(@PathVariable int id, Caller caller, Model model) {
        ProjectView project = projects.get(id, caller);
        if (!projects.canManage(caller, project)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "projects.forbidden");
        }
        model.addAttribute("project", project);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProjectForm.of(project));
        }
        return "projects/form";
    }

    @PostMapping("/projects/{id}/edit")
    String save(
            @PathVariable int id,
            Caller caller,
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                projects.update(id, form.changes(), caller);
                redirect.addFlashAttribute("notice", message("projects.saved", locale));
                return "redirect:/projects/" + id;
            } catch (ProblemException problem) {
                if (problem.getStatusCode().value() != 400) {
                    throw problem;
                }
                problems.reject(problem, errors, locale).ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return edit(id, caller, model);
    }

    @PostMapping("/projects/{id}/delete")
    String delete(
            @PathVariable int id,
            Caller caller,
            @RequestParam(defaultValue = "false") boolean confirm,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ProjectView project = projects.get(id, caller);
        if (!confirm) {
            model.addAttribute("error", message("projects.delete.unconfirmed", locale));
            return edit(id, caller, model);
        }
        projects.delete(id, caller);
        redirect.addFlashAttribute("notice", message("projects.deleted", locale, project.title()));
        return "redirect:/projects";
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    private static void requireCreator(Caller caller) {
        if (!caller.isAdmin() && !caller.isTrainer()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "projects.forbidden");
        }
    }

    private static String pageBase(ProjectFilter filter, PageQuery page) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (filter.q() != null) {
            values.put("q", filter.q());
        }
        if (filter.status() != null) {
            values.put("status", filter.status().value());
        }
        if (filter.priority() != null) {
            values.put("priority", filter.priority().value());
        }
        if (page.size() != PageQuery.DEFAULT_SIZE) {
            values.put("size", page.size());
        }
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/projects");
        values.keySet().forEach(name -> base.queryParam(name, "{" + name + "}"));
        return base.encode().buildAndExpand(values).toUriString();
    }
}
