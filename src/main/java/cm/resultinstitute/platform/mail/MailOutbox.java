package cm.resultinstitute.platform.mail;

import cm.resultinstitute.platform.mail.domain.OutgoingMail;
import cm.resultinstitute.platform.mail.domain.OutgoingMailRepository;
import cm.resultinstitute.platform.shared.AppProperties;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Queues mail in the caller's transaction: the message is rendered now, in the recipient's language, and the
 * background sender delivers it once the transaction has committed. A rolled-back operation sends nothing.
 */
@Service
public class MailOutbox {

    private final OutgoingMailRepository outbox;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final AppProperties properties;
    private final Clock clock;

    MailOutbox(
            OutgoingMailRepository outbox,
            ITemplateEngine templates,
            MessageSource messages,
            AppProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(Mail mail) {
        Locale locale = Locale.forLanguageTag(mail.language());
        Map<String, Object> model = new HashMap<>(mail.model());
        model.put("homeUrl", properties.link("/"));
        Context context = new Context(locale, model);
        String subject = messages.getMessage("mail." + mail.template() + ".subject", null, locale);
        outbox.save(new OutgoingMail(
                mail.to(),
                subject,
                templates.process("mail/text/" + mail.template(), context),
                templates.process("mail/html/" + mail.template(), context),
                mail.template(),
                mail.language(),
                clock.instant()));
    }
}
