package cm.resultinstitute.platform.projects;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.SignedIn;
import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** API calls of the projects tests, as a signed-in user ({@code null}: anonymous). */
record Calls(MockMvcTester mvc) {

    MvcTestResult call(HttpMethod method, String uri, SignedIn who, String json) {
        var request = mvc.method(method).uri(uri);
        if (who != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, who.bearer());
        }
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }

    MvcTestResult get(String uri, SignedIn who) {
        return call(HttpMethod.GET, uri, who, null);
    }

    MvcTestResult post(String uri, SignedIn who, String json) {
        return call(HttpMethod.POST, uri, who, json);
    }

    MvcTestResult patch(String uri, SignedIn who, String json) {
        return call(HttpMethod.PATCH, uri, who, json);
    }

    static <T> T read(MvcTestResult result, String path) {
        return JsonPath.read(Logins.body(result), path);
    }
}
