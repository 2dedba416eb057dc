package cm.resultinstitute.platform.enrollments;

import java.util.List;

/** A changed enrolment, and who got the seat it freed from the waiting list (in line order; usually nobody or one). */
public record EnrollmentUpdate(EnrollmentView enrollment, List<Promoted> promoted) {

    /** A participant who moved up from the waiting list into a seat. */
    public record Promoted(int userId, String name) {}
}
