package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.shared.security.CurrentUser;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout's banner asks ({@code @addressVerification} in templates): whether the signed-in user's address
 * still waits for verification, and which page to come back to after asking for a new link. Read each time a whole
 * page is rendered, so the banner goes as soon as the address is verified. Public: templates call it by reflection.
 */
@Component("addressVerification")
public class AddressVerificationBanner {

    private final UserDirectory directory;

    AddressVerificationBanner(UserDirectory directory) {
        this.directory = directory;
    }

    /** The signed-in user's address if it is not verified yet; {@code null} otherwise (or for visitors). */
    public String pendingAddress() {
        try {
            return CurrentUser.id()
                    .flatMap(directory::find)
                    .filter(user -> !user.emailVerified())
                    .map(UserView::email)
                    .orElse(null);
        } catch (DataAccessException | TransactionException unavailable) {
            // The error page of a database outage renders the layout too: it goes without the banner.
            return null;
        }
    }

    /** The path of the page being shown, with its query. */
    public String currentPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getQueryString() == null
                    ? request.getRequestURI()
                    : request.getRequestURI() + "?" + request.getQueryString();
        }
        return "/account";
    }
}
