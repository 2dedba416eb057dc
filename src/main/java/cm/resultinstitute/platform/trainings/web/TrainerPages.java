package cm.resultinstitute.platform.trainings.web;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.FieldProblem;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.trainings.SessionDetails;
import cm.resultinstitute.platform.trainings.SessionInfo;
import cm.resultinstitute.platform.trainings.SessionStatus;
import cm.resultinstitute.platform.trainings.SessionView;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingFilter;
import cm.resultinstitute.platform.trainings.TrainingLevel;
import cm.resultinstitute.platform.trainings.TrainingSessions;
import cm.resultinstitute.platform.trainings.TrainingStatus;
import cm.resultinstitute.platform.trainings.TrainingView;
import cm.resultinstitute.platform.users.Caller;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trainer's pages for trainings: the ones they run (an admin: all), creating and changing one, and its sessions,
 * one at a time or as a series, each changed, rescheduled or cancelled on a page of its own. Participants may not open
 * them (403); whose training it is, the catalogue decides.
 */
@Controller
class TrainerPages {

    /** The sessions shown again with a form that was refused. */
    static final PageQuery FIRST_SESSIONS = new PageQuery(0, PageQuery.DEFAULT_SIZE, Sort.by("sessionDate"));

    private final TrainingCatalog catalog;
    private final TrainingSessions sessions;
    private final PageProblems problems;
    private final MessageSource messages;
    private final AppProperties properties;

