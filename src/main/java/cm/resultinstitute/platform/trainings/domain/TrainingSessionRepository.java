package cm.resultinstitute.platform.trainings.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Sessions of trainings. */
public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Integer> {

    /** With their training in the same statement: it is read with every session (not lazy, see NoRuntimeBytecode). */
    @EntityGraph(attributePaths = "training")
    Page<TrainingSession> findByTrainingId(Integer trainingId, Pageable pageable);

    @EntityGraph(attributePaths = "training")
    @Query("""
            select s from TrainingSession s
            where s.status = cm.resultinstitute.platform.trainings.SessionStatus.SCHEDULED
              and s.sessionDate >= :from and s.sessionDate < :to
            order by s.sessionDate, s.id""")
    List<TrainingSession> findStartingBetween(Instant from, Instant to);
}
