package cm.resultinstitute.platform.activity;

import cm.resultinstitute.platform.activity.domain.ActivityLog;
import cm.resultinstitute.platform.activity.domain.ActivityLogRepository;
import cm.resultinstitute.platform.shared.security.CurrentUser;
import cm.resultinstitute.platform.shared.web.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail: one {@code activity_logs} row per entry, in the caller's transaction, so that the line
 * exists exactly when the change does. Adds who (unless given), the client address and the user agent. Metadata
 * keys that could hold a secret are dropped whatever the caller passes.
 */
@Service
public class ActivityRecorder {

    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|token|hash|secret).*");
    private static final int MAX_USER_AGENT = 500;

    private final ActivityLogRepository logs;
    private final ClientAddress clientAddress;

    ActivityRecorder(ActivityLogRepository logs, ClientAddress clientAddress) {
        this.logs = logs;
        this.clientAddress = clientAddress;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ActivityEntry entry) {
        HttpServletRequest request = currentRequest();
        Integer actor =
                entry.actorId() != null ? entry.actorId() : CurrentUser.id().orElse(null);
        logs.save(new ActivityLog(
                actor,
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                entry.description(),
                withoutSecrets(entry.metadata()),
                request == null ? null : address(clientAddress.of(request)),
                request == null ? null : userAgent(request)));
    }

    /** For security events that must be kept even when the operation they belong to fails (a refused login). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordApart(ActivityEntry entry) {
        record(entry);
    }

    static Map<String, Object> withoutSecrets(Map<String, Object> metadata) {
        if (metadata == null || metadata.isEmpty()) {
            return null;
        }
        Map<String, Object> safe = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (!SECRET_KEY.matcher(key).matches()) {
                safe.put(key, value instanceof Map<?, ?> nested ? withoutSecrets(stringKeys(nested)) : value);
            }
        });
        return safe;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static InetAddress address(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String userAgent(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return agent == null || agent.length() <= MAX_USER_AGENT ? agent : agent.substring(0, MAX_USER_AGENT);
    }
}
