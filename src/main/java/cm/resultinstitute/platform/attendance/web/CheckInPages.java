package cm.resultinstitute.platform.attendance.web;

import cm.resultinstitute.platform.attendance.AttendanceRegister;
import cm.resultinstitute.platform.attendance.AttendanceStatus;
import cm.resultinstitute.platform.attendance.AttendanceView;
import cm.resultinstitute.platform.enrollments.MySchedule;
import cm.resultinstitute.platform.enrollments.MySession;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.users.Caller;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant checks in to a session with the code shown in the room: typed, or prefilled by scanning the QR code,
 * which opens {@code /my/check-in?session=ID&code=CODE}. Checking out sets the time they left.
 */
@Controller
class CheckInPages {

    /** Sessions offered in the form: those of the day around now, including ones that started up to a day ago. */
    static final Duration AROUND = Duration.ofDays(1);

    static final int SESSIONS_OFFERED = 20;

    private final AttendanceRegister register;
    private final MySchedule schedule;
    private final PageProblems problems;
    private final MessageSource messages;
    private final AppProperties properties;
    private final Clock clock;

    CheckInPages(
            AttendanceRegister register,
            MySchedule schedule,
            PageProblems problems,
            MessageSource messages,
            AppProperties properties,
            Clock clock) {
        this.register = register;
        this.schedule = schedule;
        this.problems = problems;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/my/check-in")
    String form(Caller caller, @ModelAttribute("form") CheckInForm form, Model model) {
        return page(caller, form, model);
    }

    @PostMapping("/my/check-in")
    String checkIn(
            Caller caller,
            @Valid @ModelAttribute("form") CheckInForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                AttendanceView attendance = register.checkIn(form.sessionId(), form.getCode(), caller);
                String at = time(attendance.checkedInAt(), locale);
                redirect.addFlashAttribute(
                        "notice",
                        attendance.status() == AttendanceStatus.LATE
                                ? message("my.checkIn.late", locale, at)
                                : message("my.checkIn.done", locale, at));
                return "redirect:/my/check-in?session=" + form.sessionId();
            } catch (ProblemException problem) {
                problems.reject(problem, errors, locale).ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return page(caller, form, model);
    }

    @PostMapping("/my/check-out")
    String checkOut(Caller caller, @RequestParam int session, Locale locale, RedirectAttributes redirect) {
        try {
            AttendanceView attendance = register.checkOut(session, caller);
            redirect.addFlashAttribute(
                    "notice", message("my.checkOut.done", locale, time(attendance.checkedOutAt(), locale)));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.detail(problem, locale));
        }
        return "redirect:/my/check-in?session=" + session;
    }

    private String page(Caller caller, CheckInForm form, Model model) {
        Instant now = clock.instant();
        List<MySession> sessions = schedule
                .sessions(
                        caller,
                        now.minus(AROUND),
                        now.plus(AROUND),
                        PageRequest.of(0, SESSIONS_OFFERED),
                        Language.ofPage())
                .stream()
                .filter(session -> session.endsAt().isAfter(now))
                .toList();
        Integer chosen = form.sessionIdOrNull();
        model.addAttribute("sessions", sessions);
        model.addAttribute("chosenSession", chosen);
        model.addAttribute(
                "unlistedSession",
                chosen != null
                                && sessions.stream()
                                        .noneMatch(session -> session.id().equals(chosen))
                        ? chosen
                        : null);
        model.addAttribute("zone", properties.timeZone());
        return "my/check-in";
    }

    private String time(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("HH:mm", locale).format(instant.atZone(properties.timeZone()));
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
