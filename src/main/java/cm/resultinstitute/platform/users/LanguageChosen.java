package cm.resultinstitute.platform.users;

/** Published, inside the transaction that made it, when a user chooses another language to read the platform in. */
public record LanguageChosen(int userId, String language) {}
