package cm.resultinstitute.platform.enrollments.web;

import cm.resultinstitute.platform.enrollments.CertificateView;
import cm.resultinstitute.platform.enrollments.Certificates;
import cm.resultinstitute.platform.enrollments.EnrollmentChanges;
import cm.resultinstitute.platform.enrollments.EnrollmentStatus;
import cm.resultinstitute.platform.enrollments.EnrollmentUpdate;
import cm.resultinstitute.platform.enrollments.EnrollmentView;
import cm.resultinstitute.platform.enrollments.Enrolments;
import cm.resultinstitute.platform.enrollments.WaitingList;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingView;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserFilter;
import cm.resultinstitute.platform.users.UserStatus;
import cm.resultinstitute.platform.users.UserView;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The enrolments of a training, for its trainer and admins: who takes part, their status and progress, and who waits
 * for a seat; enrolling a participant by email, and issuing certificates once they completed it.
 */
@Controller
class EnrolmentPages {

    /** Enough to find one address among the participants whose address contains the one typed. */
    static final int LOOKUP_SIZE = 100;

    static final int MAX_EMAIL = 255;

    private final Enrolments enrolments;
    private final WaitingList waitingList;
    private final Certificates certificates;
    private final TrainingCatalog catalog;
    private final UserDirectory users;
    private final PageProblems problems;
    private final MessageSource messages;
    private final AppProperties properties;

    EnrolmentPages(
            Enrolments enrolments,
            WaitingList waitingList,
            Certificates certificates,
            TrainingCatalog catalog,
            UserDirectory users,
            PageProblems problems,
            MessageSource messages,
            AppProperties properties) {
        this.enrolments = enrolments;
        this.waitingList = waitingList;
        this.certificates = certificates;
        this.catalog = catalog;
        this.users = users;
        this.problems = problems;
        this.messages = messages;
        this.properties = properties;
    }

    @ModelAttribute("enrollmentStatuses")
    EnrollmentStatus[] enrollmentStatuses() {
        return EnrollmentStatus.values();
    }

    @GetMapping("/trainer/trainings/{id}/enrollments")
    String list(
            @PathVariable int id,
            Caller caller,
            @RequestParam(required = false) EnrollmentStatus status,
            @SortableBy(
                            value = {"lastName", "email", "status", "progress", "enrollmentDate"},
                            defaultSort = "lastName,asc")
                    PageQuery page,
            @RequestParam(defaultValue = "0") int waitingPage,
            Model model) {
        if (waitingPage < 0) {
            throw InvalidRequestException.field("waitingPage", "{problem.field.page}");
        }
        TrainingView training = managed(id, caller);
        model.addAttribute("training", training);
        model.addAttribute("status", status);
        model.addAttribute("page", enrolments.forTraining(id, status, page.pageable(), caller));
        model.addAttribute("waiting", waitingList.forTraining(id, PageRequest.of(waitingPage, page.size()), caller));
        model.addAttribute("zone", properties.timeZone());
        // Each list's page links keep the other list on the page it shows.
        model.addAttribute(
                "pageBase", listPath(id, status, waitingPage > 0 ? Map.of("waitingPage", waitingPage) : Map.of()));
        model.addAttribute(
                "waitingBase",
                listPath(id, status, page.page() > 0 ? Map.of("page", page.page()) : Map.of()) + "#waiting-list");
        return "trainer/trainings/enrollments";
    }

    @PostMapping("/trainer/trainings/{id}/enrollments")
    String enrolByEmail(
            @PathVariable int id,
            Caller caller,
            @RequestParam(defaultValue = "") String email,
            Locale locale,
            RedirectAttributes redirect) {
        managed(id, caller);
        String wanted = email.trim();
        Optional<UserView> participant = wanted.isEmpty() || wanted.length() > MAX_EMAIL
                ? Optional.empty()
                : users
                        .search(
                                new UserFilter(Role.PARTICIPANT, UserStatus.ACTIVE, wanted),
                                PageRequest.of(0, LOOKUP_SIZE, Sort.by("email")))
                        .stream()
                        .filter(user -> user.email().equalsIgnoreCase(wanted))
                        .findFirst();
        if (participant.isEmpty()) {
            redirect.addFlashAttribute("email", wanted);
            redirect.addFlashAttribute("enrolError", message("trainer.enrollments.noSuchParticipant", locale, wanted));
            return "redirect:" + listPath(id, null);
        }
        try {
            enrolments.enrol(id, participant.get().id(), caller);
            redirect.addFlashAttribute(
                    "notice",
                    message(
                            "trainer.enrollments.enrolled",
                            locale,
                            participant.get().fullName()));
        } catch (ProblemException problem) {
            refuseUnlessAllowed(problem);
            redirect.addFlashAttribute("email", wanted);
            redirect.addFlashAttribute("enrolError", problems.firstMessage(problem, locale));
        }
        return "redirect:" + listPath(id, null);
    }

