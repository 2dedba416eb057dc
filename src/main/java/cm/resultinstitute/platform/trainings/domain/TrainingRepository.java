package cm.resultinstitute.platform.trainings.domain;

import cm.resultinstitute.platform.trainings.TrainingCard;
import cm.resultinstitute.platform.trainings.TrainingStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Trainings by id, slug and status. */
public interface TrainingRepository extends JpaRepository<Training, Integer> {

    @Query("""
            select new cm.resultinstitute.platform.trainings.TrainingCard(
                t.id, t.title, t.slug, t.category, t.level, t.startDate, t.endDate, t.location, t.durationHours)
            from Training t
            where t.status = :status and (t.endDate is null or t.endDate >= :today)
            order by t.startDate asc nulls last, t.id desc
            """)
    List<TrainingCard> findCurrentCards(TrainingStatus status, LocalDate today, Limit limit);

    Optional<Training> findBySlug(String slug);
}
