package cm.resultinstitute.platform.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail, newest first, each filter served by an index of {@code activity_logs}. */
@Service
public class ActivityTrail {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ActivityTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Page<ActivityView> list(ActivityFilter filter, Pageable page) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        condition(conditions, params, "a.user_id = :userId", "userId", filter.userId());
        condition(conditions, params, "a.action = :action", "action", filter.action());
        condition(conditions, params, "a.entity_type = :entityType", "entityType", filter.entityType());
        condition(conditions, params, "a.entity_id = :entityId", "entityId", filter.entityId());
        condition(
                conditions,
                params,
                "a.created_at >= :from",
                "from",
                filter.from() == null ? null : java.sql.Timestamp.from(filter.from()));
        condition(
                conditions,
                params,
                "a.created_at < :to",
                "to",
                filter.to() == null ? null : java.sql.Timestamp.from(filter.to()));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        boolean oldestFirst = page.getSort().stream().anyMatch(order -> order.isAscending());
        String direction = oldestFirst ? "ASC" : "DESC";
        List<ActivityView> content = jdbc.sql("""
                        SELECT a.id, a.user_id, u.first_name || ' ' || u.last_name AS user_name, a.action, a.entity_type,
                               a.entity_id, a.description, a.metadata::text AS metadata, host(a.ip_address) AS ip_address,
                               a.user_agent, a.created_at
                        FROM activity_logs a LEFT JOIN users u ON u.id = a.user_id"""
                        + where + " ORDER BY a.created_at " + direction + ", a.id " + direction
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(this::view)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM activity_logs a" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageImpl<>(content, page, total);
    }

    private static void condition(
            List<String> conditions, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(sql);
            params.put(name, value);
        }
    }

    private ActivityView view(ResultSet rs, int row) throws SQLException {
        String metadata = rs.getString("metadata");
        return new ActivityView(
                rs.getInt("id"),
                (Integer) rs.getObject("user_id"),
                rs.getString("user_name"),
                rs.getString("action"),
                rs.getString("entity_type"),
                (Integer) rs.getObject("entity_id"),
                rs.getString("description"),
                metadata == null ? null : json.readValue(metadata, JSON_OBJECT),
                rs.getString("ip_address"),
                rs.getString("user_agent"),
                rs.getTimestamp("created_at").toInstant());
    }
}
