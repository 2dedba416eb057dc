package cm.resultinstitute.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feed is RFC 5545 to the octet: lines of at most 75 octets, and a component even when there is no session. */
class TrainingCalendarTest {

    final TrainingCalendar calendar =
            new TrainingCalendar(Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void longAccentedLinesAreFoldedWithinSeventyFiveOctetsAndReadBackWhole() throws Exception {
        String title = "Développement personnel : leadership, éthique et sérénité — « Être » à Yaoundé 😀 été";
        String ics = calendar.render("Mes séances", List.of(session(title)));

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        Calendar read = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = read.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Leadership – " + title);
    }

    @Test
    void aCalendarWithoutSessionsStillHoldsAComponent() throws Exception {
        String ics = calendar.render("Empty", List.of());

        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:UTC\r\n").endsWith("END:VTIMEZONE\r\nEND:VCALENDAR\r\n");
        assertThat(new CalendarBuilder().build(new StringReader(ics)).getComponents())
                .hasSize(1);
        assertThat(calendar.render("One", List.of(session("Kick-off")))).doesNotContain("VTIMEZONE");
    }

    private static SessionInfo session(String title) {
        return new SessionInfo(
                1,
                2,
                "Leadership",
                3,
                TrainingStatus.PUBLISHED,
                title,
                Instant.parse("2027-01-05T08:00:00Z"),
                Instant.parse("2027-01-05T10:00:00Z"),
                SessionStatus.SCHEDULED,
                null,
                "Salle Étoile, Bonapriso — Douala");
    }
}
