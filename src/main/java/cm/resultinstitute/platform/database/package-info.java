/**
 * Where the data lives: the embedded PostgreSQL when no server is configured, or the server named by
 * {@code DATABASE_URL}; the connection pool; the demo data of a new installation; the table sizes admins read. Exposes
 * nothing: other modules only see a {@code DataSource}.
 */
@ApplicationModule(displayName = "Database")
package cm.resultinstitute.platform.database;

import org.springframework.modulith.ApplicationModule;
