package quizline.formats;

import quizline.pack.Question;

/** A question read from a file, with the line it starts on. */
public record ImportedQuestion(Question question, int line) {}
