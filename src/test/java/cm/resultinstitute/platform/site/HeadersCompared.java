package cm.resultinstitute.platform.site;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Answers compared header for header, but for one that may differ (the {@code Date} of a kept answer). */
final class HeadersCompared {

    private HeadersCompared() {}

    static Map<String, List<String>> allBut(String left, HttpHeaders headers) {
        Map<String, List<String>> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        kept.putAll(headers.map());
        kept.remove(left);
        return kept;
    }
}
