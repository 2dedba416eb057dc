package cm.resultinstitute.platform.enrollments.web;

import cm.resultinstitute.platform.enrollments.CalendarFeeds;
import cm.resultinstitute.platform.enrollments.CertificateDocument;
import cm.resultinstitute.platform.enrollments.CertificatePdf;
import cm.resultinstitute.platform.enrollments.Certificates;
import cm.resultinstitute.platform.enrollments.Enrolments;
import cm.resultinstitute.platform.enrollments.MySchedule;
import cm.resultinstitute.platform.enrollments.MySession;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.trainings.TrainingCalendar;
import cm.resultinstitute.platform.users.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "My space": the caller's trainings with their progress and attendance, their sessions of the coming 30 days, their
 * certificates and their calendar. Trainers and admins see the sessions of the trainings they run.
 */
@Controller
class DashboardPages {

    static final Duration UPCOMING = Duration.ofDays(30);
    /** Sessions last at most a day: those that started up to a day ago may still be on. */
    static final Duration LONGEST_SESSION = Duration.ofDays(1);

    static final int SESSIONS_SHOWN = 50;

    private final Enrolments enrolments;
    private final CalendarFeeds calendarFeeds;
    private final MySchedule schedule;
    private final Certificates certificates;
    private final CertificatePdf pdf;
    private final MessageSource messages;
    private final AppProperties properties;
    private final Clock clock;

    DashboardPages(
            Enrolments enrolments,
            CalendarFeeds calendarFeeds,
            MySchedule schedule,
            Certificates certificates,
            CertificatePdf pdf,
            MessageSource messages,
            AppProperties properties,
            Clock clock) {
        this.enrolments = enrolments;
        this.calendarFeeds = calendarFeeds;
        this.schedule = schedule;
        this.certificates = certificates;
        this.pdf = pdf;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/my")
    String dashboard(
            Caller caller,
            @SortableBy(
                            value = {"enrollmentDate", "trainingTitle", "status", "progress"},
                            defaultSort = "enrollmentDate,desc")
                    PageQuery page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Instant now = clock.instant();
        List<MySession> sessions = schedule
                .sessions(
                        caller,
                        now.minus(LONGEST_SESSION),
                        now.plus(UPCOMING),
                        PageRequest.of(0, SESSIONS_SHOWN),
                        Language.ofPage())
                .stream()
                .filter(session -> session.endsAt().isAfter(now))
                .toList();
        model.addAttribute("enrollments", enrolments.mine(caller, page.pageable()));
        model.addAttribute("sessions", sessions);
        model.addAttribute("now", now);
        model.addAttribute("checkInOpens", now.plus(Duration.ofMinutes(30)));
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute("pageBase", "/my");
        model.addAttribute("runsTrainings", caller.isTrainer() || caller.isAdmin());
        model.addAttribute("hasCalendarFeed", calendarFeeds.exists(caller));
        // The same address answers a page or, as the list is paged through, a fragment.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return fragmentOnly(request) ? "my/dashboard :: trainings" : "my/dashboard";
    }

    /** htmx asks for the fragment, except when it restores history and needs the whole page. */
    private static boolean fragmentOnly(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** The certificate of one of the caller's enrolments (or of a training they run); 404 for anyone else's. */
    @GetMapping("/my/enrollments/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable int id, Caller caller) {
        CertificateDocument certificate = certificates.document(id, caller);
        byte[] document = pdf.render(certificate, certificate.locale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificate-" + id + ".pdf\"")
                .body(document);
    }

    /**
     * The caller's sessions as a calendar file. Calendar apps cannot send the bearer token the API's feed needs, so
     * the page session downloads it instead.
     */
    @GetMapping("/my/calendar.ics")
    ResponseEntity<String> calendar(Caller caller, Locale locale) {
        String name = messages.getMessage("my.calendar.name", null, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TrainingCalendar.MEDIA_TYPE))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-sessions.ics\"")
                .body(schedule.calendar(caller, name, Language.of(locale, Language.EN)));
    }
}
