package quizline.session;

import java.time.Duration;

/** The numbers a session ends with. */
public record Summary(int asked, int planned, int right, int typo, int wrong, Duration elapsed) {
    /** Right answers (typos count as right) over answered, 0 when nothing was answered. */
    public int accuracyPercent() {
        return asked == 0 ? 0 : (int) Math.round(100.0 * (right + typo) / asked);
    }
}
