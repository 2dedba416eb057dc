package cm.resultinstitute.platform.projects.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tasks of projects. */
public interface TaskRepository extends JpaRepository<Task, Integer> {

    @Query("select t.project.id from Task t where t.id = :id")
    Optional<Integer> findProjectId(Integer id);

    /** With their project in the same statement: it is read with every task (not lazy, see NoRuntimeBytecode). */
    @EntityGraph(attributePaths = "project")
    @Query("select t from Task t where t.project.id = :projectId")
    List<Task> findByProject(Integer projectId);
}
