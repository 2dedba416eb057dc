package cm.resultinstitute.platform.blog;

/** A post's title, excerpt and Markdown content in one language. */
public record PostText(String title, String excerpt, String content) {}
