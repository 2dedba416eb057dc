package cm.resultinstitute.platform.projects;

import cm.resultinstitute.platform.projects.domain.ProjectRepository;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.users.UserDeletionRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deleting a project's creator would delete the project and its tasks (the schema cascades): refuse instead. */
@Component
class ProjectCreatorDeletionGuard {

    private final ProjectRepository projects;

    ProjectCreatorDeletionGuard(ProjectRepository projects) {
        this.projects = projects;
    }

    @EventListener
    void refuseIfCreator(UserDeletionRequested deletion) {
        if (projects.existsByCreatedBy(deletion.userId())) {
            throw new ConflictException("delete-refused", "user.delete.hasProjects");
        }
    }
}
