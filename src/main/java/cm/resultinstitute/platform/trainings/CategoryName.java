package cm.resultinstitute.platform.trainings;

/** A category as stored ({@code value}) and as a reader names it in their language. */
public record CategoryName(String value, String name) {}
