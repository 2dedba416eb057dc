package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.ClientAddress;
import java.lang.reflect.Constructor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class HttpsRequestsTest {

    @Test
    void withHttpsOnlyCookiesEveryRequestIsTreatedAsHttps() throws Exception {
        assertThat(new HttpsRequests(clientAddress(), true).matches(plain())).isTrue();
    }

    @Test
    void otherwiseOnlyRequestsThatCameOverHttpsAre() throws Exception {
        assertThat(new HttpsRequests(clientAddress(), false).matches(plain())).isFalse();
        MockHttpServletRequest secure = plain();
        secure.setSecure(true);
        assertThat(new HttpsRequests(clientAddress(), false).matches(secure)).isTrue();
    }

    private static MockHttpServletRequest plain() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.9");
        return request;
    }

    private static ClientAddress clientAddress() throws Exception {
        Constructor<ClientAddress> constructor = ClientAddress.class.getDeclaredConstructor(AppProperties.class);
        constructor.setAccessible(true);
        return constructor.newInstance(
                new AppProperties(null, null, null, null, null, null, null, null, List.of(), null, null, 75));
    }
}
