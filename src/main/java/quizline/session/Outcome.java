package quizline.session;

import quizline.pack.Checked;

/** A submitted answer: the question, how it was judged, and how long it took. */
public record Outcome(StudyItem item, Checked checked, long durationMillis) {}
