package quizline.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * Formats an interval the way Anki labels its answer buttons: {@code 10m}, {@code 1h},
 * {@code 2d}, {@code 1.1mo}, {@code 1.2y}. The unit is chosen after rounding, so 59.7 minutes
 * reads {@code 1h}, not {@code 60m}.
 */
public final class Intervals {
    private static final double MINUTE = 60;
    private static final double HOUR = 3_600;
    private static final double DAY = 86_400;
    private static final double YEAR = 365 * DAY;
    private static final double MONTH = YEAR / 12;

    private Intervals() {}

    /** The span from {@code from} to {@code to}; a span in the past reads as {@code <1m}. */
    public static String between(Instant from, Instant to) {
        return format(Duration.between(from, to));
    }

    public static String format(Duration interval) {
        double seconds = Math.max(0, interval.getSeconds() + interval.getNano() / 1e9);
        long minutes = Math.round(seconds / MINUTE);
        if (minutes < 1) {
            return "<1m";
        }
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = Math.round(seconds / HOUR);
        if (hours < 24) {
            return hours + "h";
        }
        long days = Math.round(seconds / DAY);
        if (days < MONTH / DAY) {
            return days + "d";
        }
        double months = tenths(seconds / MONTH);
        if (months < 12) {
            return decimal(months) + "mo";
        }
        return decimal(tenths(seconds / YEAR)) + "y";
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** One decimal, without a trailing {@code .0}: {@code 1.1}, {@code 2}. */
    private static String decimal(double tenths) {
        long scaled = Math.round(tenths * 10);
        return scaled % 10 == 0 ? Long.toString(scaled / 10) : (scaled / 10) + "." + (scaled % 10);
    }
}
