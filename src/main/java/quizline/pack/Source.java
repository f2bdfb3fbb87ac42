package quizline.pack;

import java.time.LocalDate;

/** An article the pack's questions are drawn from. */
public record Source(
        String article,
        @OptionalField String outlet,
        @OptionalField LocalDate published,
        @OptionalField String title) {}
