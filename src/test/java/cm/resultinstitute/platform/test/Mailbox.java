package cm.resultinstitute.platform.test;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the platform mailed to GreenMail, waiting for the outbox sender to deliver it. */
public final class Mailbox {

    private static final Pattern TOKEN_LINK = Pattern.compile("https?://\\S+?[?&]token=([A-Za-z0-9_-]+)");

    private Mailbox() {}

    public static MimeMessage awaitMailTo(String recipient, String subject) {
        return awaitMailTo(recipient, subject, "");
    }

    /**
     * The mail that says {@code text}: a mail of an earlier test, still in the outbox when it ended, may reach the
     * same recipient with the same subject.
     */
    public static MimeMessage awaitMailTo(String recipient, String subject, String text) {
        return await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> find(recipient, subject, text), message -> message != null);
    }

    /** The token of the first link in the message. */
    public static String token(MimeMessage message) {
        Matcher matcher = TOKEN_LINK.matcher(decoded(message));
        if (!matcher.find()) {
            throw new AssertionError("No link with a token in: " + decoded(message));
        }
        return matcher.group(1);
    }

    /** The first link with a token in the message. */
    public static String link(MimeMessage message) {
        Matcher matcher = TOKEN_LINK.matcher(decoded(message));
        if (!matcher.find()) {
            throw new AssertionError("No link with a token in: " + decoded(message));
        }
        return matcher.group();
    }

    /** The text of every part of the message, decoded (quoted-printable, base64) as a mail reader would. */
    public static String decoded(MimeMessage message) {
        try {
            return text(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i).getContent())).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static MimeMessage find(String recipient, String subject, String text) throws Exception {
        for (MimeMessage message : SharedMail.received()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)
                    && message.getSubject().equals(subject)
                    && decoded(message).contains(text)) {
                return message;
            }
        }
        return null;
    }
}
