package cm.resultinstitute.platform.trainings.web;

import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.shared.web.ReaderLanguages;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.trainings.ScheduledSession;
import cm.resultinstitute.platform.trainings.SessionView;
import cm.resultinstitute.platform.trainings.TrainingCalendar;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingFilter;
import cm.resultinstitute.platform.trainings.TrainingLevel;
import cm.resultinstitute.platform.trainings.TrainingSessions;
import cm.resultinstitute.platform.trainings.TrainingStatus;
import cm.resultinstitute.platform.trainings.TrainingSummary;
import cm.resultinstitute.platform.trainings.TrainingView;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue: trainings, their sessions and their calendar. */
@RestController
@RequestMapping(ApiPaths.V1 + "/trainings")
@Tag(name = "Trainings and sessions")
class TrainingsController {

    static final String LANG = "The language to read the trainings in (else the caller's preference, else"
            + " Accept-Language); a training not translated into it comes in its original language";

    static final String TRANSLATIONS = "all: add every translation of each training (`translations`)";

    private final TrainingCatalog catalog;
    private final TrainingSessions sessions;
    private final TrainingCalendar calendar;
    private final ReaderLanguages readers;

    TrainingsController(
            TrainingCatalog catalog, TrainingSessions sessions, TrainingCalendar calendar, ReaderLanguages readers) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.calendar = calendar;
        this.readers = readers;
    }

    @GetMapping
    ResponseEntity<PageResponse<TrainingView>> list(
            Optional<Caller> caller,
            @RequestParam(required = false) @Parameter(description = LANG) Language lang,
            @RequestParam(required = false) @Parameter(description = TRANSLATIONS) @Pattern(regexp = "all")
                    String translations,
            HttpServletRequest request,
            @RequestParam(required = false) TrainingStatus status,
            @RequestParam(required = false) @Size(max = 100) String category,
            @RequestParam(required = false) TrainingLevel level,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @SortableBy({
                        "title",
                        "startDate",
                        "endDate",
                        "createdAt",
                        "category",
                        "level",
                        "status",
                        "id",
                        "updatedAt",
                        "durationHours"
                    })
                    PageQuery page) {
        Language reader = readers.of(lang, request);
        TrainingFilter filter = new TrainingFilter(status, category, level, q, from, to);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.code())
                .body(PageResponse.of(catalog.list(filter, page.pageable(), caller, reader, translations != null)));
    }

    @GetMapping("/{id}")
    ResponseEntity<TrainingView> get(
            @PathVariable("id") @Parameter(description = "The training's id or its slug") String idOrSlug,
            Optional<Caller> caller,
            @RequestParam(required = false) @Parameter(description = LANG) Language lang,
            @RequestParam(required = false) @Parameter(description = TRANSLATIONS) @Pattern(regexp = "all")
                    String translations,
            HttpServletRequest request) {
        TrainingView training = catalog.get(idOrSlug, caller, readers.of(lang, request), translations != null);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, training.language().code())
                .body(training);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER')")
    ResponseEntity<TrainingView> create(Caller caller, @Valid @RequestBody TrainingRequests.CreateTraining request) {
        TrainingView created = catalog.create(request.details(), caller);
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/trainings/" + created.id()))
                .body(created);
    }

    @PatchMapping("/{id}")
    TrainingView update(
            Caller caller, @PathVariable int id, @Valid @RequestBody TrainingRequests.UpdateTraining request) {
        return catalog.update(id, request.details(), caller);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable int id) {
        catalog.delete(id, caller);
    }

    @GetMapping("/{id}/summary")
    TrainingSummary summary(Caller caller, @PathVariable int id) {
        return catalog.summary(id, caller);
    }

    @GetMapping("/{id}/sessions")
    ResponseEntity<PageResponse<SessionView>> sessions(
            @PathVariable("id") @Parameter(description = "The training's id or its slug") String idOrSlug,
            Optional<Caller> caller,
            @RequestParam(required = false) @Parameter(description = LANG) Language lang,
            HttpServletRequest request,
            @SortableBy(
                            value = {"sessionDate", "title", "status"},
                            defaultSort = "sessionDate,asc")
                    PageQuery page) {
        Language reader = readers.of(lang, request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.code())
                .body(PageResponse.of(sessions.list(idOrSlug, page.pageable(), caller, reader)));
    }

    @PostMapping("/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SessionView> createSession(
            Caller caller, @PathVariable int id, @Valid @RequestBody TrainingRequests.CreateSession request) {
        SessionView created = sessions.create(id, request.details(), caller);
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/sessions/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id}/sessions/series")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<List<SessionView>> createSeries(
            Caller caller, @PathVariable int id, @Valid @RequestBody TrainingRequests.CreateSeries request) {
        List<SessionView> created = sessions.createSeries(id, request.series(), caller);
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/trainings/" + id + "/sessions"))
                .body(created);
    }

    @GetMapping(value = "/{id}/calendar.ics", produces = TrainingCalendar.MEDIA_TYPE)
    ResponseEntity<String> calendar(
            @PathVariable("id") @Parameter(description = "The training's id or its slug") String idOrSlug,
            Optional<Caller> caller,
            @RequestParam(required = false) @Parameter(description = LANG) Language lang,
            HttpServletRequest request) {
        Language reader = readers.of(lang, request);
        TrainingView training = catalog.get(idOrSlug, caller, reader, false);
        String body = calendar.render(
                training.title(),
                sessions
                        .scheduled(List.of(training.id()), Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"), reader)
                        .stream()
                        .map(ScheduledSession::session)
                        .toList());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + training.slug() + ".ics\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.code())
                .contentType(MediaType.parseMediaType(TrainingCalendar.MEDIA_TYPE))
                .body(body);
    }
}
