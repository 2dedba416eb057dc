package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import jakarta.servlet.Filter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;

/** Which filters each kind of request goes through: no more than it needs, nothing it relies on missing. */
@PlatformTest
class SecurityChainsTest {

    @Autowired
    List<SecurityFilterChain> chains;

    @Test
    void anApiCallGoesThroughNoLogoutFilterNorServletApiWrapper() {
        List<Class<?>> filters = filtersOf("/api/v1/me");
        assertThat(filters).doesNotContain(LogoutFilter.class, SecurityContextHolderAwareRequestFilter.class);
    }

    @Test
    void statelessChainsLeaveOutTheFiltersTheyNeverUse() {
        assertThat(SecurityConfiguration.UNUSED_BY_STATELESS_CHAINS).hasSize(4);
        for (String path : List.of("/api/v1/me", "/actuator/health", "/assets/css/app.css")) {
            List<Class<?>> filters = filtersOf(path);
            assertThat(filters).as(path).doesNotContainAnyElementsOf(SecurityConfiguration.UNUSED_BY_STATELESS_CHAINS);
            assertThat(filters).as(path).contains(HeaderWriterFilter.class, AuthorizationFilter.class);
        }
        assertThat(filtersOf("/api/v1/me")).contains(BearerTokenAuthenticationFilter.class);
        assertThat(filtersOf("/assets/css/app.css"))
                .doesNotContain(LogoutFilter.class, SecurityContextHolderAwareRequestFilter.class);
    }

    @Test
    void theActuatorKeepsTheWrapperItsHealthDetailsAskWhetherTheCallerIsAnAdmin() {
        List<Class<?>> filters = filtersOf("/actuator/health");
        assertThat(filters).contains(SecurityContextHolderAwareRequestFilter.class);
        assertThat(filters).doesNotContain(LogoutFilter.class);
    }

    @Test
    void pagesKeepSigningOut() {
        assertThat(filtersOf("/logout")).contains(LogoutFilter.class, SecurityContextHolderAwareRequestFilter.class);
    }

    private List<Class<?>> filtersOf(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        return chains.stream().filter(chain -> chain.matches(request)).findFirst().orElseThrow().getFilters().stream()
                .<Class<?>>map(Filter::getClass)
                .toList();
    }
}
