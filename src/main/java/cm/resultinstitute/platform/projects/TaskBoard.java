package cm.resultinstitute.platform.projects;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.mail.Mail;
import cm.resultinstitute.platform.mail.MailOutbox;
import cm.resultinstitute.platform.projects.domain.Board;
import cm.resultinstitute.platform.projects.domain.Project;
import cm.resultinstitute.platform.projects.domain.ProjectRepository;
import cm.resultinstitute.platform.projects.domain.Task;
import cm.resultinstitute.platform.projects.domain.TaskRepository;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.persistence.SqlPage;
import cm.resultinstitute.platform.shared.persistence.SqlWhere;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserStatus;
import cm.resultinstitute.platform.users.UserView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks on the projects' boards. The creator of a project and admins manage its tasks; an assignee may move
 * their own task between columns and nothing else. Every change of a board locks its project row first, so that
 * concurrent moves renumber the columns one after the other.
 */
@Service
public class TaskBoard {

    /** Board order: the columns from left to right, then the place in the column. */
    static final String BOARD_ORDER = " ORDER BY CASE t.status WHEN 'todo' THEN 0 WHEN 'in_progress' THEN 1"
            + " WHEN 'review' THEN 2 ELSE 3 END, t.order_index, t.id";

    private static final Map<String, String> SORTABLE = Map.of(
            "dueDate", "t.due_date",
            "createdAt", "t.created_at",
            "updatedAt", "t.updated_at",
            "title", "t.title",
            "status", "t.status",
            "priority", "t.priority",
            "id", "t.id");
    private static final String SELECT = """
            SELECT t.id, t.project_id, p.title AS project_title, t.title, t.description, t.assigned_to,
                   a.first_name || ' ' || a.last_name AS assigned_to_name, COALESCE(t.status, 'todo') AS status,
                   COALESCE(t.priority, 'medium') AS priority, t.due_date, t.completed_at,
                   COALESCE(t.order_index, 0) AS order_index, t.created_by, t.created_at, t.updated_at
            FROM tasks t JOIN projects p ON p.id = t.project_id LEFT JOIN users a ON a.id = t.assigned_to""";

    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final ProjectAccess access;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final ActivityRecorder activity;
    private final MailOutbox mail;
    private final AppProperties properties;
    private final Clock clock;

