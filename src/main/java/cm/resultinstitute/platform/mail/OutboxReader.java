package cm.resultinstitute.platform.mail;

import cm.resultinstitute.platform.mail.domain.OutgoingMail;
import cm.resultinstitute.platform.mail.domain.OutgoingMailRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox for the operations screens. */
@Service
public class OutboxReader {

    private final OutgoingMailRepository outbox;

    OutboxReader(OutgoingMailRepository outbox) {
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public Page<OutboxEntry> list(MailStatus status, Pageable page) {
        Page<OutgoingMail> mails = status == null ? outbox.findAll(page) : outbox.findByStatus(status, page);
        return mails.map(OutboxEntry::of);
    }
}
