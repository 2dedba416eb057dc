package cm.resultinstitute.platform.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The test-only probe endpoints are open to anonymous callers, to provoke errors without signing in. */
@Configuration(proxyBeanMethods = false)
class ProbeSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain probe(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/test-probe/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
