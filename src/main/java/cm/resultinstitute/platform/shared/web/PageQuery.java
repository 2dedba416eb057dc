package cm.resultinstitute.platform.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code page}, {@code size} and {@code sort} of a list request, held to API.md's rules: page at least 0, size
 * from 1 to 100, and only the sort fields the endpoint allows. Anything else is a 400 that names the parameter.
 */
public record PageQuery(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public Pageable pageable() {
        return PageRequest.of(page, size, sort);
    }

    /** Reads the raw parameters; {@code null} ones take their defaults. */
    public static PageQuery parse(String page, String size, String[] sort, SortableBy sortable) {
        List<FieldProblem> errors = new ArrayList<>();
        int pageNumber = parseInt(page, 0, "page", errors);
        int pageSize = parseInt(size, DEFAULT_SIZE, "size", errors);
        if (pageNumber < 0) {
            errors.add(new FieldProblem("page", "{problem.field.page}"));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            errors.add(new FieldProblem("size", "{problem.field.size}"));
        }
        Sort order = parseSort(sort, sortable, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors, "problem.validation.detail");
        }
        return new PageQuery(pageNumber, pageSize, order);
    }

    private static int parseInt(String value, int fallback, String field, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldProblem(field, "{problem.field.invalidValue}"));
            return fallback;
        }
    }

    private static Sort parseSort(String[] sort, SortableBy sortable, List<FieldProblem> errors) {
        List<String> allowed = sortable == null ? List.of() : Arrays.asList(sortable.value());
        String[] requested = sort == null || sort.length == 0
                ? (sortable == null || sortable.defaultSort().isEmpty()
                        ? new String[0]
                        : new String[] {sortable.defaultSort()})
                : sort;
        List<Sort.Order> orders = new ArrayList<>();
        for (int i = 0; i < requested.length; i++) {
            String[] parts = requested[i].split(",");
            if (parts.length == 0) { // "sort=," or "sort=,,"
                errors.add(new FieldProblem("sort", "{problem.field.sort}"));
                continue;
            }
            String property = parts[0].trim();
            // "sort=title,asc" arrives as one value; "sort=title&sort=asc" as two.
            String direction = parts.length > 1 ? parts[1].trim() : null;
            if (direction == null && i + 1 < requested.length && isDirection(requested[i + 1])) {
                direction = requested[++i].trim();
            }
            if (!allowed.contains(property) || parts.length > 2 || (direction != null && !isDirection(direction))) {
                errors.add(new FieldProblem("sort", "{problem.field.sort}"));
                continue;
            }
            orders.add(
                    direction != null && direction.equalsIgnoreCase("desc")
                            ? Sort.Order.desc(property)
                            : Sort.Order.asc(property));
        }
        return Sort.by(orders);
    }

    private static boolean isDirection(String value) {
        String direction = value.trim().toLowerCase(Locale.ROOT);
        return direction.equals("asc") || direction.equals("desc");
    }
}
