package cm.resultinstitute.platform.reports;

/** The filters of the participant progress report, both optional: one training, one participant. */
public record ProgressReportFilter(Integer trainingId, Integer userId) {}
