package cm.resultinstitute.platform.enrollments.web;

import cm.resultinstitute.platform.enrollments.CalendarFeeds;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.trainings.TrainingCalendar;
import cm.resultinstitute.platform.users.Caller;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The private address a calendar app subscribes to: made (or replaced) and stopped from "My space", read by the app. */
@Controller
class CalendarFeedPages {

    private final CalendarFeeds feeds;
    private final MessageSource messages;

    CalendarFeedPages(CalendarFeeds feeds, MessageSource messages) {
        this.feeds = feeds;
        this.messages = messages;
    }

    @PostMapping("/my/calendar-feed")
    String renew(Caller caller, RedirectAttributes redirect) {
        String address = feeds.renew(caller);
        redirect.addFlashAttribute("calendarFeedUrl", address);
        redirect.addFlashAttribute("calendarFeedWebcal", address.replaceFirst("^https?://", "webcal://"));
        return "redirect:/my#calendar";
    }

    @PostMapping("/my/calendar-feed/stop")
    String stop(Caller caller, Locale locale, RedirectAttributes redirect) {
        feeds.stop(caller);
        redirect.addFlashAttribute("calendarNotice", messages.getMessage("my.calendar.stopped", null, locale));
        return "redirect:/my#calendar";
    }

    /** Read by calendar apps, which cannot sign in: the secret token in the address is the credential. */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, Locale locale) {
        String calendar = feeds.calendar(
                        token,
                        chosen -> messages.getMessage(
                                "my.calendar.name",
                                null,
                                chosen.map(Language::locale).orElse(locale)))
                .orElseThrow(() -> new NotFoundException("calendar.feed.notFound"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TrainingCalendar.MEDIA_TYPE))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"my-sessions.ics\"")
                .body(calendar);
    }
}
