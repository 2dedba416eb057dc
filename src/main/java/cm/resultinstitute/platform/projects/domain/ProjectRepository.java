package cm.resultinstitute.platform.projects.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Projects by id. */
public interface ProjectRepository extends JpaRepository<Project, Integer> {

    boolean existsByCreatedBy(Integer userId);

    /** The project, locked until the transaction ends ({@code SELECT ... FOR UPDATE}): its board changes one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = :id")
    Optional<Project> lock(Integer id);
}
