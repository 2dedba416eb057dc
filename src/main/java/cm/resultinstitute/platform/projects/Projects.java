package cm.resultinstitute.platform.projects;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.projects.domain.Project;
import cm.resultinstitute.platform.projects.domain.ProjectRepository;
import cm.resultinstitute.platform.shared.persistence.SqlPage;
import cm.resultinstitute.platform.shared.persistence.SqlWhere;
import cm.resultinstitute.platform.users.Caller;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects: trainers and admins start them, their creator and admins change and delete them (with their tasks, as the
 * schema cascades). Reads are single queries that bring the creator's name and the task counts along.
 */
@Service
public class Projects {

    private static final Map<String, String> COLUMNS = Map.of(
            "title", "p.title",
            "status", "p.status",
            "priority", "p.priority",
            "startDate", "p.start_date",
            "endDate", "p.end_date",
            "budget", "p.budget",
            "createdAt", "p.created_at",
            "updatedAt", "p.updated_at",
            "id", "p.id");
    private static final String SELECT = """
            SELECT p.id, p.title, p.description, COALESCE(p.status, 'planning') AS status,
                   COALESCE(p.priority, 'medium') AS priority, p.start_date, p.end_date, p.budget, p.location,
                   p.created_by, u.first_name || ' ' || u.last_name AS created_by_name, p.created_at, p.updated_at,
                   (SELECT count(*) FROM tasks t WHERE t.project_id = p.id) AS task_count,
                   (SELECT count(*) FROM tasks t WHERE t.project_id = p.id AND t.status = 'done') AS done_count
            FROM projects p JOIN users u ON u.id = p.created_by""";

    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final JdbcClient jdbc;
    private final ActivityRecorder activity;

    Projects(ProjectRepository projects, ProjectAccess access, JdbcClient jdbc, ActivityRecorder activity) {
        this.projects = projects;
        this.access = access;
        this.jdbc = jdbc;
        this.activity = activity;
    }

    /** The projects the caller may see that match the filter: one query for the page, one for the count. */
    @Transactional(readOnly = true)
    public Page<ProjectView> list(ProjectFilter filter, Caller caller, Pageable page) {
        SqlWhere where = new SqlWhere();
        if (!caller.isAdmin() && !caller.isTrainer()) {
            where.and(
                    "(p.created_by = :me OR EXISTS"
                            + " (SELECT 1 FROM tasks t WHERE t.project_id = p.id AND t.assigned_to = :me))",
                    "me",
                    caller.id());
        }
        where.andIfPresent(filter.status(), "p.status = :status", "status", ProjectStatus::value)
                .andIfPresent(filter.priority(), "p.priority = :priority", "priority", Priority::value);
        if (filter.q() != null && !filter.q().isBlank()) {
            where.and(
                            "(p.title ILIKE :like OR p.description ILIKE :like OR :q <% p.title)",
                            "q", filter.q().trim())
                    .bind("like", SqlWhere.containing(filter.q().trim()));
        }
        List<ProjectView> content = jdbc.sql(SELECT + where.clause() + SqlPage.clause(page, COLUMNS, "p.id DESC"))
                .params(where.params())
                .query(Projects::view)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM projects p" + where.clause())
                .params(where.params())
                .query(Long.class)
                .single();
        return new PageImpl<>(content, page, total);
    }

    @Transactional(readOnly = true)
    public ProjectView get(int id, Caller caller) {
        ProjectView project = view(id).orElseThrow(ProjectAccess::notFound);
        access.requireVisible(caller, id, project.createdBy());
        return project;
    }

    /** Whether the caller may change the project and its board. */
    public boolean canManage(Caller caller, ProjectView project) {
        return ProjectAccess.canManage(caller, project.createdBy());
    }

