package cm.resultinstitute.platform.trainings.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Trainings by id and slug. */
public interface TrainingRepository extends JpaRepository<Training, Integer> {

    Optional<Training> findBySlug(String slug);
}
