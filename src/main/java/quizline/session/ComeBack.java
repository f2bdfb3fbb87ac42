package quizline.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import quizline.schedule.CardState;
import quizline.store.ProgressStore.Due;

/**
 * When questions come back, by study day, learning first, then reviews, then new: every card in learning steps (by the first one due), the
 * reviews of the next study day that has any, and new questions the day's limit holds back until
 * tomorrow. Study days start at {@link StudyRules#dayStartsAt()} in the given zone; {@code today} is
 * the study day of {@code now}.
 */
public record ComeBack(Instant now, LocalDate today, List<Group> groups) {
    public enum Kind {
        LEARNING,
        REVIEW,
        NEW
    }

    /**
     * {@code count} cards of one kind; the first is due at {@code first}, on the study day
     * {@code date}, {@code days} study days from today (0: today; overdue cards are today's).
     */
    public record Group(Kind kind, int count, Instant first, int days, LocalDate date) {}

    public ComeBack {
        groups = List.copyOf(groups);
    }

    /**
     * @param cards the cards' states and due times (new cards count for nothing here)
     * @param newTomorrow new questions that would be asked now but for today's limit
     */
    public static ComeBack of(Collection<Due> cards, int newTomorrow, Instant now, StudyRules rules, ZoneId zone) {
        LocalDate today = studyDay(now, rules, zone);
        List<Group> groups = new ArrayList<>();
        List<Due> learning = cards.stream()
                .filter(c -> c.state() == CardState.LEARNING || c.state() == CardState.RELEARNING)
                .toList();
        if (!learning.isEmpty()) {
            Instant first = learning.stream()
                    .map(Due::at)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            groups.add(group(Kind.LEARNING, learning.size(), first, today, rules, zone));
        }
        List<Due> reviews =
                cards.stream().filter(c -> c.state() == CardState.REVIEW).toList();
        if (!reviews.isEmpty()) {
            Instant first =
                    reviews.stream().map(Due::at).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate day = later(studyDay(first, rules, zone), today);
            int count = (int) reviews.stream()
                    .filter(c -> !studyDay(c.at(), rules, zone).isAfter(day))
                    .count();
            groups.add(group(Kind.REVIEW, count, first, today, rules, zone));
        }
        if (newTomorrow > 0) {
            Instant tomorrow = rules.dayEnd(now, zone);
            groups.add(new Group(Kind.NEW, newTomorrow, tomorrow, 1, today.plusDays(1)));
        }
        groups.sort(Comparator.comparing(Group::days).thenComparing(Group::kind));
        return new ComeBack(now, today, groups);
    }

    private static Group group(Kind kind, int count, Instant first, LocalDate today, StudyRules rules, ZoneId zone) {
        LocalDate day = later(studyDay(first, rules, zone), today);
        return new Group(kind, count, first, (int) ChronoUnit.DAYS.between(today, day), day);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate studyDay(Instant at, StudyRules rules, ZoneId zone) {
        return rules.dayStart(at, zone).atZone(zone).toLocalDate();
    }
}
