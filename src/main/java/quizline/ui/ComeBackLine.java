package quizline.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import quizline.session.ComeBack;
import quizline.text.Counted;

/** {@code Next: 3 learning cards in 8 min, 41 reviews tomorrow}: when to come back, in words. */
public final class ComeBackLine {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ComeBackLine() {}

    /** The line, or empty when nothing is scheduled to come back. */
    public static Optional<String> text(ComeBack comeBack) {
        Instant now = comeBack.now();
        LocalDate today = comeBack.today();
        List<String> parts = comeBack.groups().stream()
                .map(g -> count(g) + " " + when(g, now, today))
                .toList();
        return parts.isEmpty() ? Optional.empty() : Optional.of("Next: " + String.join(", ", parts));
    }

    private static String count(ComeBack.Group g) {
        String noun = switch (g.kind()) {
            case LEARNING -> Counted.noun(g.count(), "learning card");
            case REVIEW -> Counted.noun(g.count(), "review");
            case NEW -> Counted.noun(g.count(), "new question");
        };
        return g.count() + " " + noun;
    }

    private static String when(ComeBack.Group g, Instant now, LocalDate today) {
        if (g.kind() == ComeBack.Kind.LEARNING && g.days() == 0) {
            if (!g.first().isAfter(now)) {
                return "due now";
            }
            long seconds = Duration.between(now, g.first()).toSeconds();
            long minutes = Math.max(1, (seconds + 30) / 60);
            return minutes < 60 ? "in " + minutes + " min" : "in " + Math.round(minutes / 60.0) + " h";
        }
        if (g.days() == 0) {
            return "today";
        }
        if (g.days() == 1) {
            return "tomorrow";
        }
        if (g.days() < 7) {
            return "in " + g.days() + " days";
        }
        return "on " + g.date().format(g.date().getYear() == today.getYear() ? DAY : DAY_AND_YEAR);
    }
}
