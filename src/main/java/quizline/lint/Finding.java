package quizline.lint;

/**
 * One thing lint found.
 *
 * @param pointer the JSON pointer of the field it is about, e.g. {@code /questions/3/prompt}
 */
public record Finding(Severity severity, String pointer, String message) {}
