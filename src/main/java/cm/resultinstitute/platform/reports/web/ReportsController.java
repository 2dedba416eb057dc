package cm.resultinstitute.platform.reports.web;

import cm.resultinstitute.platform.reports.Dashboard;
import cm.resultinstitute.platform.reports.InstituteDashboard;
import cm.resultinstitute.platform.reports.ParticipantProgress;
import cm.resultinstitute.platform.reports.ParticipantProgressReport;
import cm.resultinstitute.platform.reports.ProgressReportFilter;
import cm.resultinstitute.platform.reports.ReportScope;
import cm.resultinstitute.platform.reports.TrainingReportFilter;
import cm.resultinstitute.platform.reports.TrainingSummary;
import cm.resultinstitute.platform.reports.TrainingSummaryReport;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports as JSON pages, or as CSV files of every matching row with {@code Accept: text/csv} or
 * {@code ?format=csv}. A CSV answer is written straight to the response, and the handler then returns nothing.
 */
@RestController
@RequestMapping(ApiPaths.V1 + "/reports")
@Tag(name = "Reports")
class ReportsController {

    private final TrainingSummaryReport trainings;
    private final ParticipantProgressReport progress;
    private final InstituteDashboard dashboard;

    ReportsController(
            TrainingSummaryReport trainings, ParticipantProgressReport progress, InstituteDashboard dashboard) {
        this.trainings = trainings;
        this.progress = progress;
        this.dashboard = dashboard;
    }

    @GetMapping("/trainings")
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER')")
    PageResponse<TrainingSummary> trainings(
            Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String format,
            @TrainingReportSort PageQuery page,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        boolean csv = ReportFormat.csv(format, request);
        TrainingReportFilter filter = TrainingReportFilter.of(status, category);
        ReportScope scope = ReportScope.of(caller);
        if (csv) {
            ReportCsv.TRAININGS.send(response, rows -> trainings.export(filter, scope, page.sort(), rows));
            return null;
        }
        return PageResponse.of(trainings.page(filter, scope, page.pageable()));
    }

    /** A participant sees only their own rows: asking for someone else's {@code userId} gives an empty page. */
    @GetMapping("/participant-progress")
    @PreAuthorize("isAuthenticated()")
    PageResponse<ParticipantProgress> participantProgress(
            Caller caller,
            @RequestParam(required = false) Integer trainingId,
            @RequestParam(required = false) Integer userId,
            @RequestParam(required = false) String format,
            @ProgressReportSort PageQuery page,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        boolean csv = ReportFormat.csv(format, request);
        ProgressReportFilter filter = new ProgressReportFilter(trainingId, userId);
        ReportScope scope = ReportScope.of(caller);
        if (csv) {
            ReportCsv.PARTICIPANT_PROGRESS.send(response, rows -> progress.export(filter, scope, page.sort(), rows));
            return null;
        }
        return PageResponse.of(progress.page(filter, scope, page.pageable()));
    }

    @GetMapping("/dashboard")
    @PreAuthorize("hasRole('ADMIN')")
    Dashboard dashboard() {
        return dashboard.dashboard();
    }
}
