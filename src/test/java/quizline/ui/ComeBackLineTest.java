package quizline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.session.ComeBack;
import quizline.session.ComeBack.Group;
import quizline.session.ComeBack.Kind;

class ComeBackLineTest {
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static String line(Group... groups) {
        return ComeBackLine.text(new ComeBack(NOW, TODAY, List.of(groups))).orElse("(none)");
    }

    private static Group in(Kind kind, int count, String first, int days) {
        return new Group(kind, count, Instant.parse(first), days, TODAY.plusDays(days));
    }

    @Test
    void minutesThenHoursThenStudyDays() {
        assertEquals(
                "Next: 3 learning cards in 8 min, 41 reviews tomorrow",
                line(in(Kind.LEARNING, 3, "2026-12-05T09:08:10Z", 0), in(Kind.REVIEW, 41, "2026-12-06T04:00:00Z", 1)));
        assertEquals("Next: 1 learning card due now", line(in(Kind.LEARNING, 1, "2026-12-05T08:59:00Z", 0)));
        assertEquals("Next: 2 learning cards in 1 min", line(in(Kind.LEARNING, 2, "2026-12-05T09:00:01Z", 0)));
        assertEquals("Next: 1 learning card in 2 h", line(in(Kind.LEARNING, 1, "2026-12-05T10:50:00Z", 0)));
        assertEquals("Next: 1 review today", line(in(Kind.REVIEW, 1, "2026-12-05T08:00:00Z", 0)));
        assertEquals("Next: 5 reviews in 3 days", line(in(Kind.REVIEW, 5, "2026-12-08T08:00:00Z", 3)));
        assertEquals("Next: 1 review on 14 December", line(in(Kind.REVIEW, 1, "2026-12-14T08:00:00Z", 9)));
        assertEquals("Next: 2 reviews on 3 January 2027", line(in(Kind.REVIEW, 2, "2027-01-03T08:00:00Z", 29)));
        assertEquals("Next: 20 new questions tomorrow", line(in(Kind.NEW, 20, "2026-12-06T04:00:00Z", 1)));
        assertEquals(
                "Next: 1 learning card tomorrow, 1 new question tomorrow",
                line(in(Kind.LEARNING, 1, "2026-12-06T05:00:00Z", 1), in(Kind.NEW, 1, "2026-12-06T04:00:00Z", 1)));
    }

    @Test
    void nothingComingBackIsNoLine() {
        assertEquals(Optional.empty(), ComeBackLine.text(new ComeBack(NOW, TODAY, List.of())));
    }
}
