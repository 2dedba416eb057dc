package cm.resultinstitute.platform.trainings;

/** A training's or a session's title and description in one language. */
public record TranslatedText(String title, String description) {}
