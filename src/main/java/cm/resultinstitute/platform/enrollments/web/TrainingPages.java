package cm.resultinstitute.platform.enrollments.web;

import cm.resultinstitute.platform.enrollments.EnrollmentChanges;
import cm.resultinstitute.platform.enrollments.EnrollmentStatus;
import cm.resultinstitute.platform.enrollments.Enrolments;
import cm.resultinstitute.platform.enrollments.MyEnrollment;
import cm.resultinstitute.platform.enrollments.WaitingList;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingSessions;
import cm.resultinstitute.platform.trainings.TrainingView;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A training's public page: what it is, its sessions, and what the visitor may do about it: sign in, enrol, wait for
 * a seat, drop out, or manage it.
 */
@Controller
class TrainingPages {

    private final TrainingCatalog catalog;
    private final TrainingSessions sessions;
    private final Enrolments enrolments;
    private final WaitingList waitingList;
    private final UserDirectory users;
    private final PageProblems problems;
    private final MessageSource messages;
    private final AppProperties properties;
    private final Clock clock;

    TrainingPages(
            TrainingCatalog catalog,
            TrainingSessions sessions,
            Enrolments enrolments,
            WaitingList waitingList,
            UserDirectory users,
            PageProblems problems,
            MessageSource messages,
            AppProperties properties,
            Clock clock) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.waitingList = waitingList;
        this.users = users;
        this.problems = problems;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/trainings/{idOrSlug}")
    String show(
            @PathVariable String idOrSlug,
            Optional<Caller> caller,
            @SortableBy(value = "sessionDate", defaultSort = "sessionDate,asc") PageQuery page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        TrainingView training = catalog.get(idOrSlug, caller);
        model.addAttribute("training", training);
        model.addAttribute("sessions", sessions.list(String.valueOf(training.id()), page.pageable(), caller));
        model.addAttribute("pageBase", trainingPath(training));
        model.addAttribute("zone", properties.timeZone());
        boolean ended = training.endDate() != null && training.endDate().isBefore(properties.today(clock));
        model.addAttribute("ended", ended);
        model.addAttribute("unverified", false);
        caller.ifPresent(signedIn -> {
            model.addAttribute("manages", TrainingCatalog.manages(signedIn, training.createdBy()));
            if (signedIn.isParticipant()) {
                MyEnrollment enrollment =
                        enrolments.mineIn(training.id(), signedIn).orElse(null);
                Integer waitingPosition =
                        waitingList.position(training.id(), signedIn.id()).orElse(null);
                Optional<UserView> unverified = users.find(signedIn.id()).filter(user -> !user.emailVerified());
                model.addAttribute("enrollment", enrollment);
                model.addAttribute("waitingPosition", waitingPosition);
                model.addAttribute("unverified", unverified.isPresent());
                model.addAttribute("email", unverified.map(UserView::email).orElse(null));
                // Where the enrol button would be, the page says why it is not, and offers the layout's new link.
                model.addAttribute(
                        "verificationOffered",
                        unverified.isPresent()
                                && !ended
                                && waitingPosition == null
                                && (enrollment == null || enrollment.status() == EnrollmentStatus.DROPPED));
            }
        });
        if (!model.containsAttribute("full")) {
            model.addAttribute("full", false);
        }
        // The same address answers a page or, as the visitor pages through the sessions, a fragment.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return fragmentOnly(request) ? "trainings/show :: sessions" : "trainings/show";
    }

    /**
     * "Sign in to enrol" leads here: the sign-in page comes first (this address needs a signed-in user), then the
     * visitor is back on the training.
     */
    @GetMapping("/my/trainings/{idOrSlug}")
    String afterSignIn(@PathVariable String idOrSlug) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/trainings/{training}")
                        .buildAndExpand(idOrSlug)
                        .encode()
                        .toUriString();
    }

    @PostMapping("/trainings/{id}/enrol")
    String enrol(@PathVariable int id, Caller caller, Locale locale, RedirectAttributes redirect) {
        TrainingView training = participantsTraining(id, caller);
        try {
            enrolments.enrol(id, null, caller);
            redirect.addFlashAttribute("notice", message("trainings.enrolled", locale, training.title()));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("full", "training-full".equals(problem.type()));
            redirect.addFlashAttribute("error", problems.detail(problem, locale));
        }
        return "redirect:" + trainingPath(training);
    }

    @PostMapping("/trainings/{id}/waitlist")
    String joinWaitingList(@PathVariable int id, Caller caller, Locale locale, RedirectAttributes redirect) {
        TrainingView training = participantsTraining(id, caller);
        try {
            int position = waitingList.join(id, caller);
            redirect.addFlashAttribute("notice", message("trainings.waitlist.joined", locale, position));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.detail(problem, locale));
        }
        return "redirect:" + trainingPath(training);
    }

    @PostMapping("/trainings/{id}/waitlist/leave")
    String leaveWaitingList(@PathVariable int id, Caller caller, Locale locale, RedirectAttributes redirect) {
        TrainingView training = participantsTraining(id, caller);
        waitingList.leave(id, caller);
        redirect.addFlashAttribute("notice", message("trainings.waitlist.left", locale));
        return "redirect:" + trainingPath(training);
    }

    @PostMapping("/trainings/{id}/drop")
    String drop(
            @PathVariable int id,
            Caller caller,
            @RequestParam(defaultValue = "false") boolean confirm,
            Locale locale,
            RedirectAttributes redirect) {
        TrainingView training = participantsTraining(id, caller);
        Optional<MyEnrollment> enrollment =
                enrolments.mineIn(id, caller).filter(found -> found.status() == EnrollmentStatus.ACTIVE);
        if (enrollment.isEmpty()) {
            redirect.addFlashAttribute("error", message("trainings.drop.notEnrolled", locale));
        } else if (!confirm) {
            redirect.addFlashAttribute("error", message("trainings.drop.unconfirmed", locale));
        } else {
            try {
                enrolments.update(
                        enrollment.get().id(), new EnrollmentChanges(EnrollmentStatus.DROPPED, null, null), caller);
                redirect.addFlashAttribute("notice", message("trainings.dropped", locale, training.title()));
            } catch (ProblemException problem) {
                redirect.addFlashAttribute("error", problems.detail(problem, locale));
            }
        }
        return "redirect:" + trainingPath(training);
    }

    /** Only participants enrol and queue; the training must be one they can see (else 404). */
    private TrainingView participantsTraining(int id, Caller caller) {
        if (!caller.isParticipant()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "trainings.participantsOnly");
        }
        return catalog.get(String.valueOf(id), Optional.of(caller));
    }

    /** htmx asks for the fragment, except when it restores history and needs the whole page. */
    private static boolean fragmentOnly(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    private static String trainingPath(TrainingView training) {
        return UriComponentsBuilder.fromPath("/trainings/{slug}")
                .buildAndExpand(training.slug())
                .encode()
                .toUriString();
    }
}
