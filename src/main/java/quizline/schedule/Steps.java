package quizline.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of learning or relearning steps, each a whole number of minutes, spelled the Anki way:
 * {@code 1m,10m}, {@code 1h}, {@code 1d}; the empty string is the empty list.
 */
public record Steps(List<Integer> minutes) {

    private static final Pattern STEP = Pattern.compile("(\\d{1,9})([mhd])");

    /** Keeps a step in days within the 100-year cap on intervals, and far from int overflow. */
    private static final long MAX_MINUTES = 36_500L * 1440;

    public static final Steps NONE = new Steps(List.of());

    public Steps {
        minutes = List.copyOf(minutes);
        for (int m : minutes) {
            if (m <= 0) {
                throw new IllegalArgumentException("a step must be at least one minute, got " + m + " minutes");
            }
        }
    }

    /** Parses {@code 1m,10m}: comma-separated steps, each digits then m, h or d; blank means none. */
    public static Steps parse(String text) {
        if (text.isBlank()) {
            return NONE;
        }
        List<Integer> result = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            String step = raw.strip();
            Matcher m = STEP.matcher(step);
            if (!m.matches()) {
                throw new IllegalArgumentException("bad step \"" + step + "\" in \"" + text
                        + "\": expected a whole number followed by m, h or d (e.g. 1m,10m or 1h or 1d)");
            }
            long value = Long.parseLong(m.group(1));
            long perUnit = switch (m.group(2)) {
                case "m" -> 1;
                case "h" -> 60;
                default -> 1440;
            };
            long total = value * perUnit;
            if (total == 0 || total > MAX_MINUTES) {
                throw new IllegalArgumentException("bad step \"" + step + "\" in \"" + text
                        + "\": a step must be between 1 minute and 36500 days");
            }
            result.add((int) total);
        }
        return new Steps(result);
    }

    public static Steps ofMinutes(int... minutes) {
        List<Integer> list = new ArrayList<>(minutes.length);
        for (int m : minutes) {
            list.add(m);
        }
        return new Steps(list);
    }

    public int size() {
        return minutes.size();
    }

    public boolean isEmpty() {
        return minutes.isEmpty();
    }

    int[] toArray() {
        return minutes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The canonical spelling, largest whole unit per step: {@code 1m,10m}, {@code 1h}, {@code 1d}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int m : minutes) {
            if (out.length() > 0) {
                out.append(',');
            }
            if (m % 1440 == 0) {
                out.append(m / 1440).append('d');
            } else if (m % 60 == 0) {
                out.append(m / 60).append('h');
            } else {
                out.append(m).append('m');
            }
        }
        return out.toString();
    }
}
