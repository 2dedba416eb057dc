package cm.resultinstitute.platform.trainings;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Sessions as an iCalendar feed (RFC 5545) that calendar apps subscribe to: one event per session with a stable
 * UID, times in UTC, text escaped by ical4j, cancelled sessions marked so.
 */
@Component
public class TrainingCalendar {

    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private final Clock clock;

    TrainingCalendar(Clock clock) {
        this.clock = clock;
    }

    public String render(String name, List<SessionInfo> sessions) {
        Calendar calendar = new Calendar()
                .withProdId("-//Result Institute//Platform//EN")
                .withDefaults()
                .withProperty(new Method(Method.VALUE_PUBLISH))
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .getFluentTarget(); // the defaults are VERSION and CALSCALE: once each, as RFC 5545 wants
        for (SessionInfo session : sessions) {
            VEvent event =
                    new VEvent(session.startsAt(), session.endsAt(), session.trainingTitle() + " – " + session.title());
            event.add(new Uid("session-" + session.id() + "@resultinstitute.cm"));
            event.replace(new DtStamp(clock.instant())); // the event made one from the system clock
            if (session.location() != null) {
                event.add(new Location(session.location()));
            }
            event.add(new Description(session.trainingTitle()));
            if (session.status() == SessionStatus.CANCELLED) {
                event.add(new Status(Status.VALUE_CANCELLED));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Calendar could not be written", e);
        }
        return out.toString();
    }
}
