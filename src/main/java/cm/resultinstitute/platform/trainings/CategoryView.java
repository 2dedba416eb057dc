package cm.resultinstitute.platform.trainings;

/** A category of the list: the value trainings and posts store, its name in each language and in the reader's. */
public record CategoryView(String value, String nameEn, String nameFr, String name) {}
