package cm.resultinstitute.platform.shared.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that exist only in tests, to provoke every kind of error the translator must answer. */
@RestController
@RequestMapping("/api/v1/test-probe")
class ProbeController {

    record Item(String title, int rank) {}

    record Person(
            @NotBlank String name,
            @Email @NotBlank String email,
            @Min(0) @Max(100) Integer progress) {}

    private static final List<Item> ITEMS = List.of(new Item("beta", 2), new Item("alpha", 1), new Item("gamma", 3));

    private final JdbcClient jdbc;

    ProbeController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    Person create(@Valid @RequestBody Person person) {
        return person;
    }

    @GetMapping("/numbers/{number}")
    int number(@PathVariable int number, @RequestParam int factor) {
        return number * factor;
    }

    @GetMapping("/items")
    PageResponse<Item> items(
            @SortableBy(
                            value = {"title", "rank"},
                            defaultSort = "rank,asc")
                    PageQuery query) {
        Comparator<Item> order = Comparator.comparing(Item::rank);
        Sort.Order first =
                query.sort().iterator().hasNext() ? query.sort().iterator().next() : null;
        if (first != null && first.getProperty().equals("title")) {
            order = Comparator.comparing(Item::title);
        }
        if (first != null && first.isDescending()) {
            order = order.reversed();
        }
        List<Item> sorted = ITEMS.stream().sorted(order).toList();
        int from = Math.min(query.page() * query.size(), sorted.size());
        int to = Math.min(from + query.size(), sorted.size());
        return PageResponse.of(new PageImpl<>(sorted.subList(from, to), query.pageable(), sorted.size()));
    }

    @PostMapping("/duplicate-user")
    void duplicateUser(@RequestParam String email) {
        for (int i = 0; i < 2; i++) {
            jdbc.sql(
                            "INSERT INTO users (email, password_hash, first_name, last_name, role) VALUES (?, 'x', 'A', 'B', 'participant')")
                    .param(email)
                    .update();
        }
    }

    @PostMapping("/orphan-session")
    void orphanSession() {
        jdbc.sql("INSERT INTO sessions (training_id, title, session_date) VALUES (-1, 'Orphan', now())")
                .update();
    }

    @GetMapping("/conflict")
    void conflict() {
        throw new ConflictException("training-full", "problem.detail.409");
    }

    @GetMapping("/outage")
    void outage() {
        throw new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
                new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006")));
    }

    @GetMapping("/failure")
    void failure() {
        throw new IllegalStateException("SELECT password_hash FROM users WHERE secret = 42");
    }
}
