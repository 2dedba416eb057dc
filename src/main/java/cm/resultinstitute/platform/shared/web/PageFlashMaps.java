package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes, the notice a form leaves for the page it redirects to, are kept in the page session as Spring MVC
 * keeps them. Only a page receives one: an API call, an asset or the actuator does not look for them, since looking
 * asks the session store for whatever session the request's cookie names, a database read on every API call of a
 * browser signed in to the pages.
 */
final class PageFlashMaps extends SessionFlashMapManager {

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        boolean page = !ApiPaths.isApi(request)
                && !StaticAssets.isAsset(request)
                && !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
        return page ? super.retrieveFlashMaps(request) : null;
    }
}
