package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserAccounts;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserFilter;
import cm.resultinstitute.platform.users.UserStatus;
import cm.resultinstitute.platform.users.UserView;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, managed by admins; trainers may look people up, and see only who they are. */
@RestController
@RequestMapping(ApiPaths.V1 + "/users")
@Tag(name = "Users")
class UsersController {

    /** What a trainer may sort people by: the fields of the summary they see. */
    private static final Set<String> SUMMARY_SORTS = Set.of("id", "email", "firstName", "lastName", "role");

    private final UserAccounts accounts;
    private final UserDirectory directory;

    UsersController(UserAccounts accounts, UserDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER')")
    PageResponse<?> list(
            Caller caller,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) UserStatus status,
            @RequestParam(required = false) @Size(max = 100) String q,
            @SortableBy(
                            value = {
                                "id",
                                "email",
                                "firstName",
                                "lastName",
                                "role",
                                "status",
                                "createdAt",
                                "lastLoginAt",
                                "updatedAt"
                            },
                            defaultSort = "lastName,asc")
                    PageQuery page) {
        if (caller.isAdmin()) {
            return PageResponse.of(directory.search(new UserFilter(role, status, q), page.pageable()));
        }
        // Trainers look people up to enrol or assign them, which only active accounts can be: they see those, and
        // nothing of an account beyond its summary, neither its status nor an order that would give it away.
        if (status != null && status != UserStatus.ACTIVE) {
            return PageResponse.of(Page.empty(page.pageable()));
        }
        if (page.pageable().getSort().stream().anyMatch(order -> !SUMMARY_SORTS.contains(order.getProperty()))) {
            throw InvalidRequestException.field("sort", "{problem.field.sort}");
        }
        return PageResponse.of(directory.searchSummaries(new UserFilter(role, UserStatus.ACTIVE, q), page.pageable()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest request) {
        UserView created = accounts.create(request.account(), request.vouchedFor());
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/users/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserView get(@PathVariable int id) {
        return directory.view(id);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserView update(Caller caller, @PathVariable int id, @Valid @RequestBody UpdateUserRequest request) {
        return accounts.update(id, request.changes(), caller);
    }

    /** Mails the account a new invitation to choose its password (valid 7 days); older ones stop working. */
    @PostMapping("/{id}/invitation")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void invite(@PathVariable int id) {
        accounts.invite(id);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable int id) {
        accounts.delete(id, caller);
    }
}
