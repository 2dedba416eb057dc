package cm.resultinstitute.platform.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every field of a request body in {@code /v3/api-docs} shows an example, from the demo institute: what a client can
 * send as it is. A field with allowed values shows the first of them.
 */
@Component
class BodyExamples implements GlobalOpenApiCustomizer {

    private static final Map<String, Object> BY_NAME = Map.ofEntries(
            Map.entry("title", "Leading Teams with Purpose"),
            Map.entry("description", "Give a team a clear direction, run meetings that decide, and grow its people."),
            Map.entry("location", "Douala, Bonapriso"),
            Map.entry("translations", Map.of("fr", Map.of("title", "Diriger une équipe avec un cap"))),
            Map.entry("email", "awa.nkemelu@example.cm"),
            Map.entry("notes", "Arrived with the second group."),
            Map.entry("slug", "leading-teams-with-purpose"),
            Map.entry("category", "Leadership Training"),
            Map.entry("startDate", "2026-03-02"),
            Map.entry("endDate", "2026-03-27"),
            Map.entry("firstName", "Awa"),
            Map.entry("lastName", "Nkemelu"),
            Map.entry("phone", "+237 6 99 12 34 56"),
            Map.entry("language", "fr"),
            Map.entry("durationMinutes", 180),
            Map.entry("password", "Correct-Horse-Battery-9"),
            Map.entry("newPassword", "Another-Long-Passphrase-4"),
            Map.entry("currentPassword", "Correct-Horse-Battery-9"),
            Map.entry("token", "q3Vb9xT2mL0cK7sP4wR8yN1dF6hJ5gA2"),
            Map.entry("refreshToken", "b1d6e2c4-5f7a-4c3e-9d8b-0a1f2e3d4c5b"),
            Map.entry("nameEn", "Digital Skills"),
            Map.entry("nameFr", "Compétences numériques"),
            Map.entry("value", "Digital Skills"),
            Map.entry("content", "Great leaders start with **why**."),
            Map.entry("excerpt", "Great leaders start with why."),
            Map.entry("tags", List.of("leadership", "teams")),
            Map.entry("youtubeVideoUrl", "https://www.youtube.com/watch?v=qp0HIF3SfI4"),
            Map.entry("featuredImageUrl", "https://images.example.cm/leadership.jpg"),
            Map.entry("imageUrl", "https://images.example.cm/leadership.jpg"),
            Map.entry("avatarUrl", "https://images.example.cm/awa.jpg"),
            Map.entry("bio", "Youth mentor in Buea."),
            Map.entry("budget", 2500000),
            Map.entry("sessionDate", "2026-03-03T08:00:00Z"),
            Map.entry("maxAttendees", 25),
            Map.entry("maxParticipants", 25),
            Map.entry("durationHours", 20),
            Map.entry("assignedTo", 7),
            Map.entry("userId", 7),
            Map.entry("dueDate", "2026-04-15"),
            Map.entry("emailVerified", true),
            Map.entry("override", false),
            Map.entry("progress", 60),
            Map.entry("code", "482913"),
            Map.entry("firstDate", "2026-03-03"),
            Map.entry("until", "2026-03-26"),
            Map.entry("daysOfWeek", List.of("TUESDAY", "THURSDAY")),
            Map.entry("time", "09:00"),
            Map.entry("timeZone", "Africa/Douala"),
            Map.entry("position", 0));

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : api.getComponents().getSchemas().values()) {
            @SuppressWarnings("rawtypes")
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                properties.forEach(BodyExamples::example);
            }
        }
    }

    private static void example(String name, Schema<?> property) {
        if (property.getExample() != null || property.get$ref() != null) {
            return;
        }
        if (property.getEnum() != null && !property.getEnum().isEmpty()) {
            property.setExample(property.getEnum().get(0));
        } else if (BY_NAME.containsKey(name)) {
            property.setExample(BY_NAME.get(name));
        }
    }
}
