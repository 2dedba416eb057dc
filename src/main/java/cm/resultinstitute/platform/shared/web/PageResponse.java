package cm.resultinstitute.platform.shared.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * The envelope of every list of the API:
 * {@code {"content": [...], "page": {"size": 20, "number": 0, "totalElements": 135, "totalPages": 7}}}.
 */
public record PageResponse<T>(List<T> content, PageMetadata page) {

    /** Where this page lies in the whole list. */
    public record PageMetadata(int size, int number, long totalElements, int totalPages) {}

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(
                page.getContent(),
                new PageMetadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()));
    }

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return of(page.map(mapper::apply));
    }
}
