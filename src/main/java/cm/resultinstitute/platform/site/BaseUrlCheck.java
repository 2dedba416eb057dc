package cm.resultinstitute.platform.site;

import cm.resultinstitute.platform.shared.AppProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Links in mails, PDFs and QR codes use {@code APP_BASE_URL}. Left at its default (localhost), they work on the
 * machine itself and nowhere else: say so in the log once people reach the platform by another address.
 */
@Component
class BaseUrlCheck implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(BaseUrlCheck.class);

    private final AppProperties properties;
    private final AtomicBoolean warned = new AtomicBoolean();

    BaseUrlCheck(AppProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhereLinksPoint() {
        if (properties.linksToThisMachineOnly()) {
            log.info(
                    "Links in mails, PDFs and QR codes point to {}: set APP_BASE_URL to the address people use",
                    properties.link("/"));
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!warned.get()
                && properties.linksToThisMachineOnly()
                && !AppProperties.isLocal(request.getServerName())
                && warned.compareAndSet(false, true)) {
            log.warn(
                    "APP_BASE_URL is not set: the platform is reached at {}://{}, but links in mails, PDFs and QR codes"
                            + " point to {}, which works on this machine only. Set APP_BASE_URL to the address people"
                            + " use.",
                    request.getScheme(),
                    request.getServerName(),
                    properties.link("/"));
        }
        return true;
    }
}
