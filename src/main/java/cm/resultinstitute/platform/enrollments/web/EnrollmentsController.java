package cm.resultinstitute.platform.enrollments.web;

import cm.resultinstitute.platform.enrollments.CertificateCheck;
import cm.resultinstitute.platform.enrollments.CertificateDocument;
import cm.resultinstitute.platform.enrollments.CertificatePdf;
import cm.resultinstitute.platform.enrollments.CertificateView;
import cm.resultinstitute.platform.enrollments.Certificates;
import cm.resultinstitute.platform.enrollments.EnrollmentChanges;
import cm.resultinstitute.platform.enrollments.EnrollmentStatus;
import cm.resultinstitute.platform.enrollments.EnrollmentView;
import cm.resultinstitute.platform.enrollments.Enrolments;
import cm.resultinstitute.platform.enrollments.ParticipantEnrollment;
import cm.resultinstitute.platform.enrollments.WaitingList;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.NotNullWhenSent;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.shared.web.PatchField;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Enrolments, waiting lists and certificates. */
@RestController
@Tag(name = "Enrolment, waiting list, certificates")
class EnrollmentsController {

    /** {@code POST /trainings/{id}/enrollments}: empty for oneself, {@code userId} for a trainer or an admin. */
    record EnrolRequest(Integer userId) {}

    /** {@code PATCH /enrollments/{id}}. */
    record ChangeRequest(
            @NotNullWhenSent EnrollmentStatus status,
            @Min(0) @Max(100) @NotNullWhenSent Integer progress,
            // Sent as null or empty, the notes are cleared; left out, they stay.
            @Schema(maxLength = 5000) Optional<@Size(max = 5000) String> notes) {}

    /** {@code POST /enrollments/{id}/certificate}. */
    record CertificateRequest(Boolean override) {}

    private final Enrolments enrolments;
    private final WaitingList waitingList;
    private final Certificates certificates;
    private final CertificatePdf pdf;

    EnrollmentsController(
            Enrolments enrolments, WaitingList waitingList, Certificates certificates, CertificatePdf pdf) {
        this.enrolments = enrolments;
        this.waitingList = waitingList;
        this.certificates = certificates;
        this.pdf = pdf;
    }

    @PostMapping(ApiPaths.V1 + "/trainings/{id}/enrollments")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EnrollmentView> enrol(
            Caller caller, @PathVariable int id, @Valid @RequestBody(required = false) EnrolRequest request) {
        EnrollmentView enrolled = enrolments.enrol(id, request == null ? null : request.userId(), caller);
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/enrollments/" + enrolled.id()))
                .body(enrolled);
    }

    @GetMapping(ApiPaths.V1 + "/trainings/{id}/enrollments")
    PageResponse<ParticipantEnrollment> list(
            Caller caller,
            @PathVariable int id,
            @RequestParam(required = false) EnrollmentStatus status,
            @SortableBy(
                            value = {"enrollmentDate", "status", "progress", "lastName", "email", "id"},
                            defaultSort = "lastName,asc")
                    PageQuery page) {
        return PageResponse.of(enrolments.forTraining(id, status, page.pageable(), caller));
    }

    @PostMapping(ApiPaths.V1 + "/trainings/{id}/waitlist")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Map<String, Integer>> joinWaitingList(Caller caller, @PathVariable int id) {
        int position = waitingList.join(id, caller);
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/trainings/" + id + "/waitlist"))
                .body(Map.of("position", position));
    }

    @DeleteMapping(ApiPaths.V1 + "/trainings/{id}/waitlist")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void leaveWaitingList(Caller caller, @PathVariable int id) {
        waitingList.leave(id, caller);
    }

    @GetMapping(ApiPaths.V1 + "/enrollments/{id}")
    EnrollmentView get(Caller caller, @PathVariable int id) {
        return enrolments.get(id, caller);
    }

    @PatchMapping(ApiPaths.V1 + "/enrollments/{id}")
    EnrollmentView update(Caller caller, @PathVariable int id, @Valid @RequestBody ChangeRequest request) {
        return enrolments.update(
                id,
                new EnrollmentChanges(request.status(), request.progress(), PatchField.text(request.notes())),
                caller);
    }

    @PostMapping(ApiPaths.V1 + "/enrollments/{id}/certificate")
    CertificateView issueCertificate(
            Caller caller, @PathVariable int id, @Valid @RequestBody(required = false) CertificateRequest request) {
        boolean override = request != null && Boolean.TRUE.equals(request.override());
        return certificates.issue(id, override, caller);
    }

    @GetMapping(value = ApiPaths.V1 + "/enrollments/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> certificatePdf(Caller caller, @PathVariable int id) {
        CertificateDocument certificate = certificates.document(id, caller);
        byte[] document = pdf.render(certificate, certificate.locale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificate-" + id + ".pdf\"")
                .body(document);
    }

    @GetMapping(ApiPaths.V1 + "/certificates/{code}")
    CertificateCheck verify(@PathVariable @Size(max = 64) String code) {
        return certificates.verify(code);
    }
}
