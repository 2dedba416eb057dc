package cm.resultinstitute.platform.reports.web;

import cm.resultinstitute.platform.shared.web.SortableBy;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The order of the trainings report: its columns, the latest start first. Shared by the API, the pages and the CSV downloads. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@SortableBy(
        value = {
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
            "createdByName"
        },
        defaultSort = "startDate,desc")
@interface TrainingReportSort {}
