package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The body read once to digest it is read again by the controller, blocking or not. */
class ReadAgainTest {

    static final byte[] BODY = "{\"title\": \"Bootcamp\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theBodyIsReadAgainWholeAndItsLengthSaid() throws Exception {
        IdempotentWrites.ReadAgain request = new IdempotentWrites.ReadAgain(new MockHttpServletRequest(), BODY);

        assertThat(request.getInputStream().readAllBytes()).isEqualTo(BODY);
        assertThat(request.getReader().readLine()).isEqualTo("{\"title\": \"Bootcamp\"}");
        assertThat(request.getContentLengthLong()).isEqualTo(BODY.length);
    }

    @Test
    void aNonBlockingReaderHearsTheWholeBodyIsThereAndThenAllRead() throws Exception {
        ServletInputStream stream = new IdempotentWrites.ReadAgain(new MockHttpServletRequest(), BODY).getInputStream();
        List<String> heard = new ArrayList<>();

        stream.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() {
                heard.add("available: " + stream.isReady());
            }

            @Override
            public void onAllDataRead() {
                heard.add("all read");
            }

            @Override
            public void onError(Throwable failure) {
                heard.add("error");
            }
        });

        assertThat(heard).containsExactly("available: true", "all read");
    }
}
