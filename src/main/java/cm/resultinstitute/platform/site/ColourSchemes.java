package cm.resultinstitute.platform.site;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Light, dark, or the system's scheme (the default). A choice made with {@code ?theme=} is kept a year in a cookie and
 * written into the page's {@code data-theme} by the layout, so that the page is drawn in it from the first paint, without
 * a script.
 */
@Component
public class ColourSchemes implements HandlerInterceptor {

    static final String PARAMETER = "theme";
    static final String COOKIE = "theme";
    static final String SYSTEM = "system";
    private static final Set<String> CHOICES = Set.of("light", "dark", SYSTEM);
    static final String MODEL_ATTRIBUTE = "colourScheme";
    private static final String CHOSEN = ColourSchemes.class.getName() + ".chosen";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String chosen = request.getParameter(PARAMETER);
        if (chosen != null && CHOICES.contains(chosen)) {
            request.setAttribute(CHOSEN, chosen);
            response.addHeader(
                    "Set-Cookie",
                    ResponseCookie.from(COOKIE, chosen)
                            .path("/")
                            .maxAge(SYSTEM.equals(chosen) ? Duration.ZERO : Duration.ofDays(365))
                            .sameSite("Lax")
                            .secure(request.isSecure())
                            .build()
                            .toString());
        }
        return true;
    }

    /** Gives the layout the page's scheme: {@code colourScheme}, {@code light}, {@code dark} or {@code system}. */
    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (PageLinks.writesAPage(page)) {
            page.addObject(MODEL_ATTRIBUTE, current(request));
        }
    }

    static String current(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof String chosen) {
            return chosen;
        }
        return Arrays.stream(request.getCookies() == null ? new Cookie[0] : request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()) && CHOICES.contains(cookie.getValue()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(SYSTEM);
    }
}
