package cm.resultinstitute.platform.database;

import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One line per element of a database's public schema (column with type, nullability and default; constraint;
 * index definition; view column; trigger; extension), normalised so that two databases can be compared.
 */
final class SchemaShape {

    private static final String QUERY = """
            SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' ||
                   CASE WHEN c.data_type = 'ARRAY' THEN c.udt_name ELSE c.data_type END ||
                   COALESCE('(' || c.character_maximum_length || ')', '') ||
                   CASE WHEN c.data_type = 'numeric' THEN '(' || c.numeric_precision || ',' || c.numeric_scale || ')' ELSE '' END ||
                   ' null=' || c.is_nullable || ' default=' || COALESCE(regexp_replace(c.column_default, '::[a-z ]+', '', 'g'), '-')
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> 'flyway_schema_history'
            UNION ALL
            SELECT 'constraint ' || conrelid::regclass::text || ' ' || contype::text || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype IN ('c', 'u', 'f', 'p')
            UNION ALL
            SELECT 'index ' || tablename || ' ' || regexp_replace(indexdef, ' USING btree', '')
            FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'
            UNION ALL
            SELECT 'viewcolumn ' || c.table_name || '.' || c.column_name || ' ' || c.data_type
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND t.table_type = 'VIEW'
            UNION ALL
            SELECT 'trigger ' || event_object_table || ' ' || trigger_name || ' ' || action_timing || ' '
                   || event_manipulation || ' ' || action_statement
            FROM information_schema.triggers WHERE trigger_schema = 'public'
            UNION ALL
            SELECT 'extension ' || extname FROM pg_extension WHERE extname <> 'plpgsql'
            """;

    private SchemaShape() {}

    static Set<String> of(DataSource dataSource) {
        return new TreeSet<>(
                JdbcClient.create(dataSource).sql(QUERY).query(String.class).list());
    }
}
