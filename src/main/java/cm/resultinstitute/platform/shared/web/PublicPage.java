package cm.resultinstitute.platform.shared.web;

import java.time.Instant;

/** A page anyone may read, for search engines: its path and when its content last changed. */
public record PublicPage(String path, Instant lastModified) {}