    @PostMapping("/trainer/enrollments/{id}/status")
    String changeStatus(
            @PathVariable int id,
            Caller caller,
            @RequestParam EnrollmentStatus status,
            Locale locale,
            RedirectAttributes redirect) {
        return change(id, caller, new EnrollmentChanges(status, null, null), locale, redirect);
    }

    @PostMapping("/trainer/enrollments/{id}/progress")
    String setProgress(
            @PathVariable int id,
            Caller caller,
            @RequestParam int progress,
            Locale locale,
            RedirectAttributes redirect) {
        return change(id, caller, new EnrollmentChanges(null, progress, null), locale, redirect);
    }

    @PostMapping("/trainer/enrollments/{id}/certificate")
    String issueCertificate(
            @PathVariable int id,
            Caller caller,
            @RequestParam(defaultValue = "false") boolean override,
            Locale locale,
            RedirectAttributes redirect) {
        EnrollmentView enrollment = managedEnrollment(id, caller);
        try {
            CertificateView issued = certificates.issue(id, override, caller);
            redirect.addFlashAttribute("notice", message("trainer.certificate.issued", locale, issued.code()));
        } catch (ProblemException problem) {
            refuseUnlessAllowed(problem);
            redirect.addFlashAttribute("error", problems.detail(problem, locale));
        }
        return "redirect:" + listPath(enrollment.trainingId(), null) + "#enrollment-" + id;
    }

    private String change(
            int id, Caller caller, EnrollmentChanges changes, Locale locale, RedirectAttributes redirect) {
        EnrollmentView enrollment = managedEnrollment(id, caller);
        try {
            EnrollmentUpdate update = enrolments.change(id, changes, caller);
            redirect.addFlashAttribute("notice", saved(update, locale));
        } catch (ProblemException problem) {
            refuseUnlessAllowed(problem);
            redirect.addFlashAttribute("error", problems.firstMessage(problem, locale));
        }
        return "redirect:" + listPath(enrollment.trainingId(), null) + "#enrollment-" + id;
    }

    /** "Saved", or, when the change freed a seat that the waiting list filled, who left it and who got it. */
    private String saved(EnrollmentUpdate update, Locale locale) {
        if (update.promoted().isEmpty()) {
            return message("trainer.enrollments.saved", locale);
        }
        String participant = users.find(update.enrollment().userId())
                .map(UserView::fullName)
                .orElse("#" + update.enrollment().userId());
        String seated =
                update.promoted().stream().map(EnrollmentUpdate.Promoted::name).collect(Collectors.joining(", "));
        return message(
                "trainer.enrollments.seatPassedOn."
                        + update.enrollment().status().value(),
                locale,
                participant,
                seated,
                update.promoted().size());
    }

    /** The training if the caller runs it: 404 if they may not even see it, 403 if they only may see it. */
    private TrainingView managed(int id, Caller caller) {
        requireTrainer(caller);
        TrainingView training = catalog.get(String.valueOf(id), Optional.of(caller));
        if (!TrainingCatalog.manages(caller, training.createdBy())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "training.notYours");
        }
        return training;
    }

    /** An enrolment in a training the caller runs; anyone else's is 404, as the service has it. */
    private EnrollmentView managedEnrollment(int id, Caller caller) {
        requireTrainer(caller);
        EnrollmentView enrollment = enrolments.get(id, caller);
        managed(enrollment.trainingId(), caller);
        return enrollment;
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    private static String listPath(int trainingId, EnrollmentStatus status) {
        return listPath(trainingId, status, Map.of());
    }

    private static String listPath(int trainingId, EnrollmentStatus status, Map<String, Integer> pages) {
        UriComponentsBuilder path = UriComponentsBuilder.fromPath("/trainer/trainings/{id}/enrollments");
        if (status != null) {
            path.queryParam("status", status.value());
        }
        pages.forEach(path::queryParam);
        return path.buildAndExpand(trainingId).toUriString();
    }

    /** Who may not do something is told with the error page (403, 404); the other refusals are shown on the list. */
    private static void refuseUnlessAllowed(ProblemException problem) {
        int status = problem.getStatusCode().value();
        if (status == HttpStatus.FORBIDDEN.value() || status == HttpStatus.NOT_FOUND.value()) {
            throw problem;
        }
    }

    /** Trainers and admins run trainings; participants may not open these pages. */
    private static void requireTrainer(Caller caller) {
        if (!caller.isTrainer() && !caller.isAdmin()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "trainer.only");
        }
    }
}