    @Transactional
    public ProjectView create(NewProject request, Caller caller) {
        if (!caller.isAdmin() && !caller.isTrainer()) {
            throw ProjectAccess.forbidden();
        }
        Project project = new Project(request.title().trim(), caller.id());
        project.describe(request.title().trim(), blankToNull(request.description()), blankToNull(request.location()));
        project.schedule(request.startDate(), request.endDate());
        project.fund(request.budget());
        if (request.status() != null) {
            project.changeStatus(request.status());
        }
        if (request.priority() != null) {
            project.prioritise(request.priority());
        }
        projects.saveAndFlush(project);
        activity.record(ActivityEntry.of(
                        "project_created", "project", project.getId(), "Started the project " + project.getTitle())
                .with("status", project.getStatus().value())
                .with("priority", project.getPriority().value()));
        return view(project.getId()).orElseThrow();
    }

    @Transactional
    public ProjectView update(int id, ProjectChanges request, Caller caller) {
        Project project = projects.findById(id).orElseThrow(ProjectAccess::notFound);
        access.requireManager(caller, id, project.getCreatedBy());
        Changes changes = new Changes();
        project.describe(
                changes.note("title", project.getTitle(), orCurrent(request.title(), project.getTitle())),
                changes.note(
                        "description",
                        project.getDescription(),
                        orCurrentOrClear(request.description(), project.getDescription())),
                changes.note(
                        "location",
                        project.getLocation(),
                        orCurrentOrClear(request.location(), project.getLocation())));
        LocalDate start = request.startDate() == null
                ? project.getStartDate()
                : request.startDate().orElse(null);
        LocalDate end = request.endDate() == null
                ? project.getEndDate()
                : request.endDate().orElse(null);
        changes.note("startDate", project.getStartDate(), start);
        changes.note("endDate", project.getEndDate(), end);
        project.schedule(start, end);
        if (request.budget() != null) {
            BigDecimal budget = request.budget().orElse(null);
            if (project.getBudget() == null
                    || budget == null
                    || project.getBudget().compareTo(budget) != 0) {
                changes.note("budget", project.getBudget(), budget);
            }
            project.fund(budget);
        }
        if (request.status() != null) {
            project.changeStatus(changes.note("status", project.getStatus(), request.status()));
        }
        if (request.priority() != null) {
            project.prioritise(changes.note("priority", project.getPriority(), request.priority()));
        }
        projects.flush();
        if (!changes.isEmpty()) {
            activity.record(
                    ActivityEntry.of("project_updated", "project", id, "Updated the project " + project.getTitle())
                            .withChanges(changes));
        }
        return view(id).orElseThrow();
    }

    /** Deletes the project and, as the schema cascades, its tasks. */
    @Transactional
    public void delete(int id, Caller caller) {
        Project project = projects.lock(id).orElseThrow(ProjectAccess::notFound);
        access.requireManager(caller, id, project.getCreatedBy());
        long tasks = jdbc.sql("SELECT count(*) FROM tasks WHERE project_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        activity.record(ActivityEntry.of("project_deleted", "project", id, "Deleted the project " + project.getTitle())
                .with("title", project.getTitle())
                .with("tasks", tasks));
        projects.delete(project);
    }

    private Optional<ProjectView> view(int id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .query(Projects::view)
                .optional();
    }

    private static ProjectView view(ResultSet rs, int row) throws SQLException {
        return new ProjectView(
                rs.getInt("id"),
                rs.getString("title"),
                rs.getString("description"),
                ProjectStatus.of(rs.getString("status")),
                Priority.of(rs.getString("priority")),
                date(rs.getDate("start_date")),
                date(rs.getDate("end_date")),
                rs.getBigDecimal("budget"),
                rs.getString("location"),
                rs.getInt("created_by"),
                rs.getString("created_by_name"),
                rs.getLong("task_count"),
                rs.getLong("done_count"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String orCurrent(String requested, String current) {
        return requested == null ? current : requested.trim();
    }

    private static String orCurrentOrClear(String requested, String current) {
        return requested == null ? current : blankToNull(requested);
    }
}
