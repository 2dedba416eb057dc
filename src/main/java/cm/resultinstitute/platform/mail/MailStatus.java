package cm.resultinstitute.platform.mail;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;

/**
 * Where a message of the outbox is: waiting (also between retries), being sent by one sender under a lease,
 * delivered, or given up on.
 */
public enum MailStatus {
    QUEUED("queued"),
    SENDING("sending"),
    SENT("sent"),
    FAILED("failed");

    @EnumeratedValue
    private final String value;

    MailStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
