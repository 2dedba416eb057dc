package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.shared.web.FieldProblem;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.users.Caller;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of categories trainings and posts are filed under, with a name in each language ({@code categories}). The
 * category columns keep storing the value, so a value never changes once listed; admins add, rename and remove
 * categories, the last only while nothing is filed under it.
 */
@Service
public class Categories {

    static final int MAX_LENGTH = 100;

    private final JdbcClient jdbc;
    private final ActivityRecorder activity;

    Categories(JdbcClient jdbc, ActivityRecorder activity) {
        this.jdbc = jdbc;
        this.activity = activity;
    }

    /** Every category, named in the reader's language and ordered by that name. One statement. */
    public List<CategoryView> list(Language reader) {
        return jdbc.sql("SELECT value, name_en, name_fr FROM categories ORDER BY "
                        + (reader == Language.FR ? "name_fr" : "name_en"))
                .query((rs, row) -> new CategoryView(
                        rs.getString("value"),
                        rs.getString("name_en"),
                        rs.getString("name_fr"),
                        rs.getString(reader == Language.FR ? "name_fr" : "name_en")))
                .list();
    }

    @Transactional
    public CategoryView add(String value, String nameEn, String nameFr, Caller caller) {
        requireAdmin(caller);
        String stored = required(value, "value");
        int added = jdbc.sql("""
                        INSERT INTO categories (value, name_en, name_fr) VALUES (:value, :en, :fr)
                        ON CONFLICT DO NOTHING""")
                .param("value", stored)
                .param("en", required(nameEn, "nameEn"))
                .param("fr", required(nameFr, "nameFr"))
                .update();
        if (added == 0) {
            throw new ConflictException(
                    "duplicate", List.of(new FieldProblem("value", "{problem.field.conflict}")), "category.taken");
        }
        activity.record(ActivityEntry.of("category_created", "category", null, "Added the category " + stored)
                .with("value", stored));
        return find(stored);
    }

    /** Renames a category in either language; its value stays, as trainings and posts store it. */
    @Transactional
    public CategoryView rename(String value, String nameEn, String nameFr, Caller caller) {
        requireAdmin(caller);
        CategoryView current = find(value);
        Changes changed = new Changes();
        String en = changed.note(
                "nameEn", current.nameEn(), nameEn == null ? current.nameEn() : required(nameEn, "nameEn"));
        String fr = changed.note(
                "nameFr", current.nameFr(), nameFr == null ? current.nameFr() : required(nameFr, "nameFr"));
        jdbc.sql("UPDATE categories SET name_en = :en, name_fr = :fr WHERE value = :value")
                .param("en", en)
                .param("fr", fr)
                .param("value", current.value())
                .update();
        if (!changed.isEmpty()) {
            activity.record(
                    ActivityEntry.of("category_updated", "category", null, "Renamed the category " + current.value())
                            .withChanges(changed));
        }
        return find(current.value());
    }

    /** Removes a category nothing is filed under; one in use is 409, so that no training loses its name. */
    @Transactional
    public void remove(String value, Caller caller) {
        requireAdmin(caller);
        CategoryView current = find(value);
        long used =
                jdbc.sql("""
                        SELECT (SELECT count(*) FROM trainings WHERE lower(category) = lower(:value))
                             + (SELECT count(*) FROM blog_posts WHERE lower(category) = lower(:value))""").param("value", current.value()).query(Long.class).single();
        if (used > 0) {
            throw new ConflictException("category-in-use", "category.inUse", used);
        }
        jdbc.sql("DELETE FROM categories WHERE value = :value")
                .param("value", current.value())
                .update();
        activity.record(
                ActivityEntry.of("category_deleted", "category", null, "Removed the category " + current.value())
                        .with("value", current.value()));
    }

    private CategoryView find(String value) {
        return jdbc.sql("SELECT value, name_en, name_fr FROM categories WHERE lower(value) = lower(:value)")
                .param("value", value == null ? "" : value.trim())
                .query((rs, row) -> new CategoryView(
                        rs.getString("value"),
                        rs.getString("name_en"),
                        rs.getString("name_fr"),
                        rs.getString("name_en")))
                .optional()
                .orElseThrow(() -> new NotFoundException("category.notFound"));
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.field(field, "{validation.notBlank}");
        }
        if (text.trim().length() > MAX_LENGTH) {
            throw InvalidRequestException.field(field, "{validation.tooLong}");
        }
        return text.trim();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "category.adminsOnly");
        }
    }
}
