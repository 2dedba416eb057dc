package cm.resultinstitute.platform.site;

import cm.resultinstitute.platform.shared.web.ClientAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A liveness probe asks many times a second what seldom changes. The actuator's answer to an anonymous probe depends
 * only on the liveness state and on how it is asked (its {@code Accept}, and HTTPS for the security headers): the
 * first probe of each kind goes through every filter to the actuator, and its answer, headers and all, is given back
 * to the next ones from here, first of the filters. A change of state is a new kind. A probe that carries
 * credentials, cookies, an origin or a query goes the whole way, as does anything else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LivenessProbeAnswers extends OncePerRequestFilter {

    static final String PATH = "/actuator/health/liveness";
    static final int MOST_KINDS = 32;
    private static final Set<String> ASKED_OF_THE_WHOLE_WAY =
            Set.of(HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE, HttpHeaders.ORIGIN);

    record Kind(LivenessState state, String accept, boolean https) {}

    private final ApplicationAvailability availability;
    private final ClientAddress clientAddress;
    private final Map<Kind, KeptAnswer> answers = new ConcurrentHashMap<>();

    LivenessProbeAnswers(ApplicationAvailability availability, ClientAddress clientAddress) {
        this.availability = availability;
        this.clientAddress = clientAddress;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !PATH.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()))
                || request.getQueryString() != null
                || ASKED_OF_THE_WHOLE_WAY.stream().anyMatch(header -> request.getHeader(header) != null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Kind kind = kindOf(request);
        KeptAnswer known = answers.get(kind);
        if (known != null) {
            known.replay(response);
            return;
        }
        KeptAnswer answered = KeptAnswer.draw(
                request,
                response,
                chain,
                answer -> remembered(answer) && kind.equals(kindOf(request)) && answers.size() < MOST_KINDS);
        if (answered != null) {
            answers.putIfAbsent(kind, answered);
        }
    }

    int kindsKnown() {
        return answers.size();
    }

    private Kind kindOf(HttpServletRequest request) {
        return new Kind(
                availability.getLivenessState(),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT)),
                clientAddress.cameOverHttps(request));
    }

    private static boolean remembered(HttpServletResponse answered) {
        int status = answered.getStatus();
        return (status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                && answered.getContentType() != null
                && !answered.containsHeader(HttpHeaders.SET_COOKIE);
    }
}
