package quizline.ui;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import quizline.fit.Evaluation;

/**
 * The scheduler part of {@code quizline stats}: which weights schedule the answers and when they
 * were fitted, then a calibration table, recall predicted in bins against what happened.
 */
public final class SchedulerView {
    private SchedulerView() {}

    /**
     * @param scheduler the profile's scheduler setting ({@code fsrs6} or {@code sm2})
     * @param weights the fsrs-params setting, empty for the defaults
     * @param fitted the fsrs-fitted setting, empty when not known
     * @param calibration the rows of the table, empty when no review was predicted
     * @param width the columns to wrap at
     */
    public static List<AttributedString> render(
            String scheduler, String weights, String fitted, List<Evaluation.CalibrationRow> calibration, int width) {
        List<AttributedString> lines = new ArrayList<>();
        for (AttributedString line : lines(scheduler, weights, fitted, calibration)) {
            // The table's rows (36 columns) keep their spacing; the prose wraps.
            boolean row = line.toString().startsWith("  ") && !line.toString().contains(", ");
            lines.addAll(line.length() == 0 || row ? List.of(line) : Wrap.wrap(line, width, 2));
        }
        return lines;
    }

    private static List<AttributedString> lines(
            String scheduler, String weights, String fitted, List<Evaluation.CalibrationRow> calibration) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(AttributedString.fromAnsi(""));
        if (scheduler.equals("sm2")) {
            lines.add(new AttributedString("Scheduler: SM-2 (quizline config scheduler fsrs6 for FSRS-6)."));
            return lines;
        }
        if (weights.isBlank()) {
            lines.add(new AttributedString(
                    "Scheduler: FSRS-6 with the published default weights (quizline fsrs optimize fits them to you)."));
        } else {
            lines.add(new AttributedString(
                    "Scheduler: FSRS-6 with weights " + (fitted.isBlank() ? "set by hand" : "fitted " + fitted) + ":"));
            // Spaces after the commas, so that the list wraps at the screen's width.
            lines.add(new AttributedString("  " + weights.replace(",", ", ")));
        }
        if (calibration.isEmpty()) {
            return lines;
        }
        int total =
                calibration.stream().mapToInt(Evaluation.CalibrationRow::count).sum();
        lines.add(new AttributedString(String.format(
                "Calibration of the weights in use, on %,d review%s on a later day than the one before:",
                total, total == 1 ? "" : "s")));
        lines.add(
                new AttributedString(String.format("  %-7s %7s %9s %8s", "range", "reviews", "predicted", "recalled")));
        for (Evaluation.CalibrationRow r : calibration) {
            String bin = r.from() == 0
                    ? String.format("< %.0f%%", r.to() * 100)
                    : String.format("%.0f-%.0f%%", r.from() * 100, r.to() * 100);
            lines.add(new AttributedString(String.format(
                    "  %-7s %,7d %8.1f%% %7.1f%%", bin, r.count(), r.predicted() * 100, r.actual() * 100)));
        }
        return lines;
    }
}
