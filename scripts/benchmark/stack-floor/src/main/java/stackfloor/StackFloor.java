package stackfloor;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The platform's stack as its starters configure it, with one entity, one signed-in read and one page: the floor under
 * the platform's start-up time and memory. Written the way the starters' guides write it, not tuned.
 */
@SpringBootApplication
@Controller
public class StackFloor {

    private final People people;

    StackFloor(People people) {
        this.people = people;
    }

    public static void main(String[] args) {
        SpringApplication.run(StackFloor.class, args);
    }

    @GetMapping("/api/v1/me")
    @ResponseBody
    Map<String, Object> me(@AuthenticationPrincipal Jwt jwt) {
        Person person = people.findById(Integer.valueOf(jwt.getSubject())).orElseThrow();
        return Map.of(
                "id", person.id,
                "email", person.email,
                "firstName", person.firstName,
                "lastName", person.lastName,
                "role", person.role,
                "status", person.status);
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    /** The platform's kind of token: HS256 with {@code APP_JWT_SECRET}. */
    @Bean
    JwtDecoder jwtDecoder(@Value("${APP_JWT_SECRET}") String secret) {
        return NimbusJwtDecoder.withSecretKey(
                        new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    /** {@code -Dexit-when-ready=true}: the class-data-sharing training run, as the platform's build does it. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> exitWhenReady(@Value("${exit-when-ready:false}") boolean exit) {
        return ready -> {
            if (exit) {
                System.exit(SpringApplication.exit(ready.getApplicationContext()));
            }
        };
    }
}
