package cm.resultinstitute.platform.attendance;

/** A trainer's mark for one participant in a bulk marking. */
public record AttendanceMark(Integer userId, AttendanceStatus status, String notes) {}
