package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserAccessChanged;
import cm.resultinstitute.platform.users.UserDeletionRequested;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends all of a user's access when their password, role or status changes, or they are deleted: in the transaction
 * of the change, their access version moves on (every access token dies), their refresh tokens are revoked and their
 * page sessions are deleted from the session store that every instance reads.
 */
@Component
class AccessRevocation {

    private final AccessVersions versions;
    private final RefreshTokenStore refreshTokens;
    private final LiveAccess liveAccess;
    private final JdbcClient jdbc;

    AccessRevocation(AccessVersions versions, RefreshTokenStore refreshTokens, LiveAccess liveAccess, JdbcClient jdbc) {
        this.versions = versions;
        this.refreshTokens = refreshTokens;
        this.liveAccess = liveAccess;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void accessChanged(UserAccessChanged change) {
        endAllAccess(change.userId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void deletionRequested(UserDeletionRequested deletion) {
        endAllAccess(deletion.userId());
    }

    private void endAllAccess(int userId) {
        versions.advance(userId);
        refreshTokens.revokeAll(userId);
        // Spring Session names a session's principal by Caller#toString, the user's id. Deleting the rows here, not
        // through the session repository after the commit, makes the change and the end of the sessions one.
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = :user")
                .param("user", String.valueOf(userId))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                liveAccess.forget(userId);
                endCurrentSessionIfTheirs(userId);
            }
        });
    }

    /** The request that made the change may be the user's own page session: it must not be saved back. */
    private static void endCurrentSessionIfTheirs(int userId) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null
                && current.getPrincipal() instanceof Caller caller
                && caller.is(userId)
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
    }
}
