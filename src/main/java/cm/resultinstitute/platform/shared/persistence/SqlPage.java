package cm.resultinstitute.platform.shared.persistence;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code ORDER BY ... LIMIT ... OFFSET ...} of a page for hand-written SQL, from sort fields already checked
 * against the endpoint's list ({@code SortableBy}) and mapped to columns here, never copied from the request.
 */
public final class SqlPage {

    private SqlPage() {}

    /** @param columns API field name to SQL expression; @param tiebreaker a unique column that makes the order total */
    public static String clause(Pageable page, Map<String, String> columns, String tiebreaker) {
        return orderBy(page, columns, tiebreaker) + limit(page);
    }

    /** The {@code ORDER BY} alone, for a query that pages an inner query and must keep its order. */
    public static String orderBy(Pageable page, Map<String, String> columns, String tiebreaker) {
        String order = page.getSort().stream()
                .map(sort -> column(columns, sort) + (sort.isDescending() ? " DESC" : " ASC") + " NULLS LAST")
                .collect(Collectors.joining(", "));
        order = order.isEmpty() ? tiebreaker : order + ", " + tiebreaker;
        return " ORDER BY " + order;
    }

    public static String limit(Pageable page) {
        return " LIMIT " + page.getPageSize() + " OFFSET " + page.getOffset();
    }

    private static String column(Map<String, String> columns, Sort.Order sort) {
        String column = columns.get(sort.getProperty());
        if (column == null) {
            throw new IllegalArgumentException("No column for sort field " + sort.getProperty());
        }
        return column;
    }
}
