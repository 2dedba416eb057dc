package cm.resultinstitute.platform.projects.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tasks of projects. */
public interface TaskRepository extends JpaRepository<Task, Integer> {}
