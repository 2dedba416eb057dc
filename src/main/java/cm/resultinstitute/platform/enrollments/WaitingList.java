package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.enrollments.domain.EnrollmentRepository;
import cm.resultinstitute.platform.enrollments.domain.WaitingListEntry;
import cm.resultinstitute.platform.enrollments.domain.WaitingListRepository;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.shared.web.ProblemException;
import cm.resultinstitute.platform.trainings.TrainingCatalog;
import cm.resultinstitute.platform.trainings.TrainingInfo;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.UserAccounts;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
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
    private final AppProperties properties;
    private final Clock clock;

    WaitingList(
            WaitingListRepository entries,
            EnrollmentRepository enrollments,
            TrainingCatalog catalog,
            UserAccounts accounts,
            ActivityRecorder activity,
            AppProperties properties,
            Clock clock) {
        this.entries = entries;
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.accounts = accounts;
        this.activity = activity;
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
