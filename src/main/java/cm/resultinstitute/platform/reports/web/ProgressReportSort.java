package cm.resultinstitute.platform.reports.web;

import cm.resultinstitute.platform.shared.web.SortableBy;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The order of the participant progress report: its columns, the latest enrolment first. Shared by the API, the pages and the CSV downloads. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@SortableBy(
        value = {
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
            "attendanceRate"
        },
        defaultSort = "enrollmentDate,desc")
@interface ProgressReportSort {}
