package cm.resultinstitute.platform.shared.web;

/** What is wrong with one field of a request, as listed in a problem's {@code errors}. */
public record FieldProblem(String field, String message) {}
