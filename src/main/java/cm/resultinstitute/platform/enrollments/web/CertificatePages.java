package cm.resultinstitute.platform.enrollments.web;

import cm.resultinstitute.platform.enrollments.Certificates;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Anyone checks a certificate: by its QR code's link, or by typing the code printed on it. */
@Controller
class CertificatePages {

    /** Longer than any code the platform makes; longer input is not looked up at all. */
    static final int MAX_CODE = 64;

    private final Certificates certificates;

    CertificatePages(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates")
    String form(@RequestParam(required = false) String code) {
        if (code == null || code.isBlank()) {
            return "certificates/verify";
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/certificates/{code}")
                        .buildAndExpand(code.trim())
                        .encode()
                        .toUriString();
    }

    @GetMapping("/certificates/{code}")
    String show(@PathVariable String code, Model model, HttpServletResponse response) {
        model.addAttribute("code", code);
        if (code.length() <= MAX_CODE) {
            try {
                model.addAttribute("certificate", certificates.verify(code));
                return "certificates/show";
            } catch (NotFoundException unknown) {
                // shown below as "no certificate has this code"
            }
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "certificates/show";
    }
}
