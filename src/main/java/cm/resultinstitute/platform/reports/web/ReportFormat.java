package cm.resultinstitute.platform.reports.web;

import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Whether a report is wanted as CSV: {@code ?format=csv} (or {@code json}) decides; without it, an {@code Accept}
 * header that names {@code text/csv} at least as high as JSON.
 */
final class ReportFormat {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private ReportFormat() {}

    static boolean csv(String format, HttpServletRequest request) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw InvalidRequestException.field("format", "{reports.problem.format}");
            };
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double csv = 0;
        double json = 0;
        for (MediaType type : types) {
            if (type.getType().equalsIgnoreCase(CSV.getType())
                    && type.getSubtype().equalsIgnoreCase(CSV.getSubtype())) {
                csv = Math.max(csv, type.getQualityValue());
            } else if (type.includes(MediaType.APPLICATION_JSON)) {
                json = Math.max(json, type.getQualityValue());
            }
        }
        return csv > 0 && csv >= json;
    }
}
