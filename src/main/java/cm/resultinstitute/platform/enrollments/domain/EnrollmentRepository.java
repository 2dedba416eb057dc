package cm.resultinstitute.platform.enrollments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Enrolments by id. */
public interface EnrollmentRepository extends JpaRepository<Enrollment, Integer> {}
