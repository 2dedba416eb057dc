package cm.resultinstitute.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Calls the API tests make alike. */
public final class ApiCalls {

    private ApiCalls() {}

    /** A {@code GET} as {@code caller} ({@code null}: anonymous), in {@code acceptLanguage} when it is given. */
    public static MvcTestResult readIn(MockMvcTester mvc, SignedIn caller, String uri, String acceptLanguage) {
        var request = mvc.get().uri(uri);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        if (acceptLanguage != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return request.exchange();
    }

    /** The id of what a {@code 201} answer created. */
    public static int createdId(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return JsonPath.read(Logins.body(result), "$.id");
    }
}
