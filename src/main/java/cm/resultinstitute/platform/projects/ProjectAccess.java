package cm.resultinstitute.platform.projects;

import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.users.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a project: admins and trainers see every project, participants only those where a task is
 * assigned to them (the others are 404 to them); the creator and admins change it (403 for the others who see it).
 */
@Component
class ProjectAccess {

    private final JdbcClient jdbc;

    ProjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean canSee(Caller caller, int projectId, Integer createdBy) {
        return caller.isAdmin()
                || caller.isTrainer()
                || canManage(caller, createdBy)
                || jdbc.sql("SELECT EXISTS (SELECT 1 FROM tasks WHERE project_id = :project AND assigned_to = :me)")
                        .param("project", projectId)
                        .param("me", caller.id())
                        .query(Boolean.class)
                        .single();
    }

    static boolean canManage(Caller caller, Integer createdBy) {
        return caller.isAdmin() || (createdBy != null && caller.is(createdBy));
    }

    /** Refuses a caller who may not change the project: 404 if they may not even see it. */
    void requireManager(Caller caller, int projectId, Integer createdBy) {
        if (!canManage(caller, createdBy)) {
            requireVisible(caller, projectId, createdBy);
            throw forbidden();
        }
    }

    void requireVisible(Caller caller, int projectId, Integer createdBy) {
        if (!canSee(caller, projectId, createdBy)) {
            throw notFound();
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("projects.notFound");
    }

    static ProblemException forbidden() {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "projects.forbidden");
    }
}
