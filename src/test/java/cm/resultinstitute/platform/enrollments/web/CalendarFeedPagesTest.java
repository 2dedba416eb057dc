package cm.resultinstitute.platform.enrollments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.shared.security.SecretTokens;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The private calendar address: made from "My space", read by calendar apps without signing in, replaced, stopped. */
@PlatformTest
class CalendarFeedPagesTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final Pattern ADDRESS =
            Pattern.compile("value=\"(http://localhost:8080/calendar/([A-Za-z0-9_-]{43})\\.ics)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    final TestData data = TestData.shared();

    @Test
    void participantSubscribesAndTheirCalendarAppReadsTheirSessions() throws Exception {
        String email = email("participant");
        int participant = data.user(email, "participant");
        int training = training("Subscribed Course");
        data.enrol(participant, training, "active");
        data.session(training, "Subscribed Session", Instant.now().plus(3, ChronoUnit.DAYS), 90);
        int elsewhere = training("Not Mine");
        data.session(elsewhere, "Someone Else's Session", Instant.now().plus(3, ChronoUnit.DAYS), 90);
        Cookie session = Logins.pageSession(mvc, email);
        assertThat(page("/my", session)).contains("Get my subscription address");

        String page = subscribe(session);

        String token = token(page);
        assertThat(page)
                .contains("Copy it now", "webcal://localhost:8080/calendar/" + token + ".ics", "Make a new address")
                .contains("Stop my address");
        MvcTestResult feed = mvc.get().uri("/calendar/" + token + ".ics").exchange();
        assertThat(feed).hasStatusOk();
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(feed.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-cache", "private");
        Calendar calendar = new CalendarBuilder().build(new StringReader(Logins.body(feed)));
        assertThat(calendar.<VEvent>getComponents("VEVENT"))
                .singleElement()
                .satisfies(event -> assertThat(event.getSummary().getValue()).contains("Subscribed Session"));
        assertThat(jdbc.sql("SELECT token_hash FROM calendar_feeds WHERE user_id = ?")
                        .params(participant)
                        .query(String.class)
                        .single())
                .as("only the digest is stored")
                .isEqualTo(SecretTokens.hash(token));
        assertThat(page("/my", session))
                .as("the address is shown once")
                .doesNotContain(token)
                .contains("You have a private address.");
        assertThat(activity("calendar_feed_created", participant)).isOne();
    }

    @Test
    void aNewAddressReplacesTheOldOne() {
        String email = email("participant");
        int participant = data.user(email, "participant");
        Cookie session = Logins.pageSession(mvc, email);
        String first = token(subscribe(session));

        String second = token(subscribe(session));

        assertThat(second).isNotEqualTo(first);
        assertThat(mvc.get().uri("/calendar/" + first + ".ics").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/calendar/" + second + ".ics").exchange()).hasStatusOk();
        assertThat(data.count("calendar_feeds WHERE user_id = " + participant)).isOne();
    }

    @Test
    void aStoppedAddressNoLongerAnswers() {
        String email = email("participant");
        int participant = data.user(email, "participant");
        Cookie session = Logins.pageSession(mvc, email);
        String token = token(subscribe(session));

        MvcTestResult stopped = mvc.post()
                .uri("/my/calendar-feed/stop")
                .cookie(session)
                .with(csrf())
                .exchange();

        assertThat(stopped).hasStatus3xxRedirection();
        assertThat(page("/my", session))
                .contains("Your calendar subscription address no longer works.", "Get my subscription address")
                .doesNotContain("Stop my address");
        assertThat(mvc.get().uri("/calendar/" + token + ".ics").exchange()).hasStatus(404);
        assertThat(activity("calendar_feed_stopped", participant)).isOne();
    }

    @Test
    void theAddressOfASuspendedAccountStopsAnswering() {
        String email = email("participant");
        int participant = data.user(email, "participant");
        String token = token(subscribe(Logins.pageSession(mvc, email)));

        jdbc.sql("UPDATE users SET status = 'suspended' WHERE id = ?")
                .params(participant)
                .update();

        assertThat(mvc.get().uri("/calendar/" + token + ".ics").exchange()).hasStatus(404);
    }

    @Test
    void aTrainersAddressHoldsTheSessionsOfTheTrainingsTheyRun() {
        String email = email("trainer");
        int trainer = data.user(email, "trainer");
        int training = data.training(
                "Trainer Feed " + SEQUENCE.incrementAndGet(),
                "published",
                LocalDate.now(),
                LocalDate.now().plusDays(20),
                trainer);
        data.session(training, "Session I Lead", Instant.now().plus(2, ChronoUnit.DAYS), 60);

        String token = token(subscribe(Logins.pageSession(mvc, email)));

        assertThat(Logins.body(mvc.get().uri("/calendar/" + token + ".ics").exchange()))
                .contains("Session I Lead");
    }

    @Test
    void unknownAddressesAreNotFoundAndABlankOneIsRefused() {
        assertThat(mvc.get().uri("/calendar/not-a-real-token.ics").exchange()).hasStatus(404);
        assertThat(mvc.get()
                        .uri("/calendar/" + SecretTokens.generate() + ".ics")
                        .exchange())
                .hasStatus(404);
        assertThat(mvc.get().uri("/calendar/%20.ics").exchange()).hasStatus(400);
    }

    @Test
    void makingAnAddressNeedsTheFormsToken() {
        String email = email("participant");
        int participant = data.user(email, "participant");

        assertThat(mvc.post()
                        .uri("/my/calendar-feed")
                        .cookie(Logins.pageSession(mvc, email))
                        .exchange())
                .hasStatus(403);
        assertThat(data.count("calendar_feeds WHERE user_id = " + participant)).isZero();
    }

    @Test
    void calendarSectionSpeaksFrench() {
        String email = email("participant");
        data.user(email, "participant");
        Cookie session = Logins.pageSession(mvc, email);

        String page = Logins.html(mvc.get()
                .uri("/my")
                .header("Accept-Language", "fr")
                .cookie(session)
                .exchange());

        assertThat(page).contains("Obtenir mon adresse d&#39;abonnement");
    }

    private String subscribe(Cookie session) {
        MvcTestResult made =
                mvc.post().uri("/my/calendar-feed").cookie(session).with(csrf()).exchange();
        assertThat(made).hasStatus3xxRedirection();
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/my#calendar");
        return page("/my", session);
    }

    private static String token(String page) {
        Matcher address = ADDRESS.matcher(page);
        assertThat(address.find()).as("the address on the page").isTrue();
        return address.group(2);
    }

    private String page(String path, Cookie session) {
        return Logins.html(mvc.get().uri(path).cookie(session).exchange());
    }

    private long activity(String action, int user) {
        return jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = ? AND entity_id = ?")
                .params(action, user)
                .query(Long.class)
                .single();
    }

    private int training(String title) {
        return data.training(
                title + " " + SEQUENCE.incrementAndGet(),
                "published",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30),
                null);
    }

    private static String email(String role) {
        return role + "-" + SEQUENCE.incrementAndGet() + "@calendar-feed.test";
    }
}
