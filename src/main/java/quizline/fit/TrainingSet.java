package quizline.fit;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review log cut into what FSRS learns from, by the reference's rules: per card, the reviews
 * from the start of its last learning (a card reset to new starts again; a card whose log shows no
 * learning is left out when the log gives states), with the days elapsed between reviews counted
 * in study days; then one item per review on a later day than the one before, holding every
 * review of the card up to it. Same-day reviews stay in the history (they move the memory state)
 * but are not predicted. Items are in the order they were answered.
 */
public final class TrainingSet {

    /** One card's reviews: grades, study days since the previous review (0 for the first), epoch milliseconds. */
    public record CardHistory(String cardId, int[] grades, int[] elapsedDays, long[] times) {
        public int length() {
            return grades.length;
        }
    }

    /**
     * The review at {@code position} of {@code card}, predicted from the reviews before it.
     *
     * @param longTermCount reviews up to this one, itself included, on a later day than the one before
     */
    public record Item(CardHistory card, int cardIndex, int position, int longTermCount) {
        public int grade() {
            return card.grades()[position];
        }

        public int elapsedDays() {
            return card.elapsedDays()[position];
        }

        public boolean recalled() {
            return grade() > 1;
        }

        public long time() {
            return card.times()[position];
        }

        /** Lapses before this review: Again on a later day. */
        public int lapses() {
            int n = 0;
            for (int i = 1; i < position; i++) {
                if (card.grades()[i] == 1 && card.elapsedDays()[i] > 0) {
                    n++;
                }
            }
            return n;
        }
    }

    private final List<CardHistory> cards;
    private final List<Item> items;
    private final int reviewCount;

    private TrainingSet(List<CardHistory> cards, List<Item> items, int reviewCount) {
        this.cards = List.copyOf(cards);
        this.items = List.copyOf(items);
        this.reviewCount = reviewCount;
    }

    /**
     * Cuts {@code reviews} (any order) into cards and items; a study day starts at {@code dayStart}
     * in {@code zone}.
     */
    public static TrainingSet of(List<LoggedReview> reviews, LocalTime dayStart, ZoneId zone) {
        Map<String, List<LoggedReview>> byCard = new LinkedHashMap<>();
        for (LoggedReview r : reviews) {
            byCard.computeIfAbsent(r.cardId(), k -> new ArrayList<>()).add(r);
        }
        List<CardHistory> cards = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        int used = 0;
        for (Map.Entry<String, List<LoggedReview>> entry : byCard.entrySet()) {
            CardHistory card = history(entry.getKey(), entry.getValue(), dayStart, zone);
            if (card == null) {
                continue;
            }
            int n = card.length();
            int[] elapsed = card.elapsedDays();
            int cardIndex = cards.size();
            cards.add(card);
            used += n;
            int longTerm = 0;
            for (int i = 1; i < n; i++) {
                if (elapsed[i] > 0) {
                    longTerm++;
                    items.add(new Item(card, cardIndex, i, longTerm));
                }
            }
        }
        items.sort(Comparator.comparingLong(Item::time));
        return new TrainingSet(cards, items, used);
    }

    /**
     * One card's reviews ({@code log}, any order) as {@link #of} cuts them; null when fewer than two are kept. A caller
     * that reads a log card by card, and keeps none of it, makes each card's history here as {@link #of} would.
     */
    public static CardHistory history(String cardId, List<LoggedReview> log, LocalTime dayStart, ZoneId zone) {
        List<LoggedReview> sorted = new ArrayList<>(log);
        sorted.sort(Comparator.comparing(LoggedReview::time));
        List<LoggedReview> kept = fromLastLearning(sorted);
        if (kept.size() < 2) {
            return null;
        }
        long shift = dayStart.toSecondOfDay() * 1000L;
        int n = kept.size();
        int[] grades = new int[n];
        int[] elapsed = new int[n];
        long[] times = new long[n];
        long previousDay = 0;
        for (int i = 0; i < n; i++) {
            LoggedReview r = kept.get(i);
            long millis = r.time().toEpochMilli();
            long day = Instant.ofEpochMilli(millis - shift)
                    .atZone(zone)
                    .toLocalDate()
                    .toEpochDay();
            grades[i] = r.grade();
            times[i] = millis;
            elapsed[i] = i == 0 ? 0 : (int) Math.max(0, day - previousDay);
            previousDay = day;
        }
        return new CardHistory(cardId, grades, elapsed, times);
    }

    /** The same cards with only the given items (a split of this set). */
    public TrainingSet withItems(List<Item> subset) {
        return new TrainingSet(cards, subset, reviewCount);
    }

    /** The card's reviews from the first of its last run of learning reviews; all of them when the log gives no states. */
    private static List<LoggedReview> fromLastLearning(List<LoggedReview> log) {
        boolean statesKnown = log.stream().anyMatch(r -> r.state() != LoggedReview.UNKNOWN_STATE);
        if (!statesKnown) {
            return log;
        }
        int first = -1;
        for (int i = log.size() - 1; i >= 0; i--) {
            if (log.get(i).learning()) {
                first = i;
            } else if (first >= 0) {
                break;
            }
        }
        return first < 0 ? List.of() : log.subList(first, log.size());
    }

    public List<CardHistory> cards() {
        return cards;
    }

    /** Every predicted review, oldest first. */
    public List<Item> items() {
        return items;
    }

    /** Reviews of the cards kept (same-day ones included). */
    public int reviewCount() {
        return reviewCount;
    }

    /** Share of the items recalled (graded Hard or better). */
    public double averageRecall() {
        return averageRecall(items);
    }

    static double averageRecall(List<Item> items) {
        if (items.isEmpty()) {
            return 0;
        }
        long recalled = items.stream().filter(Item::recalled).count();
        return (double) recalled / items.size();
    }
}
