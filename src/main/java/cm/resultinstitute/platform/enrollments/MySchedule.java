package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.trainings.ScheduledSession;
import cm.resultinstitute.platform.trainings.SessionInfo;
import cm.resultinstitute.platform.trainings.TrainingCalendar;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingSessions;
import cm.resultinstitute.platform.users.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone's sessions: a participant's in the trainings they hold a seat in, a trainer's (or admin's) in the trainings
 * they created; as a list and as a calendar feed.
 */
@Service
public class MySchedule {

    /** The calendar feed shows a month back and a year ahead. */
    static final Duration CALENDAR_PAST = Duration.ofDays(31);

    static final Duration CALENDAR_FUTURE = Duration.ofDays(366);

    /** "No end": later than any session can be (the list is paged). */
    private static final Instant NO_END = Instant.parse("9999-12-31T23:59:59Z");

    private final Enrolments enrolments;
    private final TrainingCatalog catalog;
    private final TrainingSessions sessions;
    private final TrainingCalendar calendar;
    private final Clock clock;

    MySchedule(
            Enrolments enrolments,
            TrainingCatalog catalog,
            TrainingSessions sessions,
            TrainingCalendar calendar,
            Clock clock) {
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.sessions = sessions;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The caller's sessions between two instants (by default from now on, without end), the earliest first unless
     * asked, in the reader's language where translated into it. 400 when {@code to} is before {@code from}.
     */
    @Transactional(readOnly = true)
    public Page<MySession> sessions(Caller caller, Instant from, Instant to, Pageable page, Language reader) {
        Instant start = from != null ? from : clock.instant();
        Instant end = to != null ? to : NO_END;
        if (end.isBefore(start)) {
            throw InvalidRequestException.field("to", "{validation.endBeforeStart}");
        }
        return sessions.scheduled(trainings(caller), start, end, page, reader).map(MySchedule::mine);
    }

    /** The caller's calendar feed, in the reader's language where translated into it ({@code null}: the originals). */
    @Transactional(readOnly = true)
    public String calendar(Caller caller, String name, Language reader) {
        Instant now = clock.instant();
        return calendar.render(
                name,
                sessions
                        .scheduled(trainings(caller), now.minus(CALENDAR_PAST), now.plus(CALENDAR_FUTURE), reader)
                        .stream()
                        .map(ScheduledSession::session)
                        .toList());
    }

    private Set<Integer> trainings(Caller caller) {
        return caller.isParticipant() ? enrolments.seatedTrainings(caller.id()) : catalog.createdBy(caller.id());
    }

    private static MySession mine(ScheduledSession scheduled) {
        SessionInfo session = scheduled.session();
        return new MySession(
                session.id(),
                session.trainingId(),
                session.trainingTitle(),
                session.title(),
                session.startsAt(),
                session.endsAt(),
                session.status(),
                session.location(),
                scheduled.language());
    }
}
