package quizline.ui;

import java.time.Duration;

/** Elapsed time the way a status line shows it: {@code 45s}, {@code 3m12s}, {@code 1h02m}. */
final class Durations {
    private Durations() {}

    static String compact(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s";
        }
        return (seconds / 3600) + "h" + String.format("%02d", (seconds % 3600) / 60) + "m";
    }
}
