package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserAccounts;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserView;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": the profile and the password of the signed-in user. */
@Controller
class ProfilePages {

    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final PageProblems problems;

    ProfilePages(UserAccounts accounts, UserDirectory directory, PageProblems problems) {
        this.accounts = accounts;
        this.directory = directory;
        this.problems = problems;
    }

    @GetMapping("/account")
    String account(Caller caller, Model model) {
        UserView user = directory.view(caller.id());
        model.addAttribute("user", user);
        // The page says where the address stands and offers a new link itself: no banner on top.
        model.addAttribute("verificationOffered", !user.emailVerified());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProfileForm.of(user));
        }
        return "account/profile";
    }

    @PostMapping("/account/profile")
    String saveProfile(
            Caller caller,
            @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            UserView user = directory.view(caller.id());
            model.addAttribute("user", user);
            model.addAttribute("verificationOffered", !user.emailVerified());
            return "account/profile";
        }
        UserView saved = accounts.updateProfile(caller.id(), form.changes());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account?lang=" + saved.language();
    }

    @PostMapping("/account/password")
    String changePassword(
            Caller caller,
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            accounts.changePassword(caller.id(), currentPassword, newPassword);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/account";
        } catch (ProblemException problem) {
            model.addAttribute("passwordError", problems.firstMessage(problem, locale));
            return account(caller, model);
        }
    }
}
