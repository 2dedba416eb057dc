package cm.resultinstitute.platform.enrollments.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Enrolments by id, and by participant and training. */
public interface EnrollmentRepository extends JpaRepository<Enrollment, Integer> {

    Optional<Enrollment> findByUserIdAndTrainingId(Integer userId, Integer trainingId);

    boolean existsByTrainingId(Integer trainingId);

    @Query("""
            select count(e) from Enrollment e
            where e.trainingId = :trainingId
              and e.status in (cm.resultinstitute.platform.enrollments.EnrollmentStatus.ACTIVE,
                               cm.resultinstitute.platform.enrollments.EnrollmentStatus.COMPLETED)""")
    long countSeatsTaken(Integer trainingId);
}
