package cm.resultinstitute.platform.enrollments.web;

import cm.resultinstitute.platform.enrollments.Enrolments;
import cm.resultinstitute.platform.enrollments.MyEnrollment;
import cm.resultinstitute.platform.enrollments.MySchedule;
import cm.resultinstitute.platform.enrollments.MySession;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.shared.web.ReaderLanguages;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.shared.web.TimeBound;
import cm.resultinstitute.platform.trainings.TrainingCalendar;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own enrolments and schedule. */
@RestController
@RequestMapping(ApiPaths.V1 + "/me")
@Tag(name = "Own account")
class MyEnrollmentsController {

    static final String LANG = "The language to read the trainings and sessions in (else the caller's preference,"
            + " else Accept-Language); one not translated into it comes in its original language";

    private final Enrolments enrolments;
    private final MySchedule schedule;
    private final AppProperties properties;
    private final ReaderLanguages readers;

    MyEnrollmentsController(
            Enrolments enrolments, MySchedule schedule, AppProperties properties, ReaderLanguages readers) {
        this.enrolments = enrolments;
        this.schedule = schedule;
        this.properties = properties;
        this.readers = readers;
    }

    @GetMapping("/enrollments")
    ResponseEntity<PageResponse<MyEnrollment>> enrollments(
            Caller caller,
            @RequestParam(required = false) @Parameter(description = LANG) Language lang,
            HttpServletRequest request,
            @SortableBy(
                            value = {"enrollmentDate", "status", "progress", "trainingTitle"},
                            defaultSort = "enrollmentDate,desc")
                    PageQuery page) {
        Language reader = readers.of(lang, request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.code())
                .body(PageResponse.of(enrolments.mine(caller, page.pageable(), reader)));
    }

    @GetMapping("/sessions")
    ResponseEntity<PageResponse<MySession>> sessions(
            Caller caller,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) @Parameter(description = LANG) Language lang,
            HttpServletRequest request,
            @SortableBy(value = "sessionDate", defaultSort = "sessionDate,asc") PageQuery page) {
        Language reader = readers.of(lang, request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.code())
                .body(PageResponse.of(schedule.sessions(
                        caller,
                        TimeBound.from("from", from, properties.timeZone()),
                        TimeBound.until("to", to, properties.timeZone()),
                        page.pageable(),
                        reader)));
    }

    @GetMapping(value = "/calendar.ics", produces = TrainingCalendar.MEDIA_TYPE)
    ResponseEntity<String> calendar(
            Caller caller,
            @RequestParam(required = false) @Parameter(description = LANG) Language lang,
            HttpServletRequest request) {
        Language reader = readers.of(lang, request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"my-sessions.ics\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.code())
                .contentType(MediaType.parseMediaType(TrainingCalendar.MEDIA_TYPE))
                .body(schedule.calendar(caller, "Result Institute", reader));
    }
}
