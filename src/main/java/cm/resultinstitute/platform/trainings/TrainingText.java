package cm.resultinstitute.platform.trainings;

/** A training's title and description in one language. */
public record TrainingText(String title, String description) {}
