package cm.resultinstitute.platform.blog;

/** A tag or a category with the number of published posts that have it. */
public record NameCount(String name, long count) {}
