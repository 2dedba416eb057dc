package cm.resultinstitute.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import cm.resultinstitute.platform.mail.domain.OutgoingMailRepository;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sender claims mail under a lease before sending it: nobody else sends a leased message, and one whose lease ran
 * out (its sender died, or lost the database) goes back to the queue.
 */
@PlatformTest
class OutboxLeaseTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutgoingMailRepository mails;

    @Autowired
    ObjectProvider<JavaMailSender> smtp;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AppProperties properties;

    @Test
    void aMailWhoseLeaseRanOutIsClaimedAgainAndDelivered() {
        int id = leased("left-behind@example.com", "Left behind", Instant.now().minus(Duration.ofMinutes(1)));

        Mailbox.awaitMailTo("left-behind@example.com", "Left behind");

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("sent"));
        Map<String, Object> row = row(id);
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("lease_id")).isNull();
        assertThat(row.get("lease_until")).isNull();
    }

    @Test
    void aLiveLeaseIsNotTakenByAnotherSender() {
        Instant until = Instant.now().plus(Duration.ofHours(1));
        int leasedId = leased("leased@example.com", "Being sent elsewhere", until);
        UUID lease = (UUID) row(leasedId).get("lease_id");
        queued("after-leased@example.com", "Queued behind it", Instant.now());

        // Another instance on the same database, beside this context's own sender.
        sender(Clock.systemUTC()).deliverDue();
        Mailbox.awaitMailTo("after-leased@example.com", "Queued behind it");

        // Claims take the oldest due mail first: had the leased one been taken, it would have gone out first.
        assertThat(SharedMail.received())
                .noneMatch(message -> recipient(message).equals("leased@example.com"));
        Map<String, Object> row = row(leasedId);
        assertThat(row.get("status")).isEqualTo("sending");
        assertThat(row.get("attempts")).isEqualTo(0);
        assertThat(row.get("lease_id")).isEqualTo(lease);
    }

    @Test
    void aClaimLeasesItsMailsUntilTheLeaseEnds() {
        // Due only tomorrow for this context's sender; due now for senders whose clock is two days ahead.
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(queued("claimed-" + i + "@example.com", "Claimed", tomorrow));
        }
        Instant later = Instant.now().plus(Duration.ofDays(2));

        OutboxSender.Claim first = sender(Clock.fixed(later, ZoneOffset.UTC)).claim();
        assertThat(first.mails()).extracting(OutboxSender.ClaimedMail::id).containsAll(ids);
        for (int id : ids) {
            Map<String, Object> row = row(id);
            assertThat(row.get("status")).isEqualTo("sending");
            assertThat(row.get("lease_id")).isEqualTo(first.lease());
            assertThat(((Timestamp) row.get("lease_until")).toInstant())
                    .isCloseTo(later.plus(properties.mail().lease()), within(1, ChronoUnit.MILLIS));
        }

        OutboxSender.Claim second =
                sender(Clock.fixed(later.plusSeconds(1), ZoneOffset.UTC)).claim();
        assertThat(second.mails()).extracting(OutboxSender.ClaimedMail::id).doesNotContainAnyElementsOf(ids);

        Instant afterTheLease = later.plus(properties.mail().lease()).plusSeconds(1);
        OutboxSender.Claim third =
                sender(Clock.fixed(afterTheLease, ZoneOffset.UTC)).claim();
        assertThat(third.mails()).extracting(OutboxSender.ClaimedMail::id).containsAll(ids);
        assertThat(row(ids.get(0)).get("lease_id")).isEqualTo(third.lease()).isNotEqualTo(first.lease());
    }

    @Test
    void severalSendersDeliverEachMailOnce() throws Exception {
        int count = 30;
        for (int i = 0; i < count; i++) {
            queued("crowd-" + i + "@example.com", "One of many", Instant.now());
        }
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread thread = new Thread(sender(Clock.systemUTC())::deliverDue);
            thread.start();
            senders.add(thread);
        }
        for (Thread thread : senders) {
            thread.join(Duration.ofSeconds(60).toMillis());
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.sql("SELECT count(*) FROM mail_outbox WHERE subject = 'One of many' AND status = 'sent'")
                                        .query(Long.class)
                                        .single()
                                == count);

        for (int i = 0; i < count; i++) {
            String recipient = "crowd-" + i + "@example.com";
            assertThat(SharedMail.received().stream()
                            .filter(message -> recipient(message).equals(recipient)))
                    .as(recipient)
                    .hasSize(1);
        }
    }

    private OutboxSender sender(Clock clock) {
        return new OutboxSender(mails, smtp, transaction, properties, clock);
    }

    private int queued(String recipient, String subject, Instant due) {
        return jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body_text, template, language, next_attempt_at)
                        VALUES (?, ?, 'Text', 'verify-email', 'en', ?) RETURNING id""")
                .params(recipient, subject, Timestamp.from(due))
                .query(Integer.class)
                .single();
    }

    /** A message some sender claimed, due since before the others, with a lease until {@code until}. */
    private int leased(String recipient, String subject, Instant until) {
        return jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body_text, template, language, status,
                            next_attempt_at, lease_id, lease_until)
                        VALUES (?, ?, 'Text', 'verify-email', 'en', 'sending', ?, ?, ?) RETURNING id""")
                .params(
                        recipient,
                        subject,
                        Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))),
                        UUID.randomUUID(),
                        Timestamp.from(until))
                .query(Integer.class)
                .single();
    }

    private String status(int id) {
        return (String) row(id).get("status");
    }

    private Map<String, Object> row(int id) {
        return jdbc.sql("SELECT * FROM mail_outbox WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
