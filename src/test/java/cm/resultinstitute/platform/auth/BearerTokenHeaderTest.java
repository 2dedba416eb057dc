package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The loop reads every {@code Authorization} header as Spring's resolver does: the same token or the same refusal. */
class BearerTokenHeaderTest {

    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();
    private final BearerTokenHeader ours = new BearerTokenHeader();

    @Test
    void readsWellFormedAndMalformedHeadersAsSpringDoes() {
        List<String> headers = new ArrayList<>(List.of(
                "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
                "bearer abc",
                "BEARER abc==",
                "BeArEr a-b.c_d~e+f/g=",
                "Bearer ",
                "Bearer",
                "Bearer  abc",
                "Bearer abc ",
                "Bearer abc=d",
                "Bearer ==",
                "Bearer a\tb",
                "Bearer abc\n",
                "Bearerabc",
                "Bearer\tabc",
                "Basic dXNlcjpwYXNz",
                "DPoP abc",
                "",
                " Bearer abc",
                "Bearer é",
                "Bearer \u212A"));
        Random random = new Random(42);
        String alphabet = "aZ09-._~+/= \t\n,;\"é\u212AB";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder header = new StringBuilder(random.nextInt(3) == 0 ? "" : "Bearer ");
            for (int length = random.nextInt(12); length > 0; length--) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(header.toString());
        }
        for (String header : headers) {
            assertThat(outcome(ours, header)).as("[%s]", header).isEqualTo(outcome(spring, header));
        }
        assertThat(outcome(ours, null)).isEqualTo("none");
        assertThat(outcome(ours, "Bearer abc==")).isEqualTo("token abc==");
        assertThat(outcome(ours, "Bearer a b")).isEqualTo("refused invalid_token: Bearer token is malformed");
    }

    private static String outcome(
            org.springframework.security.oauth2.server.resource.web.BearerTokenResolver resolver, String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        try {
            String token = resolver.resolve(request);
            return token == null ? "none" : "token " + token;
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getErrorCode() + ": "
                    + refused.getError().getDescription();
        }
    }
}
