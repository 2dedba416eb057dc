package cm.resultinstitute.platform.reports.web;

import cm.resultinstitute.platform.reports.Dashboard;
import cm.resultinstitute.platform.reports.InstituteDashboard;
import cm.resultinstitute.platform.reports.ParticipantProgressReport;
import cm.resultinstitute.platform.reports.ProgressReportFilter;
import cm.resultinstitute.platform.reports.ReportScope;
import cm.resultinstitute.platform.reports.TrainingReportFilter;
import cm.resultinstitute.platform.reports.TrainingSummaryReport;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.users.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report pages: {@code /admin/reports} (the dashboard with its charts, then both reports) and
 * {@code /trainer/reports} (both reports, of the trainer's own trainings), each report also on a page of its own
 * that answers htmx with its table alone, and as a CSV download. Admins see every row wherever they look.
 */
@Controller
class ReportPages {

    private static final String AREA = "/{area:admin|trainer}/reports";
    private static final Pageable FIRST_TRAININGS =
            PageRequest.of(0, PageQuery.DEFAULT_SIZE, Sort.by("startDate").descending());
    private static final Pageable FIRST_PROGRESS =
            PageRequest.of(0, PageQuery.DEFAULT_SIZE, Sort.by("enrollmentDate").descending());

    private final TrainingSummaryReport trainings;
    private final ParticipantProgressReport progress;
    private final InstituteDashboard dashboard;
    private final JsonMapper json;

    ReportPages(
            TrainingSummaryReport trainings,
            ParticipantProgressReport progress,
            InstituteDashboard dashboard,
            JsonMapper json) {
        this.trainings = trainings;
        this.progress = progress;
        this.dashboard = dashboard;
        this.json = json;
    }

    @ModelAttribute("trainingStatuses")
    List<String> trainingStatuses() {
        return TrainingReportFilter.STATUSES;
    }

    @GetMapping(AREA)
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER')")
    String overview(@PathVariable String area, Caller caller, Locale locale, Model model) {
        ReportScope scope = ReportScope.of(caller);
        if (area.equals("admin")) {
            dashboardModel(dashboard.dashboard(), locale, model);
        }
        trainingsModel(area, TrainingReportFilter.of(null, null), scope, FIRST_TRAININGS, null, model);
        progressModel(area, new ProgressReportFilter(null, null), scope, FIRST_PROGRESS, null, model);
        return "reports/index";
    }

    /** The whole page, or only its table for htmx, which replaces the table as the filters change. */
    @GetMapping(AREA + "/trainings")
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER')")
    String trainings(
            @PathVariable String area,
            Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @TrainingReportSort PageQuery page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        TrainingReportFilter filter = TrainingReportFilter.of(status, category);
        trainingsModel(area, filter, ReportScope.of(caller), page.pageable(), sortRequested(request, page), model);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return fragmentOnly(request) ? "reports/tables :: trainings" : "reports/trainings";
    }

    @GetMapping(AREA + "/participant-progress")
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER')")
    String participantProgress(
            @PathVariable String area,
            Caller caller,
            @RequestParam(required = false) Integer trainingId,
            @RequestParam(required = false) Integer userId,
            @ProgressReportSort PageQuery page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ProgressReportFilter filter = new ProgressReportFilter(trainingId, userId);
        progressModel(area, filter, ReportScope.of(caller), page.pageable(), sortRequested(request, page), model);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return fragmentOnly(request) ? "reports/tables :: progress" : "reports/progress";
    }

    @GetMapping(AREA + "/trainings.csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER')")
    void trainingsCsv(
            Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @TrainingReportSort PageQuery page,
            HttpServletResponse response)
            throws IOException {
        TrainingReportFilter filter = TrainingReportFilter.of(status, category);
        ReportScope scope = ReportScope.of(caller);
        ReportCsv.TRAININGS.send(response, rows -> trainings.export(filter, scope, page.sort(), rows));
    }

    @GetMapping(AREA + "/participant-progress.csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER')")
    void participantProgressCsv(
            Caller caller,
            @RequestParam(required = false) Integer trainingId,
            @RequestParam(required = false) Integer userId,
            @ProgressReportSort PageQuery page,
            HttpServletResponse response)
            throws IOException {
        ProgressReportFilter filter = new ProgressReportFilter(trainingId, userId);
        ReportScope scope = ReportScope.of(caller);
        ReportCsv.PARTICIPANT_PROGRESS.send(response, rows -> progress.export(filter, scope, page.sort(), rows));
    }

    private void trainingsModel(
            String area,
            TrainingReportFilter filter,
            ReportScope scope,
            Pageable page,
            List<String> sort,
            Model model) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("status", filter.status());
        query.put("category", filter.category());
        String path = "/" + area + "/reports/trainings";
        model.addAttribute("reportsPath", "/" + area + "/reports");
        model.addAttribute("trainingFilter", filter);
        model.addAttribute("trainings", trainings.page(filter, scope, page));
        model.addAttribute("trainingsPath", path);
        model.addAttribute("trainingsBase", link(path, query, sort, page.getPageSize()));
        model.addAttribute("trainingsCsv", link(path + ".csv", query, sort, PageQuery.DEFAULT_SIZE));
        model.addAttribute("progressPath", "/" + area + "/reports/participant-progress");
    }

    private void progressModel(
            String area,
            ProgressReportFilter filter,
            ReportScope scope,
            Pageable page,
            List<String> sort,
            Model model) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("trainingId", filter.trainingId());
        query.put("userId", filter.userId());
        String path = "/" + area + "/reports/participant-progress";
        model.addAttribute("reportsPath", "/" + area + "/reports");
        model.addAttribute("progressFilter", filter);
        model.addAttribute("progress", progress.page(filter, scope, page));
        model.addAttribute("progressPath", path);
        model.addAttribute("progressBase", link(path, query, sort, page.getPageSize()));
        model.addAttribute("progressCsv", link(path + ".csv", query, sort, PageQuery.DEFAULT_SIZE));
    }

    private void dashboardModel(Dashboard numbers, Locale locale, Model model) {
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        model.addAttribute("dashboard", numbers);
        model.addAttribute("topTrainings", InstituteDashboard.TOP_TRAININGS);
        model.addAttribute(
                "monthLabels",
                json.writeValueAsString(numbers.enrollmentsPerMonth().stream()
                        .map(month -> YearMonth.parse(month.month()).format(monthFormat))
                        .toList()));
        model.addAttribute(
                "monthValues",
                json.writeValueAsString(numbers.enrollmentsPerMonth().stream()
                        .map(Dashboard.MonthCount::enrollments)
                        .toList()));
        model.addAttribute(
                "attendanceLabels",
                json.writeValueAsString(numbers.attendanceByTraining().stream()
                        .map(Dashboard.TrainingAttendance::title)
                        .toList()));
        model.addAttribute(
                "attendanceValues",
                json.writeValueAsString(numbers.attendanceByTraining().stream()
                        .map(training ->
                                training.attendanceRate() == null ? BigDecimal.ZERO : training.attendanceRate())
                        .toList()));
    }

    /** The sort the request asked for, to carry on through page links and downloads; none when it asked for none. */
    private static List<String> sortRequested(HttpServletRequest request, PageQuery page) {
        if (request.getParameterValues("sort") == null) {
            return null;
        }
        return page.sort().stream()
                .map(order -> order.getProperty() + "," + (order.isAscending() ? "asc" : "desc"))
                .toList();
    }

    private static String link(String path, Map<String, Object> query, List<String> sort, int size) {
        Map<String, Object> values = new LinkedHashMap<>();
        query.forEach((name, value) -> {
            if (value != null) {
                values.put(name, value);
            }
        });
        if (size != PageQuery.DEFAULT_SIZE) {
            values.put("size", size);
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        // As URI variables the values are encoded strictly: a "+" or "&" in a category stays what it is.
        values.keySet().forEach(name -> link.queryParam(name, "{" + name + "}"));
        if (sort != null) {
            for (int i = 0; i < sort.size(); i++) {
                link.queryParam("sort", "{sort" + i + "}");
                values.put("sort" + i, sort.get(i));
            }
        }
        return link.encode().buildAndExpand(values).toUriString();
    }

    /** htmx asks for the fragment, except when it restores history and needs the whole page. */
    private static boolean fragmentOnly(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
