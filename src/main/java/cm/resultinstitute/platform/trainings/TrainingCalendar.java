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
        String text = out.toString();
        if (sessions.isEmpty()) {
            // A calendar holds at least one component (RFC 5545, 3.6): an empty feed names the zone of its times.
            text = text.replace("END:VCALENDAR\r\n", UTC_ZONE + "END:VCALENDAR\r\n");
        }
        // ical4j folds lines at 75 characters; the RFC says 75 octets, which accented titles went past.
        return foldedByOctets(text.replace("\r\n ", ""));
    }

    private static final String UTC_ZONE = """
            BEGIN:VTIMEZONE\r
            TZID:UTC\r
            BEGIN:STANDARD\r
            DTSTART:19700101T000000\r
            TZOFFSETFROM:+0000\r
            TZOFFSETTO:+0000\r
            TZNAME:UTC\r
            END:STANDARD\r
            END:VTIMEZONE\r
            """;

    private static final int LINE_OCTETS = 75;

    /** Each line cut into pieces of at most 75 octets of UTF-8, never inside a character; the next ones after a space. */
    static String foldedByOctets(String calendar) {
        StringBuilder folded = new StringBuilder(calendar.length() + calendar.length() / 50);
        for (String line : calendar.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }
}
