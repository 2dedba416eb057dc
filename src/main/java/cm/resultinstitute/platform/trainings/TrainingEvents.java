package cm.resultinstitute.platform.trainings;

/** What the catalogue announces, inside the transaction that did it, for the modules that keep records about it. */
public final class TrainingEvents {

    private TrainingEvents() {}

    /** Before a training is deleted: a module whose records would go with it refuses by throwing a conflict. */
    public record TrainingDeletionRequested(int trainingId) {}

    /** The training has more seats than before (or no limit any more): the waiting list may move. */
    public record CapacityRaised(int trainingId) {}

    /** Before a session is deleted: refused once attendance has been recorded for it. */
    public record SessionDeletionRequested(int sessionId) {}
}
