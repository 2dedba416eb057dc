package cm.resultinstitute.platform.mail.domain;

import cm.resultinstitute.platform.mail.MailStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The outbox. */
public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Integer> {

    /**
     * Locks the messages a sender may claim: due ones, and those whose lease ran out. Rows another transaction holds
     * are skipped, not waited for, so that instances share the work; the claim then leases them.
     */
    @Query(value = """
            SELECT * FROM mail_outbox
            WHERE (status = 'queued' AND next_attempt_at <= :now)
               OR (status = 'sending' AND lease_until <= :now)
            ORDER BY next_attempt_at, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutgoingMail> claimDue(Instant now, int limit);

    /** The message, locked until the transaction ends, so that no claim or resend changes it meanwhile. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT m FROM OutgoingMail m WHERE m.id = :id")
    Optional<OutgoingMail> findLockedById(int id);

    Page<OutgoingMail> findByStatus(MailStatus status, Pageable pageable);
}
