package cm.resultinstitute.platform.enrollments.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Issued certificates. */
public interface CertificateRepository extends JpaRepository<Certificate, Integer> {

    Optional<Certificate> findByEnrollmentId(Integer enrollmentId);

    Optional<Certificate> findByCode(String code);
}
