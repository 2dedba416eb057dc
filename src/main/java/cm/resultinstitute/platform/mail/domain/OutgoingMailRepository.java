package cm.resultinstitute.platform.mail.domain;

import cm.resultinstitute.platform.mail.MailStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The outbox. */
public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Integer> {

    /**
     * Claims due messages for this instance: rows another instance is sending are skipped, not waited for, so no
     * message is ever sent twice.
     */
    @Query(value = """
            SELECT * FROM mail_outbox
            WHERE status = 'queued' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutgoingMail> claimDue(Instant now, int limit);

    Page<OutgoingMail> findByStatus(MailStatus status, Pageable pageable);
}
