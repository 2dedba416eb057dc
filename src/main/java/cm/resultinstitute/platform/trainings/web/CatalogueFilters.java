package cm.resultinstitute.platform.trainings.web;

import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.trainings.TrainingFilter;
import cm.resultinstitute.platform.trainings.TrainingLevel;
import cm.resultinstitute.platform.trainings.TrainingStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The catalogue's filters as typed: text, so that a wrong value is shown back with a notice rather than refused
 * with an error page. Trainings that have ended are left out unless asked for.
 */
class CatalogueFilters {

    static final int MAX_TEXT = 100;

    private String q;
    private String category;
    private String level;
    private String from;
    private String to;
    private boolean past;

    /** The published trainings to show; the names of the fields that cannot be read are added to {@code invalid}. */
    TrainingFilter parse(LocalDate today, List<String> invalid) {
        String search = text("q", q, invalid);
        String inCategory = text("category", category, invalid);
        TrainingLevel atLevel = level(invalid);
        LocalDate start = date("from", from, invalid);
        LocalDate end = date("to", to, invalid);
        if (!past && (start == null || start.isBefore(today))) {
            start = today;
        }
        return new TrainingFilter(TrainingStatus.PUBLISHED, inCategory, atLevel, search, start, end);
    }

    /** Whether the visitor narrowed the list beyond the search: then the page shows those filters unfolded. */
    public boolean isNarrowed() {
        return past || Stream.of(category, level, from, to).anyMatch(value -> value != null && !value.isBlank());
    }

    String pageBase(PageQuery page) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("category", category);
        values.put("level", level);
        values.put("from", from);
        values.put("to", to);
        values.put("past", past ? "true" : null);
        if (page.size() != PageQuery.DEFAULT_SIZE) {
            values.put("size", String.valueOf(page.size()));
        }
        values.values().removeIf(value -> value == null || value.isBlank());
        values.replaceAll((name, value) -> value.trim());
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/trainings");
        // As URI variables the values are encoded strictly: a "+" or "&" typed in the search stays one.
        values.keySet().forEach(name -> base.queryParam(name, "{" + name + "}"));
        return base.encode().buildAndExpand(values).toUriString();
    }

    private TrainingLevel level(List<String> invalid) {
        if (level == null || level.isBlank()) {
            return null;
        }
        String wanted = level.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(TrainingLevel.values())
                .filter(candidate -> candidate.name().equals(wanted))
                .findFirst()
                .orElseGet(() -> {
                    invalid.add("level");
                    return null;
                });
    }

    private static String text(String field, String value, List<String> invalid) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            invalid.add(field);
            return null;
        }
        return value.trim();
    }

    private static LocalDate date(String field, String value, List<String> invalid) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            invalid.add(field);
            return null;
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public boolean isPast() {
        return past;
    }

    public void setPast(boolean past) {
        this.past = past;
    }
}
