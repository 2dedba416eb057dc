package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.web.ImageHosts;
import cm.resultinstitute.platform.shared.web.StaticAssets;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AnonymousConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.OAuth2ProtectedResourceMetadataFilter;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what. The JSON API is stateless: a bearer access token on every call, no session, no CSRF. The pages
 * sign in with a form into a session kept in PostgreSQL, and every form carries a CSRF token. Rules per endpoint
 * that depend on the record (owner, author) are checked by the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration implements WebMvcConfigurer {

    private final ImageHosts imageHosts;

    SecurityConfiguration(ImageHosts imageHosts) {
        this.imageHosts = imageHosts;
    }

    static final String[] PUBLIC_READS = {
        "/api/v1/trainings",
        "/api/v1/trainings/*",
        "/api/v1/trainings/*/sessions",
        "/api/v1/trainings/*/calendar.ics",
        "/api/v1/sessions/*",
        "/api/v1/certificates/*",
        "/api/v1/categories",
        "/api/v1/blog/**"
    };

    /**
     * What Spring Security adds to the stateless chains (assets, API, actuator) and these never use: nothing to do for
     * a session (looking for an invalid one reads the session store) nor to keep a session id out of links, no DPoP
     * proofs (the platform issues bearer tokens only; the DPoP filter answered a {@code DPoP} authorization with a
     * bare 401, where now it counts as no token, like any scheme but {@code Bearer}), and no protected resource
     * metadata, served at {@code /.well-known/oauth-protected-resource}, outside these chains.
     */
    static final Set<Class<? extends Filter>> UNUSED_BY_STATELESS_CHAINS = Set.of(
            SessionManagementFilter.class,
            DisableEncodeUrlFilter.class,
            AuthenticationFilter.class,
            OAuth2ProtectedResourceMetadataFilter.class);

    /**
     * Each request is observed once, as {@code http.server.requests}: an observation around every security filter
     * cost more than the filters themselves.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static HttpFirewall firewall() {
        return StrictFirewall.create();
    }

    /** Stylesheets, scripts and images are the same for everyone: no session, no CSRF token, no saved request. */
    @Bean
    @Order(0)
    SecurityFilterChain staticAssetChain(HttpSecurity http, HttpsRequests https) throws Exception {
        http.securityMatcher(StaticAssets.PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable())
                .headers(SecurityHeaders.apply(https, imageHosts));
        return withoutUnusedFilters(http);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, HttpsRequests https) throws Exception {
        http.securityMatcher("/api/**")
                // Signing in and the like take no token (none is read there), whatever the method: a wrong
                // method is Spring MVC's 405, an unknown path its 404, not a 401 no token could cure.
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/auth/**")
                        .permitAll()
                        // Certificates are only ever looked up: another method is a 405 for everyone.
                        .requestMatchers("/api/v1/certificates/*")
                        .permitAll()
                        // What anyone may read; the services hide drafts and private records (404).
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_READS)
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**", "/api/v1/activity/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                // Controllers read the caller from the security context, never from the servlet request: one
                // request wrapper less, which every request attribute read goes through. (The actuator's chain
                // keeps it: its health endpoint asks the request whether the caller is an admin.)
                .servletApi(servletApi -> servletApi.disable());
        return withoutUnusedFilters(bearerTokensOnly(http, problems, https));
    }

    /** Health and info for everyone (without details); the other endpoints, metrics among them, for admins. */
    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, ProblemResponses problems, HttpsRequests https) throws Exception {
        http.securityMatcher("/actuator/**").authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                .anyRequest()
                .hasRole("ADMIN"));
        return withoutUnusedFilters(bearerTokensOnly(http, problems, https));
    }

    /**
     * A bearer access token on every call: no session, no CSRF (no cookie to forge), problems as JSON. Signing in,
     * refreshing and signing out take no access token: one left in the header (expired, or revoked by that very
     * sign-out) must not stop them.
     */
    private HttpSecurity bearerTokensOnly(HttpSecurity http, ProblemResponses problems, HttpsRequests https)
            throws Exception {
        BearerTokenHeader bearerTokens = new BearerTokenHeader();
        RequestMatcher authentication = PathPatternRequestMatcher.withDefaults().matcher("/api/v1/auth/**");
        return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable()) // signing out is POST /api/v1/auth/logout, a controller
                .requestCache(cache -> cache.disable())
                .anonymous(SecurityConfiguration::withoutSessionId)
                .oauth2ResourceServer(server -> server.bearerTokenResolver(
                                request -> authentication.matches(request) ? null : bearerTokens.resolve(request))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(JwtConfiguration::authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityHeaders.apply(https, imageHosts));
    }

    /**
     * An anonymous caller's details without the id of a session: Spring reads it by looking up, in the session store,
     * whatever session a cookie names (a browser signed in to the pages sends its cookie to the API too).
     */
    private static void withoutSessionId(AnonymousConfigurer<HttpSecurity> anonymous) {
        String key = UUID.randomUUID().toString();
        AnonymousAuthenticationFilter filter = new AnonymousAuthenticationFilter(key);
        filter.setAuthenticationDetailsSource(request -> new WebAuthenticationDetails(request.getRemoteAddr(), null));
        anonymous.key(key).authenticationFilter(filter);
    }

    /** The chain as built, less the filters it never uses: four filters, and a response wrapper, fewer per call. */
    private static SecurityFilterChain withoutUnusedFilters(HttpSecurity http) throws Exception {
        DefaultSecurityFilterChain chain = http.build();
        List<Filter> used = chain.getFilters().stream()
                .filter(filter -> !UNUSED_BY_STATELESS_CHAINS.contains(filter.getClass()))
                .toList();
        return new DefaultSecurityFilterChain(chain.getRequestMatcher(), used);
    }

    /**
     * Pages: a form login into a session kept in PostgreSQL. Anonymous visitors get no session: their CSRF token and
     * the page they asked for before signing in live in cookies. Redirects stay relative, so the {@code Host} a
     * request names never ends up in a {@code Location}.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pages(
            HttpSecurity http,
            SignIn signIn,
            LiveAccess liveAccess,
            HttpsRequests https,
            LocaleResolver languages,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName("RI_CSRF");
        csrfTokens.setCookieCustomizer(cookie -> cookie.secure(secureCookies).sameSite("Lax"));
        CookieRequestCache requestCache = new CookieRequestCache();
        requestCache.setCookieCustomizer(cookie -> cookie.setSecure(secureCookies));
        // Only whole pages are worth coming back to: not a form's POST, nor the fragment an htmx request asked for.
        requestCache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && request.getHeader("X-Requested-With") == null);
        LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        loginPage.setFavorRelativeUris(true);
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/account/**", "/my/**", "/projects/**", "/trainer/**", "/blog/manage/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(loginPage))
                .addFilterAfter(new PageSessionCheck(liveAccess), SecurityContextHolderFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .loginProcessingUrl("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(new AfterPageLogin(signIn, requestCache, languages))
                        .failureHandler(SecurityConfiguration::loginFailed))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut"))
                .headers(SecurityHeaders.apply(https, imageHosts))
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
        AccountPages.rememberTypedEmail(request, response);
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
