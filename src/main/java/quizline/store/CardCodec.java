package quizline.store;

import java.time.Instant;
import java.util.Locale;
import quizline.schedule.Card;
import quizline.schedule.CardState;

/**
 * A card's state as one line of text, for the review log's before/after columns: exact (doubles
 * round-trip through {@link Double#toString}) and readable in a SQL shell.
 */
final class CardCodec {
    private CardCodec() {}

    static String encode(Card c) {
        return String.join(
                ";",
                c.state().name().toLowerCase(Locale.ROOT),
                Integer.toString(c.step()),
                Double.toString(c.stability()),
                Double.toString(c.difficulty()),
                Double.toString(c.ease()),
                c.lastReview() == null ? "" : Long.toString(c.lastReview().toEpochMilli()),
                Long.toString(c.due().toEpochMilli()),
                Integer.toString(c.reps()),
                Integer.toString(c.lapses()),
                Integer.toString(c.scheduledDays()),
                Long.toString(c.fuzzKey()));
    }

    /** Which field, from 0, holds the due instant (epoch ms): for the readers of many reviews that need no other. */
    static final int DUE_FIELD = 6;

    static Card decode(String text) {
        String[] f = text.split(";", -1);
        if (f.length != 11) {
            throw new IllegalArgumentException("a card state needs 11 fields, this one has " + f.length + ": " + text);
        }
        return new Card(
                CardState.valueOf(f[0].toUpperCase(Locale.ROOT)),
                Integer.parseInt(f[1]),
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4]),
                f[5].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(f[5])),
                Instant.ofEpochMilli(Long.parseLong(f[DUE_FIELD])),
                Integer.parseInt(f[7]),
                Integer.parseInt(f[8]),
                Integer.parseInt(f[9]),
                Long.parseLong(f[10]));
    }
}
