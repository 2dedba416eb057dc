package cm.resultinstitute.platform.projects.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Projects by id. */
public interface ProjectRepository extends JpaRepository<Project, Integer> {

    boolean existsByCreatedBy(Integer userId);
}
