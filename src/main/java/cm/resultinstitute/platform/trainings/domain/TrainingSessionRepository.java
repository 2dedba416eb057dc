package cm.resultinstitute.platform.trainings.domain;

import java.time.Instant;
import java.util.Collection;
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

    /** Sessions of some trainings in a period, with their training, for calendars and reminders. */
    @EntityGraph(attributePaths = "training")
    @Query("""
            select s from TrainingSession s
            where s.training.id in :trainingIds and s.sessionDate >= :from and s.sessionDate < :to
            order by s.sessionDate, s.id""")
    List<TrainingSession> findScheduled(Collection<Integer> trainingIds, Instant from, Instant to);

    /** The same, one page in the page's order. */
    @EntityGraph(attributePaths = "training")
    @Query(value = """
                    select s from TrainingSession s
                    where s.training.id in :trainingIds and s.sessionDate >= :from and s.sessionDate < :to""", countQuery = """
                    select count(s) from TrainingSession s
                    where s.training.id in :trainingIds and s.sessionDate >= :from and s.sessionDate < :to""")
    Page<TrainingSession> findScheduled(Collection<Integer> trainingIds, Instant from, Instant to, Pageable page);

    @EntityGraph(attributePaths = "training")
    @Query("""
            select s from TrainingSession s
            where s.status = cm.resultinstitute.platform.trainings.SessionStatus.SCHEDULED
              and s.sessionDate >= :from and s.sessionDate < :to
            order by s.sessionDate, s.id""")
    List<TrainingSession> findStartingBetween(Instant from, Instant to);
}
