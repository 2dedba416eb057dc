package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.enrollments.domain.Certificate;
import cm.resultinstitute.platform.enrollments.domain.CertificateRepository;
import cm.resultinstitute.platform.enrollments.domain.Enrollment;
import cm.resultinstitute.platform.mail.Mail;
import cm.resultinstitute.platform.mail.MailOutbox;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingInfo;
import cm.resultinstitute.platform.trainings.TranslatedTitles;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserView;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of completed enrolments whose attendance rate (as {@code v_participant_progress} computes it) reaches
 * {@code APP_CERTIFICATE_MIN_ATTENDANCE}, or issued by an admin's explicit, logged override. Each carries a random
 * code that anyone can verify.
 */
@Service
public class Certificates {

    private static final String CODE_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final char[] CODE_ALPHABET = CODE_CHARACTERS.toCharArray();
    private static final int CODE_GROUPS = 5;
    private static final int GROUP_LENGTH = 5;

    private final CertificateRepository certificates;
    private final Enrolments enrolments;
    private final TrainingCatalog catalog;
    private final UserDirectory users;
    private final MailOutbox mail;
    private final TranslatedTitles titles;
    private final ActivityRecorder activity;
    private final JdbcClient jdbc;
    private final AppProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Certificates(
            CertificateRepository certificates,
            Enrolments enrolments,
            TrainingCatalog catalog,
            UserDirectory users,
            MailOutbox mail,
            TranslatedTitles titles,
            ActivityRecorder activity,
            JdbcClient jdbc,
            AppProperties properties,
            Clock clock) {
        this.certificates = certificates;
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.users = users;
        this.mail = mail;
        this.titles = titles;
        this.activity = activity;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Issues the certificate of an enrolment (once; asking again answers the same one). Its trainer or an admin
     * issues; only an admin may override the attendance threshold, and the override is logged.
     */
    @Transactional
    public CertificateView issue(int enrollmentId, boolean override, Caller caller) {
        Enrollment enrollment = enrolments.visible(enrollmentId, caller);
        TrainingInfo training = catalog.info(enrollment.getTrainingId()).orElseThrow();
        if (!TrainingCatalog.manages(caller, training.createdBy())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "certificate.trainersOnly");
        }
        if (override && !caller.isAdmin()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "certificate.overrideAdminsOnly");
        }
        var existing = certificates.findByEnrollmentId(enrollmentId);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        if (enrollment.getStatus() != EnrollmentStatus.COMPLETED) {
            throw new ConflictException("not-completed", "certificate.notCompleted");
        }
        BigDecimal rate = attendanceRate(enrollment);
        BigDecimal threshold = BigDecimal.valueOf(properties.certificateMinAttendance());
        boolean belowThreshold = rate.compareTo(threshold) < 0;
        if (belowThreshold && !override) {
            throw new ConflictException(
                            "below-threshold", "certificate.belowThreshold", rate.toPlainString(), threshold)
                    .with("attendanceRate", rate)
                    .with("threshold", threshold);
        }
        Certificate certificate = certificates.saveAndFlush(
                new Certificate(enrollmentId, newCode(), rate, belowThreshold, caller.id(), clock.instant()));
        enrollment.markCertificateIssued();
        activity.record(ActivityEntry.of(
                        "certificate_issued",
                        "enrollment",
                        enrollmentId,
                        (belowThreshold ? "Issued by admin override" : "Issued") + " the certificate of user "
                                + enrollment.getUserId() + " for " + training.title())
                .with("attendanceRate", rate)
                .with("threshold", threshold)
                .with("override", belowThreshold));
        users.find(enrollment.getUserId())
                .ifPresent(user -> mail.queue(new Mail(
                        user.email(),
                        user.language(),
                        "certificate-issued",
                        Map.of(
                                "name", user.firstName(),
                                "training",
                                        titles.ofTraining(training.id())
                                                .map(title -> title.in(user.language()))
                                                .orElse(training.title()),
                                "link", properties.link("/my"),
                                "verification", verificationUrl(certificate.getCode())))));
        return view(certificate);
    }

    /** The certificate of an enrolment the caller may see; 404 until it is issued. */
    @Transactional(readOnly = true)
    public CertificateDocument document(int enrollmentId, Caller caller) {
        Enrollment enrollment = enrolments.visible(enrollmentId, caller);
        Certificate certificate = certificates
                .findByEnrollmentId(enrollmentId)
                .orElseThrow(() -> new NotFoundException("certificate.notIssued"));
        TrainingInfo training = catalog.info(enrollment.getTrainingId()).orElseThrow();
        UserView participant = users.view(enrollment.getUserId());
        return new CertificateDocument(
                participant.fullName(),
                participant.language(),
                titles.ofTraining(training.id())
                        .map(title -> title.in(participant.language()))
                        .orElse(training.title()),
                training.durationHours(),
                training.startDate(),
                enrollment.getCompletionDate(),
                certificate.getCode(),
                verificationUrl(certificate.getCode()));
    }

    /** Anyone may check a code; unknown codes are 404. */
    @Transactional(readOnly = true)
    public CertificateCheck verify(String code) {
        return jdbc.sql("""
                        SELECT u.first_name || ' ' || u.last_name AS participant_name, t.title, e.completion_date,
                               t.duration_hours, e.status = 'completed' AS valid
                        FROM certificates c
                        JOIN enrollments e ON e.id = c.enrollment_id
                        JOIN users u ON u.id = e.user_id
                        JOIN trainings t ON t.id = e.training_id
                        WHERE c.code = :code""")
                .param("code", asIssued(code))
                .query((rs, row) -> new CertificateCheck(
                        rs.getString("participant_name"),
                        rs.getString("title"),
                        rs.getObject("completion_date", java.time.LocalDate.class),
                        (Integer) rs.getObject("duration_hours"),
                        rs.getBoolean("valid")))
                .optional()
                .orElseThrow(() -> new NotFoundException("certificate.unknown"));
    }

    private BigDecimal attendanceRate(Enrollment enrollment) {
        return jdbc.sql(
                        "SELECT attendance_rate FROM v_participant_progress WHERE user_id = :user AND training_id = :training")
                .param("user", enrollment.getUserId())
                .param("training", enrollment.getTrainingId())
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO);
    }

    /**
     * The code as it was issued, from the code as someone typed it off the paper: in any case, with spaces, or without
     * the dashes between its groups.
     */
    static String asIssued(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
        String characters = code.replaceAll("[\\s-]", "");
        if (characters.length() != CODE_GROUPS * GROUP_LENGTH
                || !characters.chars().allMatch(c -> CODE_CHARACTERS.indexOf(c) >= 0)) {
            return code;
        }
        StringBuilder issued = new StringBuilder(characters);
        for (int group = CODE_GROUPS - 1; group > 0; group--) {
            issued.insert(group * GROUP_LENGTH, '-');
        }
        return issued.toString();
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int group = 0; group < CODE_GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
            }
        }
        return code.toString();
    }

    private String verificationUrl(String code) {
        return properties.link("/certificates/" + code);
    }

    private CertificateView view(Certificate certificate) {
        return new CertificateView(
                certificate.getEnrollmentId(),
                certificate.getCode(),
                certificate.getIssuedAt(),
                certificate.getAttendanceRate(),
                certificate.isThresholdOverridden(),
                verificationUrl(certificate.getCode()));
    }
}
