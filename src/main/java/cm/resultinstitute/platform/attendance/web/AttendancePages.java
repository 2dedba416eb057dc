package cm.resultinstitute.platform.attendance.web;

import cm.resultinstitute.platform.attendance.AttendanceMark;
import cm.resultinstitute.platform.attendance.AttendanceRegister;
import cm.resultinstitute.platform.attendance.AttendanceStatus;
import cm.resultinstitute.platform.attendance.AttendanceView;
import cm.resultinstitute.platform.attendance.CheckInCode;
import cm.resultinstitute.platform.attendance.CheckInWindow;
import cm.resultinstitute.platform.attendance.RosterRow;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.shared.web.QrCodes;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.trainings.SessionInfo;
import cm.resultinstitute.platform.trainings.TrainingSessions;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The trainer's attendance screens for a session: the roster, marked one participant at a time (htmx swaps just the
 * row), and the check-in code with its QR image, shown in the room and refreshed as the code rotates.
 */
@Controller
class AttendancePages {

    static final int QR_SIZE = 320;
    static final int MAX_NOTES = 2000;

    private final AttendanceRegister register;
    private final TrainingSessions sessions;
    private final UserDirectory users;
    private final PageProblems problems;
    private final AppProperties properties;
    private final MessageSource messages;
    private final Clock clock;
    private final SignInSheetDownloads sheets;

    AttendancePages(
            AttendanceRegister register,
            TrainingSessions sessions,
            UserDirectory users,
            PageProblems problems,
            AppProperties properties,
            MessageSource messages,
            Clock clock,
            SignInSheetDownloads sheets) {
        this.register = register;
        this.sessions = sessions;
        this.users = users;
        this.problems = problems;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
        this.sheets = sheets;
    }

    @ModelAttribute("statuses")
    AttendanceStatus[] statuses() {
        return AttendanceStatus.values();
    }

    @GetMapping("/trainer/sessions/{id}/attendance")
    String roster(
            @PathVariable int id,
            Caller caller,
            @SortableBy(value = "lastName", defaultSort = "lastName,asc") PageQuery page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        requireTrainer(caller);
        model.addAttribute("roster", register.roster(id, page.pageable(), caller));
        model.addAttribute("sessionInfo", session(id));
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute("pageBase", "/trainer/sessions/" + id + "/attendance");
        // The same address answers a page or, as the trainer pages through the roster, a fragment.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return fragmentOnly(request) ? "trainer/sessions/attendance :: roster" : "trainer/sessions/attendance";
    }