    TaskBoard(
            ProjectRepository projects,
            TaskRepository tasks,
            ProjectAccess access,
            UserDirectory users,
            JdbcClient jdbc,
            ActivityRecorder activity,
            MailOutbox mail,
            AppProperties properties,
            Clock clock) {
        this.projects = projects;
        this.tasks = tasks;
        this.access = access;
        this.users = users;
        this.jdbc = jdbc;
        this.activity = activity;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** A project's tasks in board order, if the caller may see the project. */
    @Transactional(readOnly = true)
    public Page<TaskView> list(int projectId, TaskFilter filter, Caller caller, Pageable page) {
        requireVisibleProject(projectId, caller);
        SqlWhere where = new SqlWhere()
                .and("t.project_id = :project", "project", projectId)
                .andIfPresent(filter.status(), "t.status = :status", "status", TaskStatus::value)
                .andIfPresent(filter.assignedTo(), "t.assigned_to = :assignedTo", "assignedTo");
        String order = page.getSort().isSorted() ? SqlPage.orderBy(page, SORTABLE, "t.id") : BOARD_ORDER;
        List<TaskView> content = jdbc.sql(SELECT + where.clause() + order + SqlPage.limit(page))
                .params(where.params())
                .query(TaskBoard::view)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM tasks t" + where.clause())
                .params(where.params())
                .query(Long.class)
                .single();
        return new PageImpl<>(content, page, total);
    }

    /** Every task of a project in board order, for its board page. */
    @Transactional(readOnly = true)
    public List<TaskView> board(int projectId, Caller caller) {
        requireVisibleProject(projectId, caller);
        return jdbc.sql(SELECT + " WHERE t.project_id = :project" + BOARD_ORDER)
                .param("project", projectId)
                .query(TaskBoard::view)
                .list();
    }

    /** The tasks assigned to the caller, in every project. */
    @Transactional(readOnly = true)
    public Page<TaskView> assignedTo(Caller caller, TaskStatus status, Pageable page) {
        String where = " WHERE t.assigned_to = :me" + (status == null ? "" : " AND t.status = :status");
        Map<String, Object> params = new HashMap<>();
        params.put("me", caller.id());
        if (status != null) {
            params.put("status", status.value());
        }
        List<TaskView> content = jdbc.sql(SELECT + where + SqlPage.clause(page, SORTABLE, "t.id"))
                .params(params)
                .query(TaskBoard::view)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM tasks t JOIN projects p ON p.id = t.project_id" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageImpl<>(content, page, total);
    }

    @Transactional(readOnly = true)
    public TaskView get(int taskId, Caller caller) {
        return view(taskId)
                .filter(task -> visibleProject(task.projectId(), caller))
                .orElseThrow(TaskBoard::notFound);
    }

    /** Whether the caller may change every field of the task, or only its column. */
    @Transactional(readOnly = true)
    public boolean canManage(TaskView task, Caller caller) {
        return projects.findById(task.projectId())
                .map(project -> ProjectAccess.canManage(caller, project.getCreatedBy()))
                .orElse(false);
    }

    @Transactional
    public TaskView create(int projectId, NewTask request, Caller caller) {
        Project project = projects.lock(projectId).orElseThrow(ProjectAccess::notFound);
        access.requireManager(caller, projectId, project.getCreatedBy());
        Board board = Board.of(tasks.findByProject(projectId));
        Task task = new Task(project, request.title().trim(), caller.id());
        task.describe(request.title().trim(), Projects.blankToNull(request.description()));
        if (request.priority() != null) {
            task.prioritise(request.priority());
        }
        task.dueOn(request.dueDate());
        UserView assignee = request.assignedTo() == null ? null : activeUser(request.assignedTo());
        task.assignTo(request.assignedTo());
        tasks.saveAndFlush(task);
        TaskStatus status = request.status() == null ? TaskStatus.TO_DO : request.status();
        board.place(task, status, board.size(status), clock);
        tasks.flush();
        activity.record(ActivityEntry.of(
                        "task_created",
                        "task",
                        task.getId(),
                        "Added the task " + task.getTitle() + " to " + project.getTitle())
                .with("projectId", projectId)
                .with("status", status.value()));
        // Being given to someone and being done are events of their own, as they are for a task changed later.
        if (assignee != null) {
            activity.record(assigned(task, "Assigned the task " + task.getTitle() + " to " + assignee.fullName())
                    .with("projectId", projectId)
                    .with("assignedTo", assignee.id()));
            tellAssignee(task, project, assignee, caller);
        }
        if (status == TaskStatus.DONE) {
            activity.record(
                    completed(task, "Completed the task " + task.getTitle()).with("projectId", projectId));
        }
        return view(task.getId()).orElseThrow();
    }

    /** The creator of the project or an admin change any field; the assignee only the status (403 otherwise). */
    @Transactional
    public TaskView update(int taskId, TaskChanges request, Caller caller) {
        Locked locked = lock(taskId, caller);
        Task task = locked.task();
        Project project = locked.project();
        if (!locked.manager() && !request.onlyStatus()) {
            throw ProjectAccess.forbidden();
        }
        Changes changes = new Changes();
        String title =
                request.title() == null ? task.getTitle() : request.title().trim();
        String description =
                request.description() == null ? task.getDescription() : Projects.blankToNull(request.description());
        task.describe(
                changes.note("title", task.getTitle(), title),
                changes.note("description", task.getDescription(), description));
        if (request.priority() != null) {
            task.prioritise(changes.note("priority", task.getPriority(), request.priority()));
        }
        if (request.dueDate() != null) {
            task.dueOn(
                    changes.note("dueDate", task.getDueDate(), request.dueDate().orElse(null)));
        }
        UserView assignee = null;
        if (request.assignedTo() != null) {
            Integer wanted = request.assignedTo().orElse(null);
            if (!Objects.equals(wanted, task.getAssignedTo())) {
                assignee = wanted == null ? null : activeUser(wanted);
                task.assignTo(changes.note("assignedTo", task.getAssignedTo(), wanted));
            }
        }
        TaskStatus before = task.getStatus();
        if (request.status() != null && request.status() != before) {
            changes.note("status", before, request.status());
            locked.board().place(task, request.status(), locked.board().size(request.status()), clock);
        }
        tasks.flush();
        recordChanges(task, project, changes, before, assignee, caller);
        return view(taskId).orElseThrow();
    }

    /** Moves a task to a place of a column (the end when past it), renumbering both columns 0..n-1. */
    @Transactional
    public TaskView move(int taskId, TaskStatus status, int position, Caller caller) {
        if (position < 0) {
            throw InvalidRequestException.field("position", "{projects.validation.position}");
        }
        Locked locked = lock(taskId, caller);
        Task task = locked.task();
        TaskStatus target = status == null ? task.getStatus() : status;
        TaskStatus before = task.getStatus();
        int from = task.getOrderIndex();
        locked.board().place(task, target, position, clock);
        tasks.flush();
        Changes changes = new Changes();
        changes.note("status", before, target);
        changes.note("orderIndex", from, task.getOrderIndex());
        recordChanges(task, locked.project(), changes, before, null, caller);
        return view(taskId).orElseThrow();
    }

    @Transactional
    public void delete(int taskId, Caller caller) {
        Locked locked = lock(taskId, caller);
        if (!locked.manager()) {
            throw ProjectAccess.forbidden();
        }
        Task task = locked.task();
        activity.record(ActivityEntry.of(
                        "task_deleted",
                        "task",
                        taskId,
                        "Deleted the task " + task.getTitle() + " of "
                                + locked.project().getTitle())
                .with("projectId", locked.project().getId())
                .with("title", task.getTitle()));
        locked.board().remove(task);
        tasks.delete(task);
    }

    private void recordChanges(
            Task task, Project project, Changes changes, TaskStatus before, UserView assignee, Caller caller) {
        if (changes.isEmpty()) {
            return;
        }
        // One entry for the request, the most specific: completed, else assigned, else updated; every change in it.
        ActivityEntry entry;
        if (task.getStatus() == TaskStatus.DONE && before != TaskStatus.DONE) {
            entry = completed(task, "Completed the task " + task.getTitle());
        } else if (assignee != null) {
            entry = assigned(task, "Assigned the task " + task.getTitle() + " to " + assignee.fullName());
        } else {
            entry = ActivityEntry.of("task_updated", "task", task.getId(), "Updated the task " + task.getTitle());
        }
        if (assignee != null) {
            entry = entry.with("assignedTo", assignee.id());
        }
        activity.record(entry.with("projectId", project.getId()).withChanges(changes));
        if (assignee != null) {
            tellAssignee(task, project, assignee, caller);
        }
    }

    private static ActivityEntry assigned(Task task, String description) {
        return ActivityEntry.of("task_assigned", "task", task.getId(), description);
    }

    private static ActivityEntry completed(Task task, String description) {
        return ActivityEntry.of("task_completed", "task", task.getId(), description)
                .with("completedAt", String.valueOf(task.getCompletedAt()));
    }

    /** Mails the new assignee, unless they assigned the task to themselves. */
    private void tellAssignee(Task task, Project project, UserView assignee, Caller caller) {
        if (caller.is(assignee.id())) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("name", assignee.firstName());
        model.put("taskTitle", task.getTitle());
        model.put("projectTitle", project.getTitle());
        model.put("dueDate", task.getDueDate() == null ? "" : task.getDueDate().toString());
        model.put("link", properties.link("/projects/" + project.getId()));
        mail.queue(new Mail(assignee.email(), assignee.language(), "task-assigned", model));
    }

    /** The task's project locked, its board read after the lock, and what the caller may do there. */
    private Locked lock(int taskId, Caller caller) {
        int projectId = tasks.findProjectId(taskId).orElseThrow(TaskBoard::notFound);
        Project project = projects.lock(projectId).orElseThrow(TaskBoard::notFound);
        List<Task> all = tasks.findByProject(projectId);
        Task task = all.stream()
                .filter(candidate -> candidate.getId() == taskId)
                .findFirst()
                .orElseThrow(TaskBoard::notFound);
        boolean manager = ProjectAccess.canManage(caller, project.getCreatedBy());
        if (!manager && !task.isAssignedTo(caller.id())) {
            // A task of a project the caller may not see is no task at all, said as for a missing one.
            if (!access.canSee(caller, projectId, project.getCreatedBy())) {
                throw notFound();
            }
            throw ProjectAccess.forbidden();
        }
        return new Locked(project, task, Board.of(all), manager);
    }

    private record Locked(Project project, Task task, Board board, boolean manager) {}

    private UserView activeUser(int userId) {
        return users.find(userId)
                .filter(user -> user.status() == UserStatus.ACTIVE)
                .orElseThrow(() -> InvalidRequestException.field("assignedTo", "{projects.validation.assignee}"));
    }

    private void requireVisibleProject(int projectId, Caller caller) {
        if (!visibleProject(projectId, caller)) {
            throw ProjectAccess.notFound();
        }
    }

    private boolean visibleProject(int projectId, Caller caller) {
        return jdbc.sql("SELECT created_by FROM projects WHERE id = :id")
                .param("id", projectId)
                .query(Integer.class)
                .optional()
                .map(createdBy -> access.canSee(caller, projectId, createdBy))
                .orElse(false);
    }

    private Optional<TaskView> view(int id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id")
                .param("id", id)
                .query(TaskBoard::view)
                .optional();
    }

    private static TaskView view(ResultSet rs, int row) throws SQLException {
        return new TaskView(
                rs.getInt("id"),
                rs.getInt("project_id"),
                rs.getString("project_title"),
                rs.getString("title"),
                rs.getString("description"),
                (Integer) rs.getObject("assigned_to"),
                rs.getString("assigned_to_name"),
                TaskStatus.of(rs.getString("status")),
                Priority.of(rs.getString("priority")),
                Projects.date(rs.getDate("due_date")),
                Projects.instant(rs.getTimestamp("completed_at")),
                rs.getInt("order_index"),
                (Integer) rs.getObject("created_by"),
                Projects.instant(rs.getTimestamp("created_at")),
                Projects.instant(rs.getTimestamp("updated_at")));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("projects.task.notFound");
    }
}
