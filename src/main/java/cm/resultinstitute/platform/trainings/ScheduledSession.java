package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.shared.text.Language;

/**
 * A session of someone's schedule as a reader reads it: its title in {@code language} (the reader's where the session
 * is translated into it, else its training's original), its training's title in the reader's language where the
 * training is translated into it.
 */
public record ScheduledSession(SessionInfo session, Language language) {}