    /** Marks one participant; htmx gets the row back to swap in, a browser without JavaScript the roster again. */
    @PostMapping("/trainer/sessions/{id}/attendance/{userId}")
    String mark(
            @PathVariable int id,
            @PathVariable int userId,
            @RequestParam AttendanceStatus status,
            @RequestParam(required = false) String notes,
            Caller caller,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        requireTrainer(caller);
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        String roster = "redirect:/trainer/sessions/" + id + "/attendance";
        try {
            if (notes != null && notes.length() > MAX_NOTES) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "trainer.attendance.notesTooLong");
            }
            List<AttendanceView> marked = register.mark(id, List.of(new AttendanceMark(userId, status, notes)), caller);
            if (!htmx) {
                return roster + "#row-" + userId;
            }
            model.addAttribute("row", row(marked.get(0), users.view(userId)));
            model.addAttribute("sessionInfo", session(id));
            model.addAttribute("zone", properties.timeZone());
            return "trainer/sessions/attendance :: row";
        } catch (ProblemException problem) {
            if (problem.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
                    || problem.getStatusCode().value() == HttpStatus.FORBIDDEN.value()) {
                throw problem;
            }
            String error = problems.firstMessage(problem, locale);
            if (!htmx) {
                redirect.addFlashAttribute("error", error);
                return roster;
            }
            // The row stays as it was: the refusal goes to the notice above the roster instead.
            response.setHeader("HX-Retarget", "#roster-notice");
            response.setHeader("HX-Reswap", "innerHTML");
            model.addAttribute("error", error);
            return "trainer/sessions/attendance :: notice";
        }
    }

    /** Marks present everyone not marked yet, for the trainer who sees the whole group in the room. */
    @PostMapping("/trainer/sessions/{id}/attendance/everyone-present")
    String markEveryonePresent(@PathVariable int id, Caller caller, Locale locale, RedirectAttributes redirect) {
        requireTrainer(caller);
        String roster = "redirect:/trainer/sessions/" + id + "/attendance";
        try {
            int marked = register.markUnmarkedPresent(id, caller);
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage("trainer.attendance.everyonePresent.done", new Object[] {marked}, locale));
        } catch (ProblemException problem) {
            if (problem.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
                    || problem.getStatusCode().value() == HttpStatus.FORBIDDEN.value()) {
                throw problem;
            }
            redirect.addFlashAttribute("error", problems.firstMessage(problem, locale));
        }
        return roster;
    }

    /** The code screen; htmx polls it and gets only the code and its QR image. */
    @GetMapping("/trainer/sessions/{id}/check-in")
    String checkInCode(
            @PathVariable int id,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        requireTrainer(caller);
        CheckInCode code = register.checkInCode(id, caller);
        SessionInfo session = session(id);
        CheckInWindow window = CheckInWindow.of(session);
        model.addAttribute("code", code);
        model.addAttribute("sessionInfo", session);
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute(
                "secondsLeft",
                Math.max(0, code.expiresAt().getEpochSecond() - clock.instant().getEpochSecond()));
        model.addAttribute("checkInLink", link("/my/check-in", request));
        model.addAttribute("checkInState", window.at(clock.instant()).name());
        model.addAttribute("checkInOpens", window.opens());
        // The same address answers a page or a fragment, and a code must never be served from a cache.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return fragmentOnly(request) ? "trainer/sessions/check-in :: code" : "trainer/sessions/check-in";
    }

    /** The printable sign-in sheet, in the trainer's language, its QR code opening the check-in page. */
    @GetMapping("/trainer/sessions/{id}/sign-in-sheet.pdf")
    ResponseEntity<byte[]> signInSheet(@PathVariable int id, Caller caller, Locale locale, HttpServletRequest request) {
        requireTrainer(caller);
        return sheets.download(id, caller, locale, link("/my/check-in", request));
    }

    /** The QR image of the current code: scanning it opens the check-in page with the session and code filled in. */
    @GetMapping("/trainer/sessions/{id}/check-in.png")
    ResponseEntity<byte[]> checkInQr(@PathVariable int id, Caller caller, HttpServletRequest request) {
        requireTrainer(caller);
        CheckInCode code = register.checkInCode(id, caller);
        String link = link("/my/check-in?session=" + id + "&code=" + code.code(), request);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(QrCodes.png(link, QR_SIZE));
    }

    /**
     * The address the phones in the room must open: APP_BASE_URL's, unless it was left pointing to this machine while
     * the trainer reaches the platform by another address, which the phones can reach too.
     */
    private String link(String path, HttpServletRequest request) {
        if (properties.linksToThisMachineOnly() && !AppProperties.isLocal(request.getServerName())) {
            return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + path;
        }
        return properties.link(path);
    }

    /** htmx asks for the fragment, except when it restores history and needs the whole page. */
    private static boolean fragmentOnly(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    private SessionInfo session(int id) {
        return sessions.info(id).orElseThrow(() -> new NotFoundException("session.notFound"));
    }

    private static RosterRow row(AttendanceView marked, UserView user) {
        return new RosterRow(
                marked.id(),
                marked.sessionId(),
                marked.userId(),
                user.fullName(),
                user.email(),
                marked.status(),
                marked.checkedInAt(),
                marked.checkedOutAt(),
                marked.notes(),
                marked.markedBy(),
                marked.createdAt(),
                marked.updatedAt());
    }

    /** Trainers and admins run sessions; whose session it is, the register decides (403 or 404). */
    private static void requireTrainer(Caller caller) {
        if (!caller.isTrainer() && !caller.isAdmin()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "trainer.only");
        }
    }
}
