package cm.resultinstitute.platform.users;

import cm.resultinstitute.platform.shared.security.IdentifiedUser;
import java.io.Serial;
import java.io.Serializable;

/** The signed-in user making a request: who they are and what role they act in. */
public record Caller(int id, Role role) implements IdentifiedUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isTrainer() {
        return role == Role.TRAINER;
    }

    public boolean isParticipant() {
        return role == Role.PARTICIPANT;
    }

    public boolean is(int userId) {
        return id == userId;
    }

    /** The user's id: what Spring Security and the session store use as the principal's name. */
    @Override
    public String toString() {
        return String.valueOf(id);
    }
}
