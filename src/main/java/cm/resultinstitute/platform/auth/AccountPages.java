package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.web.ClientAddress;
import cm.resultinstitute.platform.shared.web.PageProblems;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Languages;
import cm.resultinstitute.platform.users.NewAccount;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of signing in and of one's credentials: sign in, register, verify the email (and ask for a new link),
 * forgotten password, accept an invitation.
 */
@Controller
class AccountPages {

    static final String TYPED_EMAIL = "RI_LOGIN_EMAIL";

    private final AccountTokens accountTokens;
    private final Invitations invitations;
    private final UserDirectory directory;
    private final ClientAddress clientAddress;
    private final PageProblems problems;
    private final MessageSource messages;

    AccountPages(
            AccountTokens accountTokens,
            Invitations invitations,
            UserDirectory directory,
            ClientAddress clientAddress,
            PageProblems problems,
            MessageSource messages) {
        this.accountTokens = accountTokens;
        this.invitations = invitations;
        this.directory = directory;
        this.clientAddress = clientAddress;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(
            @CookieValue(name = TYPED_EMAIL, required = false) String typedEmail,
            HttpServletResponse response,
            Model model) {
        if (typedEmail != null) {
            try {
                model.addAttribute("email", URLDecoder.decode(typedEmail, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notOurs) {
                // a cookie this page did not write: the form starts empty
            }
            response.addHeader(HttpHeaders.SET_COOKIE, typedEmailCookie("", Duration.ZERO));
        }
        return "auth/login";
    }

    /**
     * After a refused sign-in the form comes back with the address typed (never the password): kept a minute in a
     * cookie of the login page, since an anonymous visitor has no session to keep it in.
     */
    static void rememberTypedEmail(HttpServletRequest request, HttpServletResponse response) {
        String email = request.getParameter("email");
        if (email != null && !email.isBlank() && email.length() <= 255) {
            response.addHeader(HttpHeaders.SET_COOKIE, typedEmailCookie(email.trim(), Duration.ofMinutes(1)));
        }
    }

    private static String typedEmailCookie(String email, Duration maxAge) {
        return ResponseCookie.from(TYPED_EMAIL, URLEncoder.encode(email, StandardCharsets.UTF_8))
                .path("/login")
                .httpOnly(true)
                .sameSite("Strict")
                .maxAge(maxAge)
                .build()
                .toString();
    }

    @GetMapping("/register")
    String registration(@ModelAttribute("form") RegistrationForm form) {
        return "auth/register";
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        if (!errors.hasErrors()) {
            try {
                accountTokens.register(
                        new NewAccount(
                                form.getEmail(),
                                form.getPassword(),
                                form.getFirstName(),
                                form.getLastName(),
                                form.getPhone(),
                                Role.PARTICIPANT,
                                UserStatus.ACTIVE,
                                Languages.of(locale)),
                        clientAddress.of(request));
                return "redirect:/login?registered";
            } catch (ProblemException problem) {
                problems.reject(problem, errors, locale).ifPresent(notice -> model.addAttribute("error", notice));
            }
        }
        return "auth/register";
    }

    @GetMapping("/verify-email")
    String verification(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        return "auth/verify-email";
    }

    @PostMapping("/verify-email")
    String verify(@RequestParam String token, Model model) {
        try {
            accountTokens.verifyEmail(token);
            model.addAttribute("verified", true);
        } catch (ProblemException problem) {
            model.addAttribute("invalid", true);
        }
        return "auth/verify-email";
    }

    /**
     * "Send the link again", from the banner, the account page or a training page: the visitor comes back to the page
     * they were on ({@code back}, a path of this site), which shows what happened.
     */
    @PostMapping("/account/email-verification")
    String resendVerification(
            Caller caller, @RequestParam(required = false) String back, Locale locale, RedirectAttributes redirect) {
        try {
            accountTokens.resendVerification(caller.id());
            String email = directory.view(caller.id()).email();
            redirect.addFlashAttribute(
                    "verificationNotice", messages.getMessage("verification.sent", new Object[] {email}, locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("verificationError", problems.detail(problem, locale));
        }
        return "redirect:" + (isLocalPath(back) ? back : "/account");
    }

    @GetMapping("/accept-invitation")
    String invitation(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", token != null && invitations.usable(token));
        return "auth/accept-invitation";
    }

    @PostMapping("/accept-invitation")
    String acceptInvitation(@RequestParam String token, @RequestParam String newPassword, Model model, Locale locale) {
        try {
            invitations.accept(token, newPassword);
            return "redirect:/login?invited";
        } catch (ProblemException problem) {
            model.addAttribute("token", token);
            model.addAttribute("usable", invitations.usable(token));
            model.addAttribute("error", problems.firstMessage(problem, locale));
            return "auth/accept-invitation";
        }
    }

    @GetMapping("/forgot-password")
    String forgottenPassword() {
        return "auth/forgot-password";
    }

    @PostMapping("/forgot-password")
    String requestReset(@RequestParam String email, HttpServletRequest request, Model model, Locale locale) {
        try {
            accountTokens.requestPasswordReset(email, clientAddress.of(request));
            model.addAttribute("sent", true);
        } catch (ProblemException problem) {
            model.addAttribute("error", problems.detail(problem, locale));
        }
        return "auth/forgot-password";
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", token != null && accountTokens.resetTokenUsable(token));
        return "auth/reset-password";
    }

    @PostMapping("/reset-password")
    String reset(@RequestParam String token, @RequestParam String newPassword, Model model, Locale locale) {
        try {
            accountTokens.resetPassword(token, newPassword);
            return "redirect:/login?reset";
        } catch (ProblemException problem) {
            model.addAttribute("token", token);
            model.addAttribute("usable", accountTokens.resetTokenUsable(token));
            model.addAttribute("error", problems.firstMessage(problem, locale));
            return "auth/reset-password";
        }
    }

    /** A path on this site, never an address elsewhere ({@code //evil.example}, {@code /\evil.example}). */
    static boolean isLocalPath(String path) {
        return path != null
                && path.startsWith("/")
                && !path.startsWith("//")
                && path.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c));
    }
}
