package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The loops let through and refuse exactly the header names, header values and parameter names Spring's do. */
class StrictFirewallTest {

    private final HttpFirewall spring = new StrictHttpFirewall();
    private final HttpFirewall ours = StrictFirewall.create();

    @Test
    void everyCharacterOfTheBasicPlaneAndSomeBeyondAreJudgedAsSpringJudgesThem() {
        List<String> texts = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            texts.add("a" + c + "b");
        }
        texts.addAll(List.of("", "\uD83D\uDE00", "\uD83D", "x\uDE00", "\uDB40\uDC01", "\uDB7F\uDFFF", "\uDBBF\uDFFE"));
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(6); length > 0; length--) {
                text.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x110000) : random.nextInt(0x250));
            }
            texts.add(text.toString());
        }
        int refused = 0;
        for (String text : texts) {
            String judged = judgement(spring, text);
            assertThat(judgement(ours, text)).as("[%s]", text).isEqualTo(judged);
            refused += judged.equals("value ok, name ok, parameter ok") ? 0 : 1;
        }
        assertThat(refused).as("some are refused").isGreaterThan(1_000);
        assertThat(judgement(ours, "a\tb")).isEqualTo("value ok, name refused, parameter refused");
    }

    private static String judgement(HttpFirewall firewall, String text) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.addHeader("X-Value", text);
        request.addHeader(text, "v");
        request.addParameter(text, "v");
        var checked = firewall.getFirewalledRequest(request);
        return "value " + passes(() -> checked.getHeader("X-Value"))
                + ", name " + passes(() -> checked.getHeader(text))
                + ", parameter " + passes(() -> checked.getParameter(text));
    }

    private static String passes(Runnable read) {
        try {
            read.run();
            return "ok";
        } catch (RequestRejectedException refused) {
            return "refused";
        }
    }
}
