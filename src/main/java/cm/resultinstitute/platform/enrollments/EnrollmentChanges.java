package cm.resultinstitute.platform.enrollments;

/** A change to an enrolment; {@code null} fields stay as they are, an empty note clears it. */
public record EnrollmentChanges(EnrollmentStatus status, Integer progress, String notes) {}
