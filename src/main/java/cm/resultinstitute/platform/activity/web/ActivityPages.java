package cm.resultinstitute.platform.activity.web;

import cm.resultinstitute.platform.activity.ActivityFilter;
import cm.resultinstitute.platform.activity.ActivityTrail;
import cm.resultinstitute.platform.activity.ActivityView;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.shared.web.TimeBound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail page for admins: newest first, filtered by user, action, record and dates; actions and records are
 * named in the reader's language, times given in the institute's time zone.
 */
@Controller
class ActivityPages {

    /** The pages of the records an admin may open, by record type; the id is appended. */
    private static final Map<String, String> RECORD_PAGES = Map.of(
            "user", "/admin/users/",
            "training", "/trainer/trainings/",
            "project", "/projects/",
            "task", "/projects/tasks/",
            "blog_post", "/blog/manage/");

    private final ActivityTrail trail;
    private final AppProperties properties;
    private final MessageSource messages;

    ActivityPages(ActivityTrail trail, AppProperties properties, MessageSource messages) {
        this.trail = trail;
        this.properties = properties;
        this.messages = messages;
    }

    /** The institute's time zone, in which the page gives every time. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return properties.timeZone();
    }

    @GetMapping("/admin/activity")
    String list(
            @ModelAttribute("filters") TrailFilters filters,
            @SortableBy(value = "createdAt", defaultSort = "createdAt,desc") PageQuery page,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        List<String> invalid = new ArrayList<>();
        ActivityFilter filter = filters.parse(properties.timeZone(), invalid);
        if (invalid.isEmpty()) {
            model.addAttribute("page", trail.list(filter, page.pageable()).map(entry -> line(entry, locale)));
            model.addAttribute("pageBase", filters.pageBase(page));
        } else {
            String fields = invalid.stream()
                    .map(field -> messages.getMessage("admin.activity." + field, null, field, locale))
                    .collect(Collectors.joining(", "));
            model.addAttribute("error", messages.getMessage("admin.activity.invalid", new Object[] {fields}, locale));
        }
        // The same address answers a page or a fragment: caches must keep both apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (fragmentOnly(request)) {
            return "admin/activity/table :: table";
        }
        model.addAttribute("actions", actionChoices(TrailFilters.blankToNull(filters.getAction()), locale));
        return "admin/activity/list";
    }

    /** An entry as the page shows it: who, what and which record, in the reader's language. */
    record TrailLine(ActivityView entry, String who, String action, String record, String recordPage) {}

    /** One action of the filter's list. */
    record ActionChoice(String code, String label, boolean selected) {}

    private TrailLine line(ActivityView entry, Locale locale) {
        String who = entry.userId() == null
                ? null
                : entry.userName() != null ? entry.userName() : record("user", entry.userId(), locale);
        String type = entry.entityType();
        return new TrailLine(
                entry,
                who,
                actionLabel(entry.action(), locale),
                type == null ? null : record(type, entry.entityId(), locale),
                type == null || entry.entityId() == null || !RECORD_PAGES.containsKey(type)
                        ? null
                        : RECORD_PAGES.get(type) + entry.entityId());
    }

    /**
     * The actions the trail holds, by label; an action asked for that the trail does not hold stays among them, so
     * that the filter shows what it filters by.
     */
    private List<ActionChoice> actionChoices(String current, Locale locale) {
        Set<String> codes = new LinkedHashSet<>(trail.actions());
        if (current != null) {
            codes.add(current);
        }
        Comparator<String> byLabel = Collator.getInstance(locale)::compare;
        return codes.stream()
                .map(code -> new ActionChoice(code, actionLabel(code, locale), code.equals(current)))
                .sorted(Comparator.comparing(ActionChoice::label, byLabel))
                .toList();
    }

    /** The action's label; an action without one is shown by its code rather than hidden. */
    private String actionLabel(String code, Locale locale) {
        return messages.getMessage("admin.activity.action." + code, null, code, locale);
    }

    /** "User 3", "Formation 5": the record's type in the reader's language, then its id. */
    private String record(String type, Integer id, Locale locale) {
        String name = messages.getMessage("admin.activity.type." + type, null, type, locale);
        return id == null
                ? name
                : messages.getMessage("admin.activity.record", new Object[] {name, String.valueOf(id)}, locale);
    }

    /** htmx asks for the fragment, except when it restores history and needs the whole page. */
    private static boolean fragmentOnly(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /**
     * The filters as typed: text, so that a wrong value is shown back with a notice rather than refused with an
     * error page.
     */
    static class TrailFilters {

        private String userId;
        private String action;
        private String entityType;
        private String entityId;
        private String from;
        private String to;

        /** The filter to query with; the names of the fields that cannot be read are added to {@code invalid}. */
        ActivityFilter parse(ZoneId zone, List<String> invalid) {
            return new ActivityFilter(
                    read("userId", userId, TrailFilters::number, invalid),
                    blankToNull(action),
                    blankToNull(entityType),
                    read("entityId", entityId, TrailFilters::number, invalid),
                    read("from", from, value -> TimeBound.from("from", value, zone), invalid),
                    read("to", to, value -> TimeBound.until("to", value, zone), invalid));
        }

        String pageBase(PageQuery page) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("userId", userId);
            values.put("action", action);
            values.put("entityType", entityType);
            values.put("entityId", entityId);
            values.put("from", from);
            values.put("to", to);
            if (page.size() != PageQuery.DEFAULT_SIZE) {
                values.put("size", String.valueOf(page.size()));
            }
            values.values().removeIf(value -> value == null || value.isBlank());
            UriComponentsBuilder base = UriComponentsBuilder.fromPath("/admin/activity");
            // As URI variables the values are encoded strictly: a "+" in an instant's offset stays a "+".
            values.keySet().forEach(name -> base.queryParam(name, "{" + name + "}"));
            return base.encode().buildAndExpand(values).toUriString();
        }

        private static <T> T read(String field, String value, Function<String, T> parser, List<String> invalid) {
            String text = blankToNull(value);
            if (text == null) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (NumberFormatException | InvalidRequestException e) {
                invalid.add(field);
                return null;
            }
        }

        private static Integer number(String text) {
            return Integer.valueOf(text);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }

        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getEntityType() {
            return entityType;
        }

        public void setEntityType(String entityType) {
            this.entityType = entityType;
        }

        public String getEntityId() {
            return entityId;
        }

        public void setEntityId(String entityId) {
            this.entityId = entityId;
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
    }
}
