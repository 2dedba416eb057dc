package cm.resultinstitute.platform.enrollments.web;

import cm.resultinstitute.platform.enrollments.Enrolments;
import cm.resultinstitute.platform.enrollments.MyEnrollment;
import cm.resultinstitute.platform.enrollments.MySchedule;
import cm.resultinstitute.platform.enrollments.MySession;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.shared.web.TimeBound;
import cm.resultinstitute.platform.trainings.TrainingCalendar;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    private final Enrolments enrolments;
    private final MySchedule schedule;
    private final AppProperties properties;

    MyEnrollmentsController(Enrolments enrolments, MySchedule schedule, AppProperties properties) {
        this.enrolments = enrolments;
        this.schedule = schedule;
        this.properties = properties;
    }

    @GetMapping("/enrollments")
    PageResponse<MyEnrollment> enrollments(
            Caller caller,
            @SortableBy(
                            value = {"enrollmentDate", "status", "progress", "trainingTitle"},
                            defaultSort = "enrollmentDate,desc")
                    PageQuery page) {
        return PageResponse.of(enrolments.mine(caller, page.pageable()));
    }

    @GetMapping("/sessions")
    PageResponse<MySession> sessions(
            Caller caller,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @SortableBy(value = "sessionDate", defaultSort = "sessionDate,asc") PageQuery page) {
        return PageResponse.of(schedule.sessions(
                caller,
                TimeBound.from("from", from, properties.timeZone()),
                TimeBound.until("to", to, properties.timeZone()),
                page.pageable()));
    }

    @GetMapping(value = "/calendar.ics", produces = TrainingCalendar.MEDIA_TYPE)
    ResponseEntity<String> calendar(Caller caller) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"my-sessions.ics\"")
                .contentType(MediaType.parseMediaType(TrainingCalendar.MEDIA_TYPE))
                .body(schedule.calendar(caller, "Result Institute"));
    }
}
