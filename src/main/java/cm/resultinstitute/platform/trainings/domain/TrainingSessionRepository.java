package cm.resultinstitute.platform.trainings.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Sessions of trainings. */
public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Integer> {}
