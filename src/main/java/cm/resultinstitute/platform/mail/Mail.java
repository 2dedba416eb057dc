package cm.resultinstitute.platform.mail;

import java.util.Map;

/**
 * A message to send: its template ({@code templates/mail/<template>.html} and {@code .txt}, subject
 * {@code mail.<template>.subject}), the recipient's language and the values the template shows.
 */
public record Mail(String to, String language, String template, Map<String, Object> model) {

    @Override
    public String toString() {
        return "Mail[to=" + to + ", template=" + template + "]";
    }
}
