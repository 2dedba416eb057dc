package cm.resultinstitute.platform.reports.web;

import cm.resultinstitute.platform.reports.ParticipantProgress;
import cm.resultinstitute.platform.reports.TrainingSummary;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A report as a CSV download: its file name, a header row of the JSON field names, then one line per row, in UTF-8
 * with a byte order mark so that spreadsheet applications read accents right.
 */
record ReportCsv<T>(String filename, List<String> header, Function<T, List<?>> cells) {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    static final ReportCsv<TrainingSummary> TRAININGS = new ReportCsv<>(
            "trainings-report.csv",
            List.of(
                    "id",
                    "title",
                    "category",
                    "status",
                    "startDate",
                    "endDate",
                    "maxParticipants",
                    "totalEnrollments",
                    "completedEnrollments",
                    "totalSessions",
                    "completedSessions",
                    "createdByName"),
            row -> Arrays.asList(
                    row.id(),
                    row.title(),
                    row.category(),
                    row.status(),
                    row.startDate(),
                    row.endDate(),
                    row.maxParticipants(),
                    row.totalEnrollments(),
                    row.completedEnrollments(),
                    row.totalSessions(),
                    row.completedSessions(),
                    row.createdByName()));

    static final ReportCsv<ParticipantProgress> PARTICIPANT_PROGRESS = new ReportCsv<>(
            "participant-progress.csv",
            List.of(
                    "userId",
                    "participantName",
                    "email",
                    "trainingId",
                    "trainingTitle",
                    "enrollmentDate",
                    "enrollmentStatus",
                    "progress",
                    "totalSessions",
                    "attendedSessions",
                    "attendanceRate"),
            row -> Arrays.asList(
                    row.userId(),
                    row.participantName(),
                    row.email(),
                    row.trainingId(),
                    row.trainingTitle(),
                    row.enrollmentDate(),
                    row.enrollmentStatus(),
                    row.progress(),
                    row.totalSessions(),
                    row.attendedSessions(),
                    row.attendanceRate()));

    /** Streams the rows the export hands over straight into the response, as they are read. */
    void send(HttpServletResponse response, Consumer<Consumer<T>> export) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        CsvWriter csv = new CsvWriter(writer);
        csv.row(header);
        export.accept(row -> csv.row(cells.apply(row)));
        writer.flush();
    }
}