    TrainerPages(
            TrainingCatalog catalog,
            TrainingSessions sessions,
            PageProblems problems,
            MessageSource messages,
            AppProperties properties) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.problems = problems;
        this.messages = messages;
        this.properties = properties;
    }

    @ModelAttribute("levels")
    TrainingLevel[] levels() {
        return TrainingLevel.values();
    }

    @ModelAttribute("trainingStatuses")
    TrainingStatus[] trainingStatuses() {
        return TrainingStatus.values();
    }

    @ModelAttribute("days")
    DayOfWeek[] days() {
        return DayOfWeek.values();
    }

    @GetMapping("/trainer/trainings")
    String list(Caller caller, PageQuery page, Locale locale, Model model) {
        requireTrainer(caller);
        model.addAttribute("page", runBy(caller, page.pageable(), Language.of(locale, Language.EN)));
        model.addAttribute("pageBase", "/trainer/trainings");
        return "trainer/trainings/list";
    }

    @GetMapping("/trainer/trainings/new")
    String newTraining(Caller caller, Locale locale, Model model) {
        requireTrainer(caller);
        model.addAttribute("form", TrainingForm.empty(Language.of(locale, Language.EN)));
        return "trainer/trainings/new";
    }

    @PostMapping("/trainer/trainings/new")
    String create(
            Caller caller,
            @Valid @ModelAttribute("form") TrainingForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        requireTrainer(caller);
        rejectDescriptionWithoutTitle(form, errors, locale);
        if (!errors.hasErrors()) {
            try {
                TrainingView created = catalog.create(form.details(), caller);
                redirect.addFlashAttribute("notice", message("trainer.training.created", locale, created.title()));
                return "redirect:/trainer/trainings/" + created.id();
            } catch (ProblemException problem) {
                problems.reject(problem, errors, locale).ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return "trainer/trainings/new";
    }

    /** The training's own page for its trainer: its fields, and its sessions with the forms that add more. */
    @GetMapping("/trainer/trainings/{id}")
    String edit(
            @PathVariable int id,
            Caller caller,
            @SortableBy(value = "sessionDate", defaultSort = "sessionDate,asc") PageQuery page,
            Model model) {
        TrainingView training = managed(id, caller);
        model.addAttribute("training", training);
        model.addAttribute(
                "sessions",
                sessions.list(String.valueOf(id), page.pageable(), Optional.of(caller), training.originalLanguage()));
        model.addAttribute("pageBase", "/trainer/trainings/" + id);
        model.addAttribute("zone", properties.timeZone());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TrainingForm.of(training));
        }
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", new SessionForm());
        }
        if (!model.containsAttribute("seriesForm")) {
            model.addAttribute("seriesForm", new SeriesForm(properties.timeZone()));
        }
        return "trainer/trainings/edit";
    }

    @PostMapping("/trainer/trainings/{id}")
    String save(
            @PathVariable int id,
            Caller caller,
            @Valid @ModelAttribute("form") TrainingForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        managed(id, caller);
        rejectDescriptionWithoutTitle(form, errors, locale);
        if (!errors.hasErrors()) {
            try {
                catalog.update(id, form.details(), caller);
                redirect.addFlashAttribute("notice", message("trainer.training.saved", locale));
                return "redirect:/trainer/trainings/" + id;
            } catch (ProblemException problem) {
                problems.reject(problem, errors, locale).ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return edit(id, caller, FIRST_SESSIONS, model);
    }

    @PostMapping("/trainer/trainings/{id}/delete")
    String delete(
            @PathVariable int id,
            Caller caller,
            @RequestParam(defaultValue = "false") boolean confirm,
            Locale locale,
            RedirectAttributes redirect) {
        TrainingView training = managed(id, caller);
        if (!confirm) {
            redirect.addFlashAttribute("error", message("trainer.training.delete.unconfirmed", locale));
            return "redirect:/trainer/trainings/" + id;
        }
        try {
            catalog.delete(id, caller);
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.detail(problem, locale));
            return "redirect:/trainer/trainings/" + id;
        }
        redirect.addFlashAttribute("notice", message("trainer.training.deleted", locale, training.title()));
        return "redirect:/trainer/trainings";
    }

    @PostMapping("/trainer/trainings/{id}/sessions")
    String addSession(
            @PathVariable int id,
            Caller caller,
            @Valid @ModelAttribute("sessionForm") SessionForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        managed(id, caller);
        if (!errors.hasErrors()) {
            try {
                SessionView created = sessions.create(id, form.details(properties.timeZone()), caller);
                redirect.addFlashAttribute("notice", message("trainer.session.created", locale, created.title()));
                return "redirect:/trainer/trainings/" + id + "#sessions";
            } catch (ProblemException problem) {
                // The service names the date "sessionDate"; the form calls it "startsAt".
                problems.reject(renamed(problem, "sessionDate", "startsAt"), errors, locale)
                        .ifPresent(notice -> model.addAttribute("sessionError", notice));
            }
        }
        return edit(id, caller, FIRST_SESSIONS, model);
    }

    @PostMapping("/trainer/trainings/{id}/sessions/series")
    String addSeries(
            @PathVariable int id,
            Caller caller,
            @Valid @ModelAttribute("seriesForm") SeriesForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        managed(id, caller);
        Optional<ZoneId> zone = form.zone();
        if (zone.isEmpty() && !errors.hasFieldErrors("timeZone")) {
            errors.rejectValue("timeZone", "zone", message("trainer.series.unknownZone", locale));
        }
        if (!errors.hasErrors()) {
            try {
                List<SessionView> created = sessions.createSeries(id, form.series(zone.get()), caller);
                redirect.addFlashAttribute("notice", message("trainer.series.created", locale, created.size()));
                return "redirect:/trainer/trainings/" + id + "#sessions";
            } catch (ProblemException problem) {
                // A session of the series outside the training's dates is the series' dates' fault.
                problems.reject(renamed(problem, "sessionDate", "firstDate"), errors, locale)
                        .ifPresent(notice -> model.addAttribute("seriesError", notice));
            }
        }
        return edit(id, caller, FIRST_SESSIONS, model);
    }

    @PostMapping("/trainer/sessions/{id}/status")
    String changeSessionStatus(
            @PathVariable int id,
            Caller caller,
            @RequestParam SessionStatus status,
            Locale locale,
            RedirectAttributes redirect) {
        SessionInfo session = managedSession(id, caller);
        if (status == SessionStatus.CANCELLED) {
            // A cancellation is for good: it goes through the session's page and its confirmation.
            return "redirect:/trainer/sessions/" + id + "/edit#cancel";
        }
        try {
            sessions.update(id, new SessionDetails(null, null, null, null, null, null, null, status), caller);
            redirect.addFlashAttribute("notice", message("trainer.session.saved", locale, session.title()));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.detail(problem, locale));
        }
        return "redirect:/trainer/trainings/" + session.trainingId() + "#sessions";
    }

    /** A session's own page: its title, start and duration to change, and the way to cancel it. */
    @GetMapping("/trainer/sessions/{id}/edit")
    String editSession(@PathVariable int id, Caller caller, Model model) {
        SessionInfo session = managedSession(id, caller);
        return sessionPage(session, caller, model);
    }

    @PostMapping("/trainer/sessions/{id}/edit")
    String saveSession(
            @PathVariable int id,
            Caller caller,
            @Valid @ModelAttribute("sessionForm") SessionChangeForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        SessionInfo session = managedSession(id, caller);
        if (!errors.hasErrors()) {
            try {
                SessionView current = sessions.written(id, Optional.of(caller));
                SessionView saved =
                        sessions.update(id, form.changes(session.startsAt(), properties.timeZone(), current), caller);
                redirect.addFlashAttribute("notice", message("trainer.session.saved", locale, saved.title()));
                return "redirect:/trainer/trainings/" + session.trainingId() + "#session-" + id;
            } catch (ProblemException problem) {
                // The service names the date "sessionDate"; the form calls it "startsAt".
                problems.reject(renamed(problem, "sessionDate", "startsAt"), errors, locale)
                        .ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return sessionPage(session, caller, model);
    }

    /** Cancelling is final (a cancelled session cannot be started again), so the form asks to tick a box first. */
    @PostMapping("/trainer/sessions/{id}/cancel")
    String cancelSession(
            @PathVariable int id,
            Caller caller,
            @RequestParam(defaultValue = "false") boolean confirm,
            Locale locale,
            RedirectAttributes redirect) {
        SessionInfo session = managedSession(id, caller);
        if (!confirm) {
            redirect.addFlashAttribute("error", message("trainer.session.cancel.unconfirmed", locale));
            return "redirect:/trainer/sessions/" + id + "/edit#cancel";
        }
        try {
            sessions.update(
                    id, new SessionDetails(null, null, null, null, null, null, null, SessionStatus.CANCELLED), caller);
            redirect.addFlashAttribute("notice", message("trainer.session.cancelled", locale, session.title()));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.detail(problem, locale));
        }
        return "redirect:/trainer/trainings/" + session.trainingId() + "#session-" + id;
    }

    @PostMapping("/trainer/sessions/{id}/delete")
    String deleteSession(@PathVariable int id, Caller caller, Locale locale, RedirectAttributes redirect) {
        SessionInfo session = managedSession(id, caller);
        try {
            sessions.delete(id, caller);
            redirect.addFlashAttribute("notice", message("trainer.session.deleted", locale, session.title()));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.detail(problem, locale));
        }
        return "redirect:/trainer/trainings/" + session.trainingId() + "#sessions";
    }

    private String sessionPage(SessionInfo session, Caller caller, Model model) {
        SessionView view = sessions.written(session.id(), Optional.of(caller));
        model.addAttribute("sessionView", view);
        model.addAttribute("training", managed(session.trainingId(), caller));
        model.addAttribute("zone", properties.timeZone());
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", SessionChangeForm.of(view, properties.timeZone()));
        }
        return "trainer/sessions/edit";
    }

    /** The trainings the caller runs (an admin: all), the latest first. */
    private Page<TrainingView> runBy(Caller caller, Pageable page, Language reader) {
        Sort latestFirst = Sort.by(Sort.Order.desc("startDate"), Sort.Order.desc("createdAt"));
        TrainingFilter runs =
                new TrainingFilter(null, null, null, null, null, null, caller.isAdmin() ? null : caller.id());
        return catalog.list(
                runs,
                PageRequest.of(page.getPageNumber(), page.getPageSize(), latestFirst),
                Optional.of(caller),
                reader,
                true);
    }

    /** The training if the caller runs it: 404 if they may not even see it, 403 if they only may see it. */
    private TrainingView managed(int id, Caller caller) {
        requireTrainer(caller);
        TrainingView training = catalog.written(String.valueOf(id), Optional.of(caller));
        if (!TrainingCatalog.manages(caller, training.createdBy())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "training.notYours");
        }
        return training;
    }

    private SessionInfo managedSession(int id, Caller caller) {
        requireTrainer(caller);
        SessionInfo session = sessions.info(id)
                .filter(found ->
                        TrainingCatalog.visible(found.trainingStatus(), found.trainingCreatedBy(), Optional.of(caller)))
                .orElseThrow(() -> new NotFoundException("session.notFound"));
        if (!TrainingCatalog.manages(caller, session.trainingCreatedBy())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "training.notYours");
        }
        return session;
    }

    private void rejectDescriptionWithoutTitle(TrainingForm form, BindingResult errors, Locale locale) {
        if (form.describesWithoutTitle()) {
            errors.rejectValue("translatedTitle", "invalid", message("validation.notBlank", locale));
        }
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    /** Trainers and admins run trainings; participants may not open these pages. */
    private static void requireTrainer(Caller caller) {
        if (!caller.isTrainer() && !caller.isAdmin()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "trainer.only");
        }
    }

    /** The same refusal of the input with one field problem moved to the form field that caused it. */
    private static ProblemException renamed(ProblemException problem, String from, String to) {
        if (!(problem instanceof InvalidRequestException)) {
            return problem;
        }
        return new InvalidRequestException(
                problem.errors().stream()
                        .map(field -> from.equals(field.field()) ? new FieldProblem(to, field.message()) : field)
                        .toList(),
                problem.getDetailMessageCode(),
                problem.getDetailMessageArguments());
    }
}
