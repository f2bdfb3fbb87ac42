package quizline.session;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import quizline.schedule.Fsrs6;
import quizline.schedule.FsrsParameters;
import quizline.schedule.Scheduler;
import quizline.schedule.SchedulerOptions;
import quizline.schedule.Sm2;
import quizline.schedule.Steps;

/**
 * A profile's settings, kept as text in its database and read here, each checked on the way in
 * so a bad value is refused when it is set, not in the middle of a session.
 */
public final class ProfileSettings {
    /** One setting: its key, default, what it means, and the check that parses it. */
    public record Setting(String key, String defaultValue, String meaning, Consumer<String> check) {}

    public static final List<Setting> ALL = List.of(
            new Setting("scheduler", "fsrs6", "fsrs6 (FSRS-6) or sm2 (Anki's legacy SM-2)", v -> {
                if (!v.equals("fsrs6") && !v.equals("sm2")) {
                    throw new IllegalArgumentException("scheduler must be fsrs6 or sm2, not \"" + v + "\"");
                }
            }),
            new Setting("retention", "0.9", "desired retention, 0.7 to 0.99 (FSRS)", v -> {
                // Written so that NaN, which no comparison holds for, fails it too.
                if (!(decimal(v) >= 0.7 && decimal(v) <= 0.99)) {
                    throw new IllegalArgumentException(
                            "retention must be a number between 0.7 and 0.99, not \"" + v + "\"");
                }
            }),
            new Setting("learning-steps", "1m,10m", "steps of a new card, e.g. 1m,10m (empty: none)", Steps::parse),
            new Setting("relearning-steps", "10m", "steps after a lapse, e.g. 10m (empty: none)", Steps::parse),
            new Setting(
                    "max-interval",
                    "36500",
                    "longest interval in days",
                    v -> SchedulerOptions.checkMaxInterval(whole(v, "max-interval"))),
            new Setting("fsrs-params", "", "21 FSRS-6 weights w0,...,w20 (empty: the published defaults)", v -> {
                if (!v.isBlank()) {
                    FsrsParameters.parse(v);
                }
            }),
            new Setting(
                    "fsrs-fitted",
                    "",
                    "when fsrs-params were fitted, and to how many reviews (set by fsrs optimize --save)",
                    v -> {}),
            new Setting("new-per-day", "20", "new questions a day", v -> nonNegative(v, "new-per-day")),
            new Setting("reviews-per-day", "200", "reviews a day", v -> nonNegative(v, "reviews-per-day")),
            new Setting("day-starts-at", "04:00", "when a study day begins, local time HH:MM", v -> {
                try {
                    LocalTime.parse(v);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("day-starts-at must be a time like 04:00, not \"" + v + "\"");
                }
            }),
            new Setting(
                    "bury-siblings",
                    "on",
                    "questions on one fact (or citing one sentence) wait for another day: on or off",
                    v -> onOff(v, "bury-siblings")),
            new Setting(
                    "new-order",
                    "random",
                    "new questions in pack order, or shuffled anew each day: pack or random",
                    v -> {
                        if (!v.equals("pack") && !v.equals("random")) {
                            throw new IllegalArgumentException("new-order must be pack or random, not \"" + v + "\"");
                        }
                    }),
            new Setting("leech-lapses", "8", "lapses that make a question a leech", v -> {
                if (whole(v, "leech-lapses") < 1) {
                    throw new IllegalArgumentException("leech-lapses must be 1 or more, not " + v);
                }
            }));

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]{1,9}(\\.[0-9]{1,17})?|-?\\.[0-9]{1,17}");

    private final Map<String, String> values = new LinkedHashMap<>();

    private ProfileSettings(Map<String, String> stored) {
        for (Setting s : ALL) {
            values.put(s.key(), stored.getOrDefault(s.key(), s.defaultValue()));
        }
    }

    /** Reads stored settings; unknown keys are ignored, a value that no longer parses falls back to its default. */
    public static ProfileSettings of(Map<String, String> stored) {
        Map<String, String> valid = new LinkedHashMap<>();
        for (Setting s : ALL) {
            String v = stored.get(s.key());
            if (v != null) {
                try {
                    s.check().accept(v);
                    valid.put(s.key(), v);
                } catch (IllegalArgumentException e) {
                    // Keep the default: a stale value must not stop anyone from studying.
                }
            }
        }
        return new ProfileSettings(valid);
    }

    /** Checks a value before it is stored; the message says what is expected. */
    public static void check(String key, String value) {
        setting(key).check().accept(value);
    }

    /**
     * Checks a value from elsewhere (a progress file): a known setting must hold a value this quizline accepts; an
     * unknown one (from a newer quizline) is kept as it is.
     */
    public static void checkIfKnown(String key, String value) {
        boolean known = ALL.stream().anyMatch(s -> s.key().equals(key));
        if (known) {
            check(key, value);
        }
    }

    public static Setting setting(String key) {
        return ALL.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown setting \"" + key + "\" (known: "
                        + String.join(", ", ALL.stream().map(Setting::key).toList()) + ")"));
    }

    public String value(String key) {
        return values.get(setting(key).key());
    }

    public StudyRules rules() {
        return new StudyRules(
                Integer.parseInt(value("new-per-day")),
                Integer.parseInt(value("reviews-per-day")),
                LocalTime.parse(value("day-starts-at")),
                Duration.ofMinutes(20),
                Integer.parseInt(value("leech-lapses")),
                value("bury-siblings").equals("on"),
                value("new-order").equals("random"));
    }

    public Scheduler scheduler(boolean fuzz) {
        SchedulerOptions options = SchedulerOptions.defaults()
                .withDesiredRetention(Double.parseDouble(value("retention")))
                .withLearningSteps(Steps.parse(value("learning-steps")))
                .withRelearningSteps(Steps.parse(value("relearning-steps")))
                .withMaxInterval(Integer.parseInt(value("max-interval")))
                .withFuzz(fuzz);
        if (value("scheduler").equals("sm2")) {
            return new Sm2(options);
        }
        String params = value("fsrs-params");
        return new Fsrs6(params.isBlank() ? FsrsParameters.defaults() : FsrsParameters.parse(params), options);
    }

    private static void onOff(String v, String key) {
        if (!v.equals("on") && !v.equals("off")) {
            throw new IllegalArgumentException(key + " must be on or off, not \"" + v + "\"");
        }
    }

    /**
     * A plain decimal such as {@code 0.85}, or NaN for anything else: Double.parseDouble also takes
     * NaN, Infinity, hexadecimal and suffixed forms ({@code 0.9f}), which no one means for a setting.
     */
    private static double decimal(String v) {
        return PLAIN_DECIMAL.matcher(v).matches() ? Double.parseDouble(v) : Double.NaN;
    }

    private static int whole(String v, String key) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not \"" + v + "\"");
        }
    }

    private static void nonNegative(String v, String key) {
        if (whole(v, key) < 0) {
            throw new IllegalArgumentException(key + " must not be negative");
        }
    }
}
