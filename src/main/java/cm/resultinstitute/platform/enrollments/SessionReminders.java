package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.mail.Mail;
import cm.resultinstitute.platform.mail.MailOutbox;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.trainings.SessionInfo;
import cm.resultinstitute.platform.trainings.Titles;
import cm.resultinstitute.platform.trainings.TrainingSessions;
import cm.resultinstitute.platform.trainings.TranslatedTitles;
import cm.resultinstitute.platform.users.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails every participant of a session a reminder within the 24 hours before it starts. One instance runs the job
 * at a time (ShedLock), and each reminder is recorded before it is queued, so that nobody gets it twice.
 */
@Component
public class SessionReminders {

    static final Duration AHEAD = Duration.ofHours(24);

    private final TrainingSessions sessions;
    private final UserDirectory users;
    private final MailOutbox mail;
    private final TranslatedTitles titles;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AppProperties properties;
    private final Clock clock;

    SessionReminders(
            TrainingSessions sessions,
            UserDirectory users,
            MailOutbox mail,
            TranslatedTitles titles,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            AppProperties properties,
            Clock clock) {
        this.transaction = transaction;
        this.sessions = sessions;
        this.users = users;
        this.mail = mail;
        this.titles = titles;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.reminders.cron:0 */15 * * * *}")
    @SchedulerLock(name = "session-reminders", lockAtMostFor = "PT10M")
    public void remindSoon() {
        Instant now = clock.instant();
        for (SessionInfo session : sessions.startingBetween(now, now.plus(AHEAD))) {
            transaction.executeWithoutResult(status -> remind(session));
        }
    }

    /** Queues the reminders of one session that were not sent yet; returns how many. */
    @Transactional
    public int remind(SessionInfo session) {
        List<Integer> due = jdbc.sql("""
                        INSERT INTO session_reminders (session_id, user_id)
                        SELECT :session, e.user_id FROM enrollments e
                        WHERE e.training_id = :training AND e.status = 'active'
                        ON CONFLICT DO NOTHING
                        RETURNING user_id""")
                .param("session", session.id())
                .param("training", session.trainingId())
                .query(Integer.class)
                .list();
        Optional<Titles> trainingTitles = titles.ofTraining(session.trainingId());
        Optional<Titles> sessionTitles = titles.ofSession(session.id());
        for (int userId : due) {
            users.find(userId)
                    .ifPresent(user -> mail.queue(new Mail(
                            user.email(),
                            user.language(),
                            "session-reminder",
                            Map.of(
                                    "name", user.firstName(),
                                    "training",
                                            trainingTitles
                                                    .map(title -> title.in(user.language()))
                                                    .orElse(session.trainingTitle()),
                                    "session",
                                            sessionTitles
                                                    .map(title -> title.in(user.language()))
                                                    .orElse(session.title()),
                                    "when",
                                            session.startsAt()
                                                    .atZone(properties.timeZone())
                                                    .format(DateTimeFormatter.ofLocalizedDateTime(
                                                                    FormatStyle.MEDIUM, FormatStyle.SHORT)
                                                            .withLocale(Locale.forLanguageTag(user.language()))),
                                    "location", session.location() == null ? "" : session.location(),
                                    "link", properties.link("/my")))));
        }
        return due.size();
    }
}
