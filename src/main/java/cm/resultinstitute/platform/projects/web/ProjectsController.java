package cm.resultinstitute.platform.projects.web;

import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.ProjectFilter;
import cm.resultinstitute.platform.projects.ProjectStatus;
import cm.resultinstitute.platform.projects.ProjectView;
import cm.resultinstitute.platform.projects.Projects;
import cm.resultinstitute.platform.projects.TaskBoard;
import cm.resultinstitute.platform.projects.TaskFilter;
import cm.resultinstitute.platform.projects.TaskStatus;
import cm.resultinstitute.platform.projects.TaskView;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Projects and the tasks of their boards, and the caller's own tasks. */
@RestController
@RequestMapping(ApiPaths.V1)
@Tag(name = "Projects and tasks")
class ProjectsController {

    private final Projects projects;
    private final TaskBoard board;

    ProjectsController(Projects projects, TaskBoard board) {
        this.projects = projects;
        this.board = board;
    }

    @GetMapping("/projects")
    PageResponse<ProjectView> list(
            Caller caller,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) @Size(max = 100) String q,
            @SortableBy(
                            value = {
                                "title",
                                "status",
                                "priority",
                                "startDate",
                                "endDate",
                                "budget",
                                "createdAt",
                                "updatedAt",
                                "id"
                            },
                            defaultSort = "createdAt,desc")
                    PageQuery page) {
        return PageResponse.of(projects.list(new ProjectFilter(status, priority, q), caller, page.pageable()));
    }

    @PostMapping("/projects")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER')")
    ResponseEntity<ProjectView> create(Caller caller, @Valid @RequestBody CreateProjectRequest request) {
        ProjectView created = projects.create(request.project(), caller);
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/projects/" + created.id()))
                .body(created);
    }

    @GetMapping("/projects/{id}")
    ProjectView get(Caller caller, @PathVariable int id) {
        return projects.get(id, caller);
    }

    @PatchMapping("/projects/{id}")
    ProjectView update(Caller caller, @PathVariable int id, @Valid @RequestBody UpdateProjectRequest request) {
        return projects.update(id, request.changes(), caller);
    }

    @DeleteMapping("/projects/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable int id) {
        projects.delete(id, caller);
    }

    /**
     * The project's tasks by column (todo, in progress, review, done), then by place in the column, unless a sort is
     * asked for.
     */
    @GetMapping("/projects/{id}/tasks")
    PageResponse<TaskView> tasks(
            Caller caller,
            @PathVariable int id,
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) Integer assignedTo,
            @SortableBy({"dueDate", "createdAt", "updatedAt", "title", "status", "priority", "id"}) PageQuery page) {
        return PageResponse.of(board.list(id, new TaskFilter(status, assignedTo), caller, page.pageable()));
    }

    @PostMapping("/projects/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TaskView> createTask(
            Caller caller, @PathVariable int id, @Valid @RequestBody CreateTaskRequest request) {
        TaskView created = board.create(id, request.task(), caller);
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/tasks/" + created.id()))
                .body(created);
    }

    @GetMapping("/tasks/{id}")
    TaskView task(Caller caller, @PathVariable int id) {
        return board.get(id, caller);
    }

    @PatchMapping("/tasks/{id}")
    TaskView updateTask(Caller caller, @PathVariable int id, @Valid @RequestBody UpdateTaskRequest request) {
        return board.update(id, request.changes(), caller);
    }

    @PostMapping("/tasks/{id}/move")
    TaskView move(Caller caller, @PathVariable int id, @Valid @RequestBody MoveTaskRequest request) {
        return board.move(id, request.status(), request.position(), caller);
    }

    @DeleteMapping("/tasks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTask(Caller caller, @PathVariable int id) {
        board.delete(id, caller);
    }

    @GetMapping("/me/tasks")
    PageResponse<TaskView> myTasks(
            Caller caller,
            @RequestParam(required = false) TaskStatus status,
            @SortableBy(
                            value = {"dueDate", "createdAt", "updatedAt", "title", "status", "priority", "id"},
                            defaultSort = "dueDate,asc")
                    PageQuery page) {
        return PageResponse.of(board.assignedTo(caller, status, page.pageable()));
    }
}
