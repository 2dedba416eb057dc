package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.enrollments.domain.EnrollmentRepository;
import cm.resultinstitute.platform.enrollments.domain.WaitingListEntry;
import cm.resultinstitute.platform.enrollments.domain.WaitingListRepository;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.persistence.SqlPage;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingInfo;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserAccounts;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The queue of a full training: participants join and leave it; the first in line gets the next free seat. */
@Service
public class WaitingList {

    /** More than any training frees at once; bounds the work of one promotion. */
    static final int MAX_PROMOTIONS = 1000;

    private final WaitingListRepository entries;
    private final EnrollmentRepository enrollments;
    private final TrainingCatalog catalog;
    private final UserAccounts accounts;
    private final ActivityRecorder activity;
    private final JdbcClient jdbc;
    private final AppProperties properties;
    private final Clock clock;

    WaitingList(
            WaitingListRepository entries,
            EnrollmentRepository enrollments,
            TrainingCatalog catalog,
            UserAccounts accounts,
            ActivityRecorder activity,
            JdbcClient jdbc,
            AppProperties properties,
            Clock clock) {
        this.entries = entries;
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.accounts = accounts;
        this.activity = activity;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A participant joins the queue of a full training; returns their place in it (1 is next). Their address must be
     * verified (403 {@code email-not-verified}).
     */
    @Transactional
    public int join(int trainingId, Caller caller) {
        if (!caller.isParticipant()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "waitlist.participantsOnly");
        }
        TrainingInfo training = catalog.lockForEnrolment(trainingId)
                .filter(TrainingInfo::published)
                .orElseThrow(() -> new NotFoundException("training.notFound"));
        accounts.requireVerifiedEmail(caller.id());
        if (training.endedBy(properties.today(clock))) {
            throw new ConflictException("training-ended", "enrollment.ended");
        }
        boolean seated = enrollments
                .findByUserIdAndTrainingId(caller.id(), trainingId)
                .map(enrollment -> enrollment.takesSeat() || enrollment.getStatus() == EnrollmentStatus.SUSPENDED)
                .orElse(false);
        if (seated) {
            throw new ConflictException("already-enrolled", "enrollment.already");
        }
        if (training.maxParticipants() == null
                || enrollments.countSeatsTaken(trainingId) < training.maxParticipants()) {
            throw new ConflictException("seats-available", "waitlist.seatsAvailable");
        }
        WaitingListEntry entry = entries.findByTrainingIdAndUserId(trainingId, caller.id())
                .orElseGet(() -> {
                    WaitingListEntry joined =
                            entries.saveAndFlush(new WaitingListEntry(trainingId, caller.id(), clock.instant()));
                    activity.record(ActivityEntry.of(
                            "waitlist_joined",
                            "training",
                            trainingId,
                            "User " + caller.id() + " joined the waiting list of " + training.title()));
                    return joined;
                });
        return (int) entries.positionOf(trainingId, entry.getId());
    }

    /** Staff put a participant in the queue of a full training (an import); returns their place in it. */
    int queue(int trainingId, int userId) {
        WaitingListEntry entry = entries.findByTrainingIdAndUserId(trainingId, userId)
                .orElseGet(() -> entries.saveAndFlush(new WaitingListEntry(trainingId, userId, clock.instant())));
        return (int) entries.positionOf(trainingId, entry.getId());
    }

    @Transactional
    public void leave(int trainingId, Caller caller) {
        entries.findByTrainingIdAndUserId(trainingId, caller.id()).ifPresent(entry -> {
            entries.delete(entry);
            activity.record(ActivityEntry.of(
                    "waitlist_left", "training", trainingId, "User " + caller.id() + " left the waiting list"));
        });
    }

    /** The caller's place in the queue of a training, if they are in it. */
    @Transactional(readOnly = true)
    public Optional<Integer> position(int trainingId, int userId) {
        return entries.findByTrainingIdAndUserId(trainingId, userId)
                .map(entry -> (int) entries.positionOf(trainingId, entry.getId()));
    }

    /**
     * A training's queue in line order, with who waits, for its trainer and admins: two statements whatever the page
     * size (the page, then the count).
     */
    @Transactional(readOnly = true)
    public Page<WaitingParticipant> forTraining(int trainingId, Pageable page, Caller caller) {
        TrainingInfo training = catalog.info(trainingId).orElseThrow(() -> new NotFoundException("training.notFound"));
        Enrolments.requireManager(training, caller);
        // The line is the order of the entries' ids (as positionOf counts it), so a row's place is its offset.
        List<WaitingParticipant> content = jdbc.sql("""
                        SELECT w.user_id, w.created_at, u.first_name || ' ' || u.last_name AS participant_name, u.email
                        FROM waiting_list w JOIN users u ON u.id = w.user_id
                        WHERE w.training_id = :trainingId
                        ORDER BY w.id""" + SqlPage.limit(page))
                .param("trainingId", trainingId)
                .query((rs, row) -> new WaitingParticipant(
                        (int) page.getOffset() + row + 1,
                        rs.getInt("user_id"),
                        rs.getString("participant_name"),
                        rs.getString("email"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM waiting_list WHERE training_id = :trainingId")
                .param("trainingId", trainingId)
                .query(Long.class)
                .single();
        return new PageImpl<>(content, page, total);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<Integer> firstInLine(int trainingId, int count) {
        if (count <= 0) {
            return List.of();
        }
        return entries.findByTrainingIdOrderByIdAsc(trainingId, Limit.of(count)).stream()
                .map(WaitingListEntry::getUserId)
                .toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remove(int trainingId, int userId) {
        entries.findByTrainingIdAndUserId(trainingId, userId).ifPresent(entries::delete);
    }
}
