package cm.resultinstitute.platform.shared.text;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which language a text's own columns are written in, in a table of {@code (key PRIMARY KEY, original)} beside the
 * text's ({@code training_languages}, {@code blog_post_languages}): English when it has no row.
 */
public final class OriginalLanguages {

    private final JdbcClient jdbc;
    private final String table;
    private final String key;

    public OriginalLanguages(JdbcClient jdbc, String table, String key) {
        this.jdbc = jdbc;
        this.table = table;
        this.key = key;
    }

    public Language of(int id) {
        return jdbc.sql("SELECT original FROM " + table + " WHERE " + key + " = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(Language::stored)
                .orElse(Language.EN);
    }

    public void set(int id, Language original) {
        jdbc.sql("INSERT INTO " + table + " (" + key + ", original) VALUES (:id, :original)" + " ON CONFLICT (" + key
                        + ") DO UPDATE SET original = excluded.original")
                .param("id", id)
                .param("original", original.code())
                .update();
    }
}
