package cm.resultinstitute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.activity.domain.ActivityLog;
import cm.resultinstitute.platform.activity.domain.ActivityLogRepository;
import cm.resultinstitute.platform.attendance.AttendanceStatus;
import cm.resultinstitute.platform.attendance.domain.Attendance;
import cm.resultinstitute.platform.attendance.domain.AttendanceRepository;
import cm.resultinstitute.platform.auth.domain.RefreshToken;
import cm.resultinstitute.platform.auth.domain.RefreshTokenRepository;
import cm.resultinstitute.platform.blog.PostStatus;
import cm.resultinstitute.platform.blog.domain.BlogPostRepository;
import cm.resultinstitute.platform.enrollments.EnrollmentStatus;
import cm.resultinstitute.platform.enrollments.domain.Enrollment;
import cm.resultinstitute.platform.enrollments.domain.EnrollmentRepository;
import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.ProjectStatus;
import cm.resultinstitute.platform.projects.TaskStatus;
import cm.resultinstitute.platform.projects.domain.ProjectRepository;
import cm.resultinstitute.platform.projects.domain.TaskRepository;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import cm.resultinstitute.platform.trainings.SessionStatus;
import cm.resultinstitute.platform.trainings.TrainingStatus;
import cm.resultinstitute.platform.trainings.domain.Training;
import cm.resultinstitute.platform.trainings.domain.TrainingRepository;
import cm.resultinstitute.platform.trainings.domain.TrainingSession;
import cm.resultinstitute.platform.trainings.domain.TrainingSessionRepository;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserStatus;
import cm.resultinstitute.platform.users.domain.User;
import cm.resultinstitute.platform.users.domain.UserRepository;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The entities read and write the institute's columns faithfully, with the types the schema gives them. */
@PlatformTest
class EntityMappingTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    UserRepository users;

    @Autowired
    TrainingRepository trainings;

    @Autowired
    TrainingSessionRepository sessions;

    @Autowired
    EnrollmentRepository enrollments;

    @Autowired
    AttendanceRepository attendance;

    @Autowired
    BlogPostRepository posts;

    @Autowired
    ProjectRepository projects;

    @Autowired
    TaskRepository tasks;

    @Autowired
    ActivityLogRepository activity;

    @Autowired
    RefreshTokenRepository refreshTokens;

    @Test
    void usersKeepLowerCaseRolesAndNormalisedEmails() {
        User saved = users.save(new User("  Jane.Smith@Example.COM ", "hash", "Jane", "Smith", Role.PARTICIPANT));
        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getCreatedAt()).isNotNull();
        assertThat(saved.getUpdatedAt()).isNotNull();
        assertThat(jdbc.sql("SELECT email || ' ' || role || ' ' || status FROM users WHERE id = ?")
                        .param(saved.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("jane.smith@example.com participant active");
        User read = users.findByEmail("jane.smith@example.com").orElseThrow();
        assertThat(read.getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(read.isEmailVerified()).isFalse();
    }

    @Test
    void trainingsAndTheirSessions() {
        int trainer = TestData.shared().user("mapping-trainer@example.com", "trainer");
        Training training = trainings.save(new Training("Mapping", "mapping", trainer));
        Instant start = Instant.parse("2027-03-01T08:00:00Z");
        TrainingSession session = sessions.save(new TrainingSession(training, "First", start));
        transaction.executeWithoutResult(status -> {
            TrainingSession read = sessions.findById(session.getId()).orElseThrow();
            assertThat(read.getTraining().getSlug()).isEqualTo("mapping");
            assertThat(read.getTraining().getStatus()).isEqualTo(TrainingStatus.DRAFT);
            assertThat(read.getSessionDate()).isEqualTo(start);
            assertThat(read.getStatus()).isEqualTo(SessionStatus.SCHEDULED);
            assertThat(read.getDurationMinutes()).isEqualTo(120);
        });
        int participant = TestData.shared().user("mapping-learner@example.com", "participant");
        Enrollment enrollment = enrollments.save(new Enrollment(participant, training.getId(), Instant.now()));
        assertThat(enrollments.findById(enrollment.getId()).orElseThrow().getStatus())
                .isEqualTo(EnrollmentStatus.ACTIVE);
        Attendance marked =
                attendance.save(new Attendance(session.getId(), participant, AttendanceStatus.LATE, trainer));
        assertThat(jdbc.sql("SELECT status FROM attendance WHERE id = ?")
                        .param(marked.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("late");
    }

    @Test
    void blogTagsAreAPostgresArray() {
        int author = TestData.shared().user("mapping-author@example.com", "trainer");
        int id = TestData.shared().post("Tagged", "published", author, "qp0HIF3SfI4");
        jdbc.sql("UPDATE blog_posts SET tags = ARRAY['leadership', 'youth'] WHERE id = ?")
                .param(id)
                .update();
        var post = posts.findById(id).orElseThrow();
        assertThat(post.getTags()).containsExactly("leadership", "youth");
        assertThat(post.getStatus()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(post.getYoutubeVideoId()).isEqualTo("qp0HIF3SfI4");
    }

    @Test
    void projectBudgetsAreExactDecimalsAndTasksHaveTheirColumns() {
        int creator = TestData.shared().user("mapping-projects@example.com", "trainer");
        int projectId = jdbc.sql(
                        "INSERT INTO projects (title, budget, status, created_by) VALUES ('Bootcamp', 1234567.89,"
                                + " 'on_hold', ?) RETURNING id")
                .param(creator)
                .query(Integer.class)
                .single();
        jdbc.sql(
                        "INSERT INTO tasks (project_id, title, status, priority, order_index) VALUES (?, 'Venue', 'in_progress',"
                                + " 'urgent', 3)")
                .param(projectId)
                .update();
        var project = projects.findById(projectId).orElseThrow();
        assertThat(project.getBudget()).isEqualTo(new BigDecimal("1234567.89"));
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.ON_HOLD);
        assertThat(project.getPriority()).isEqualTo(Priority.MEDIUM);
        var task = tasks.findAll().get(0);
        assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.getPriority()).isEqualTo(Priority.URGENT);
        assertThat(task.getOrderIndex()).isEqualTo(3);
    }

    @Test
    void activityMetadataIsJsonAndTheAddressIsInet() throws Exception {
        ActivityLog saved = activity.save(new ActivityLog(
                null,
                "user_updated",
                "user",
                7,
                "Jane changed her phone",
                Map.of("phone", Map.of("old", "+237 600", "new", "+237 699"), "fields", List.of("phone")),
                InetAddress.getByName("2001:db8::1"),
                "Mozilla/5.0"));
        assertThat(jdbc.sql(
                                "SELECT metadata->'phone'->>'new' || ' ' || host(ip_address) || ' ' || jsonb_typeof(metadata)"
                                        + " FROM activity_logs WHERE id = ?")
                        .param(saved.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("+237 699 2001:db8::1 object");
        ActivityLog read = activity.findById(saved.getId()).orElseThrow();
        assertThat(read.getIpAddress()).isEqualTo(InetAddress.getByName("2001:db8::1"));
        assertThat(read.getMetadata()).containsEntry("fields", List.of("phone"));
        assertThat(read.getCreatedAt()).isNotNull();
    }

    @Test
    void refreshTokensKeepTheirHash() {
        int owner = TestData.shared().user("mapping-tokens@example.com", "participant");
        Instant expiry = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        RefreshToken token = refreshTokens.save(new RefreshToken(owner, "a".repeat(64), expiry));
        RefreshToken read = refreshTokens.findById(token.getId()).orElseThrow();
        assertThat(read.getTokenHash()).hasSize(64);
        assertThat(read.getExpiresAt()).isEqualTo(expiry);
        assertThat(read.isRevoked()).isFalse();
    }
}
