package cm.resultinstitute.platform.database.web;

import cm.resultinstitute.platform.shared.web.ApiPaths;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The schema document's table-size maintenance query, for admins: what each table takes, largest first. */
@RestController
@Tag(name = "Operations")
class DatabaseController {

    /** The document's query, with names quoted safely and the platform's own schema rather than always "public". */
    private static final String TABLE_SIZES = """
            SELECT schemaname, tablename,
                   pg_size_pretty(pg_total_relation_size(format('%I.%I', schemaname, tablename))) AS size,
                   pg_total_relation_size(format('%I.%I', schemaname, tablename)) AS bytes
            FROM pg_tables
            WHERE schemaname = current_schema()
            ORDER BY bytes DESC, tablename""";

    private final JdbcClient jdbc;

    DatabaseController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping(ApiPaths.V1 + "/admin/database")
    @PreAuthorize("hasRole('ADMIN')")
    List<TableSize> tableSizes() {
        return jdbc.sql(TABLE_SIZES)
                .query((row, number) -> new TableSize(
                        row.getString("schemaname"),
                        row.getString("tablename"),
                        row.getString("size"),
                        row.getLong("bytes")))
                .list();
    }
}
