package cm.resultinstitute.platform.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SqlWhereTest {

    @Test
    void nothingFiltersWithoutConditions() {
        SqlWhere where = new SqlWhere()
                .andIfPresent(null, "t.status = :status", "status")
                .andIfPresent("  ", "t.category = :category", "category");

        assertThat(where.clause()).isEmpty();
        assertThat(where.params()).isEmpty();
    }

    @Test
    void conditionsAreJoinedAndTheirValuesBound() {
        SqlWhere where = new SqlWhere()
                .and("t.project_id = :project", "project", 7)
                .andIfPresent(" Leadership ", "lower(t.category) = :category", "category", text -> text.trim()
                        .toLowerCase(Locale.ROOT))
                .andIfPresent(3, "t.created_by = :createdBy", "createdBy");

        assertThat(where.clause())
                .isEqualTo(
                        " WHERE t.project_id = :project AND lower(t.category) = :category AND t.created_by = :createdBy");
        assertThat(where.params())
                .containsEntry("project", 7)
                .containsEntry("category", "leadership")
                .containsEntry("createdBy", 3);
    }

    @Test
    void likePatternsTakeWildcardsLiterally() {
        assertThat(SqlWhere.containing("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
    }
}
