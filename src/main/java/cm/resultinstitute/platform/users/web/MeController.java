package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserAccounts;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserView;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account. */
@RestController
@RequestMapping(ApiPaths.V1 + "/me")
@Tag(name = "Own account")
class MeController {

    private final UserAccounts accounts;
    private final UserDirectory directory;

    MeController(UserAccounts accounts, UserDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping
    UserView me(Caller caller) {
        return directory.view(caller.id());
    }

    @PatchMapping
    UserView update(Caller caller, @Valid @RequestBody ProfileRequest request) {
        return accounts.updateProfile(caller.id(), request.changes());
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(Caller caller, @Valid @RequestBody PasswordChangeRequest request) {
        accounts.changePassword(caller.id(), request.currentPassword(), request.newPassword());
    }
}
