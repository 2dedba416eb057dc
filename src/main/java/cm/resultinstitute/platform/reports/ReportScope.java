package cm.resultinstitute.platform.reports;

import cm.resultinstitute.platform.users.Caller;

/**
 * The rows of the reports a caller may read: everything for an admin, the trainings a trainer created, a
 * participant's own rows.
 *
 * @param creatorId only trainings created by this user, when set
 * @param participantId only rows of this participant, when set
 */
public record ReportScope(Integer creatorId, Integer participantId) {

    public static final ReportScope EVERYTHING = new ReportScope(null, null);

    public static ReportScope of(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> EVERYTHING;
            case TRAINER -> new ReportScope(caller.id(), null);
            case PARTICIPANT -> new ReportScope(null, caller.id());
        };
    }
}
