package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.users.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what. The JSON API is stateless: a bearer access token on every call, no session, no CSRF. The pages
 * sign in with a form into a session kept in PostgreSQL, and every form carries a CSRF token. Rules per endpoint
 * that depend on the record (owner, author) are checked by the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration implements WebMvcConfigurer {

    static final String[] PUBLIC_READS = {
        "/api/v1/trainings",
        "/api/v1/trainings/*",
        "/api/v1/trainings/*/sessions",
        "/api/v1/trainings/*/calendar.ics",
        "/api/v1/sessions/*",
        "/api/v1/certificates/*",
        "/api/v1/blog/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/**")
                        .permitAll()
                        // What anyone may read; the services hide drafts and private records (404).
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS)
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**", "/api/v1/activity/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated());
        return bearerTokensOnly(http, problems).build();
    }

    /** Health and info for everyone (without details); the other endpoints, metrics among them, for admins. */
    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher("/actuator/**").authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                .anyRequest()
                .hasRole("ADMIN"));
        return bearerTokensOnly(http, problems).build();
    }

    /** A bearer access token on every call: no session, no CSRF (no cookie to forge), problems as JSON. */
    private static HttpSecurity bearerTokensOnly(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(JwtConfiguration::authentication))
                                .authenticationEntryPoint(problems)
                                .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityHeaders.apply());
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignIn signIn) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler afterLogin = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws IOException, jakarta.servlet.ServletException {
                if (authentication.getPrincipal() instanceof Caller caller) {
                    signIn.recordPageLogin(caller.id());
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        afterLogin.setDefaultTargetUrl("/account");
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/account/**", "/my/**", "/projects/**", "/trainer/**", "/blog/manage/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/login")
                        .loginProcessingUrl("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(afterLogin)
                        .failureHandler(SecurityConfiguration::loginFailed))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut"))
                .headers(SecurityHeaders.apply())
                .build();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerResolver());
    }

    private static void loginFailed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof LockedException
                ? "tooMany"
                : exception instanceof DisabledException ? "disabled" : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
