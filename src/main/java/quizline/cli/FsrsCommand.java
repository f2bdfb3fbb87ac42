package quizline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quizline.formats.RevlogCsv;
import quizline.formats.RevlogFormatException;
import quizline.io.InputFile;
import quizline.io.UserError;
import quizline.schedule.Card;
import quizline.schedule.Fsrs6;
import quizline.schedule.FsrsParameters;
import quizline.schedule.Rating;
import quizline.schedule.Replay;
import quizline.schedule.SchedulerOptions;
import quizline.schedule.Steps;
import quizline.text.Numbers;
import quizline.ui.Visible;

/** {@code quizline fsrs …}: tools around the FSRS-6 scheduler. */
@Command(
        name = "fsrs",
        description = "Tools around the FSRS-6 spaced-repetition scheduler.",
        subcommands = {
            FsrsCommand.ReplayCommand.class,
            FsrsOptimizeCommand.class,
            FsrsEvaluateCommand.class,
            FsrsRetentionCommand.class
        })
public final class FsrsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /**
     * {@code quizline fsrs replay FILE.csv…}: replays review logs and prints the state after each
     * review as JSON lines. Options are taken as text and checked here, so a bad value gives one
     * line of error rather than picocli's usage page.
     */
    @Command(
            name = "replay",
            description = "Replay review logs (CSV with card_id, review_time, review_rating) through FSRS-6 and"
                    + " print one JSON object per review: card_id, i, review_time, rating, state, stability,"
                    + " difficulty, retrievability (before the review), scheduled_days, due. Cards come in order"
                    + " of first appearance; each starts new at its first review.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every file replayed", "1:a file could not be read or is malformed", "2:bad option"})
    static final class ReplayCommand implements Callable<Integer> {
        /** Shortest round-trip digits for doubles, as JavaScript prints them. */
        private static final JsonFactory JSON = JsonFactory.builder()
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .build();
        /** Below 2^53 every integral double is exact as a long. */
        @Spec
        CommandSpec spec;

        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help message and exit.")
        boolean help;

        @Parameters(arity = "1..*", paramLabel = "FILE.csv", description = "Review logs to replay.")
        List<Path> files;

        @Option(names = "--retention", paramLabel = "R", description = "Desired retention, 0 < R <= 1 (default 0.9).")
        String retention = "0.9";

        @Option(
                names = "--learning-steps",
                paramLabel = "STEPS",
                description = "Steps of a new card, e.g. 1m,10m; '' for none (default 1m,10m).")
        String learningSteps = "1m,10m";

        @Option(
                names = "--relearning-steps",
                paramLabel = "STEPS",
                description = "Steps after a lapse, e.g. 10m; '' for none (default 10m).")
        String relearningSteps = "10m";

        @Option(names = "--no-short-term", description = "Schedule every review in whole days; ignore the steps.")
        boolean noShortTerm;

        @Option(names = "--max-interval", paramLabel = "D", description = "Cap in days on an interval (default 36500).")
        String maxInterval = "36500";

        @Option(
                names = "--params",
                paramLabel = "W0,...,W20",
                description = "The 21 FSRS-6 weights (default: published defaults).")
        String params;

        @Option(names = "--fuzz", description = "Fuzz review intervals, seeded by card id and review count.")
        boolean fuzz;

        @Override
        public Integer call() {
            PrintWriter out = Visible.writer(spec.commandLine().getOut());
            PrintWriter err = Visible.writer(spec.commandLine().getErr());
            Fsrs6 scheduler;
            try {
                scheduler = scheduler();
            } catch (BadOption e) {
                throw UserError.usage(e.getMessage());
            }
            int exit = ExitCodes.OK;
            for (Path file : files) {
                try {
                    String lines = replay(scheduler, file);
                    out.print(lines);
                    out.flush();
                } catch (RevlogFormatException e) {
                    err.println(e.getMessage());
                    err.flush();
                    exit = ExitCodes.FAILURE;
                } catch (InputFile.Refused e) {
                    err.println(e.getMessage());
                    err.flush();
                    exit = ExitCodes.FAILURE;
                } catch (IOException e) {
                    err.println(file + ": cannot read: " + describe(e));
                    err.flush();
                    exit = ExitCodes.FAILURE;
                }
            }
            return exit;
        }

        private Fsrs6 scheduler() throws BadOption {
            double r = option("--retention", () -> SchedulerOptions.checkRetention(parseDouble(retention)));
            Steps learning = option("--learning-steps", () -> Steps.parse(learningSteps));
            Steps relearning = option("--relearning-steps", () -> Steps.parse(relearningSteps));
            int max = option("--max-interval", () -> SchedulerOptions.checkMaxInterval(parseDays(maxInterval)));
            FsrsParameters weights =
                    option("--params", () -> params == null ? FsrsParameters.defaults() : FsrsParameters.parse(params));
            SchedulerOptions options = new SchedulerOptions(r, learning, relearning, !noShortTerm, max, fuzz);
            return option("--params", () -> new Fsrs6(weights, options));
        }

        /** Reads and replays the whole file before anything is printed, so a bad row prints nothing. */
        private static String replay(Fsrs6 scheduler, Path file) throws IOException, RevlogFormatException {
            List<RevlogCsv.Row> rows;
            try (Reader reader = new BufferedReader(new InputStreamReader(
                    InputFile.open(file, InputFile.TEXT_CAP), StandardCharsets.UTF_8.newDecoder()))) {
                rows = RevlogCsv.read(reader, file.toString());
            }
            List<Replay.Review> reviews = rows.stream()
                    .map(row -> new Replay.Review(row.cardId(), row.reviewTime(), Rating.ofGrade(row.rating())))
                    .toList();
            return jsonLines(Replay.run(scheduler, reviews));
        }

        private static String jsonLines(List<Replay.Outcome> outcomes) {
            StringWriter text = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(text)) {
                json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
                for (Replay.Outcome o : outcomes) {
                    Card card = o.card();
                    json.writeStartObject();
                    json.writeStringField("card_id", o.cardId());
                    json.writeNumberField("i", o.index());
                    json.writeStringField("review_time", o.time().toString());
                    json.writeNumberField("rating", o.rating().grade());
                    json.writeStringField("state", card.state().label());
                    json.writeFieldName("stability");
                    writeNumber(json, card.stability());
                    json.writeFieldName("difficulty");
                    writeNumber(json, card.difficulty());
                    json.writeFieldName("retrievability");
                    if (o.retrievability().isPresent()) {
                        writeNumber(json, o.retrievability().getAsDouble());
                    } else {
                        json.writeNull();
                    }
                    json.writeNumberField("scheduled_days", card.scheduledDays());
                    json.writeStringField("due", card.due().toString());
                    json.writeEndObject();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory cannot fail", e);
            }
            return outcomes.isEmpty() ? "" : text + "\n";
        }

        /** Integral values without {@code .0} ({@code 1}, {@code 36500}), so the lines read as the reference's do. */
        private static void writeNumber(JsonGenerator json, double value) throws IOException {
            OptionalLong whole = Numbers.whole(value);
            if (whole.isPresent()) {
                json.writeNumber(whole.getAsLong());
            } else {
                json.writeNumber(value);
            }
        }

        private static double parseDouble(String text) {
            try {
                double value = Double.parseDouble(text.strip());
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("expected a number, got \"" + text + "\"");
        }

        private static int parseDays(String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a whole number of days, got \"" + text + "\"");
            }
        }

        private static String describe(IOException e) {
            if (e instanceof NoSuchFileException) {
                return "no such file";
            }
            if (e instanceof CharacterCodingException) {
                return "not UTF-8 text";
            }
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }

        private static <T> T option(String name, OptionParser<T> parser) throws BadOption {
            try {
                return parser.parse();
            } catch (IllegalArgumentException e) {
                throw new BadOption(name + ": " + e.getMessage());
            }
        }

        @FunctionalInterface
        private interface OptionParser<T> {
            T parse();
        }

        private static final class BadOption extends Exception {
            private static final long serialVersionUID = 1L;

            BadOption(String message) {
                super(message);
            }
        }
    }
}
