package cm.resultinstitute.platform.attendance;

import cm.resultinstitute.platform.trainings.SessionInfo;
import java.util.List;

/**
 * What the paper sign-in sheet of a session shows: the session, and every participant holding a seat in its training,
 * sorted by last name, with the mark already recorded if any.
 */
public record SignInSheet(SessionInfo session, List<Line> participants) {

    public record Line(String lastName, String firstName, String email, AttendanceStatus status) {}
}
