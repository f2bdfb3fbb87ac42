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

    /**
     * The due instant alone of a state encoded from {@code from} to the end of {@code text}, read without decoding the
     * rest: for the readers of many reviews that need no other figure of the card.
     */
    static Instant due(String text, int from) {
        int start = from;
        for (int field = 0; field < 6; field++) {
            start = text.indexOf(';', start) + 1;
            if (start == 0) {
                throw new IllegalArgumentException("a card state needs 11 fields: " + text.substring(from));
            }
        }
        int to = text.indexOf(';', start);
        if (to < 0) {
            throw new IllegalArgumentException("a card state needs 11 fields: " + text.substring(from));
        }
        return Instant.ofEpochMilli(Long.parseLong(text, start, to, 10));
    }

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
                Instant.ofEpochMilli(Long.parseLong(f[6])),
                Integer.parseInt(f[7]),
                Integer.parseInt(f[8]),
                Integer.parseInt(f[9]),
                Long.parseLong(f[10]));
    }
}
