package cm.resultinstitute.platform.users;

import cm.resultinstitute.platform.shared.persistence.SqlPage;
import cm.resultinstitute.platform.shared.persistence.SqlWhere;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads users for lists and screens: one query per page (plus its count), straight into the views. */
@Service
public class UserDirectory {

    private static final Map<String, String> COLUMNS = Map.of(
            "id", "u.id",
            "email", "u.email",
            "firstName", "u.first_name",
            "lastName", "u.last_name",
            "role", "u.role",
            "status", "u.status",
            "createdAt", "u.created_at",
            "lastLoginAt", "u.last_login_at",
            "updatedAt", "u.updated_at");

    private static final String SELECT = """
            SELECT u.id, u.email, u.first_name, u.last_name, u.role, u.phone, u.avatar_url, u.bio, u.status,
                   u.email_verified, u.last_login_at, u.created_at, u.updated_at, COALESCE(p.language, 'en') AS language
            FROM users u LEFT JOIN user_preferences p ON p.user_id = u.id
            """;

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement: no transaction of its own. */
    public UserView view(int id) {
        return find(id).orElseThrow(() -> new NotFoundException("user.notFound"));
    }

    public Optional<UserView> find(int id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id")
                .param("id", id)
                .query(UserDirectory::view)
                .optional();
    }

    @Transactional(readOnly = true)
    public Page<UserView> search(UserFilter filter, Pageable page) {
        SqlWhere where = where(filter);
        List<UserView> content = jdbc.sql(SELECT + where.clause() + SqlPage.clause(page, COLUMNS, "u.id"))
                .params(where.params())
                .query(UserDirectory::view)
                .list();
        return new PageImpl<>(content, page, count(where));
    }

    @Transactional(readOnly = true)
    public Page<UserSummary> searchSummaries(UserFilter filter, Pageable page) {
        SqlWhere where = where(filter);
        List<UserSummary> content = jdbc.sql("SELECT u.id, u.first_name, u.last_name, u.email, u.role FROM users u"
                        + where.clause() + SqlPage.clause(page, COLUMNS, "u.id"))
                .params(where.params())
                .query((rs, row) -> new UserSummary(
                        rs.getInt("id"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("email"),
                        Role.of(rs.getString("role")).orElseThrow()))
                .list();
        return new PageImpl<>(content, page, count(where));
    }

    private long count(SqlWhere where) {
        return jdbc.sql("SELECT count(*) FROM users u" + where.clause())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private static SqlWhere where(UserFilter filter) {
        return new SqlWhere()
                .andIfPresent(filter.role(), "u.role = :role", "role", Role::value)
                .andIfPresent(filter.status(), "u.status = :status", "status", UserStatus::value)
                // The same expression as idx_users_search_folded, so that the trigram index serves it; case and
                // accents folded on both sides (V20).
                .andIfPresent(
                        filter.q(),
                        "fold_text(u.first_name || ' ' || u.last_name || ' ' || u.email) LIKE fold_text(:q)",
                        "q",
                        q -> SqlWhere.containing(q.trim()));
    }

    private static UserView view(ResultSet rs, int row) throws SQLException {
        return new UserView(
                rs.getInt("id"),
                rs.getString("email"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                Role.of(rs.getString("role")).orElseThrow(),
                rs.getString("phone"),
                rs.getString("avatar_url"),
                rs.getString("bio"),
                UserStatus.of(rs.getString("status")).orElse(UserStatus.ACTIVE),
                rs.getBoolean("email_verified"),
                instant(rs.getTimestamp("last_login_at")),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                rs.getString("language"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
