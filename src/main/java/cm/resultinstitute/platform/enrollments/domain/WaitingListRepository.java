package cm.resultinstitute.platform.enrollments.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The waiting lists of full trainings. */
public interface WaitingListRepository extends JpaRepository<WaitingListEntry, Integer> {

    Optional<WaitingListEntry> findByTrainingIdAndUserId(Integer trainingId, Integer userId);

    List<WaitingListEntry> findByTrainingIdOrderByIdAsc(Integer trainingId, Limit limit);

    @Query("select count(w) from WaitingListEntry w where w.trainingId = :trainingId and w.id <= :id")
    long positionOf(Integer trainingId, Integer id);
}
