package cm.resultinstitute.platform.activity;

import cm.resultinstitute.platform.shared.persistence.SqlWhere;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
        SqlWhere where = new SqlWhere()
                .andIfPresent(filter.userId(), "a.user_id = :userId", "userId")
                .andIfPresent(filter.action(), "a.action = :action", "action")
                .andIfPresent(filter.entityType(), "a.entity_type = :entityType", "entityType")
                .andIfPresent(filter.entityId(), "a.entity_id = :entityId", "entityId")
                .andIfPresent(filter.from(), "a.created_at >= :from", "from", Timestamp::from)
                .andIfPresent(filter.to(), "a.created_at < :to", "to", Timestamp::from);
        boolean oldestFirst = page.getSort().stream().anyMatch(order -> order.isAscending());
        String direction = oldestFirst ? "ASC" : "DESC";
        List<ActivityView> content = jdbc.sql("""
                        SELECT a.id, a.user_id, u.first_name || ' ' || u.last_name AS user_name, a.action, a.entity_type,
                               a.entity_id, a.description, a.metadata::text AS metadata, host(a.ip_address) AS ip_address,
                               a.user_agent, a.created_at
                        FROM activity_logs a LEFT JOIN users u ON u.id = a.user_id"""
                        + where.clause() + " ORDER BY a.created_at " + direction + ", a.id " + direction
                        + " LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(this::view)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM activity_logs a" + where.clause())
                .params(where.params())
                .query(Long.class)
                .single();
        return new PageImpl<>(content, page, total);
    }

    /**
     * The actions the trail holds, in code order. A skip scan of the action index: one probe per distinct action, so
     * that the filter's choices cost the same with a thousand lines or ten million.
     */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("""
                        WITH RECURSIVE actions(action) AS (
                            (SELECT action FROM activity_logs ORDER BY action LIMIT 1)
                            UNION ALL
                            SELECT (SELECT a.action FROM activity_logs a WHERE a.action > actions.action
                                    ORDER BY a.action LIMIT 1)
                            FROM actions WHERE actions.action IS NOT NULL)
                        SELECT action FROM actions WHERE action IS NOT NULL""").query(String.class).list();
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
