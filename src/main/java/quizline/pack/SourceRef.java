package quizline.pack;

/** The supporting sentence of a question: characters [start, end) of an article listed in the pack's sources. */
public record SourceRef(String article, int start, int end) {}
