package quizline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "progress",
        mixinStandardHelpOptions = true,
        description = {
            "Export or import a profile's progress.",
            "  quizline progress export --revlog FILE.csv     review log for the FSRS optimizer",
            "  quizline progress export --progress FILE.json  everything, for import",
            "  quizline progress import --progress FILE.json  adds what the profile does not have yet"
        },
        subcommands = {ProgressCommand.Export.class, ProgressCommand.Import.class})
final class ProgressCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "say what to do: export or import");
    }

    /** Exactly one of the two file kinds. */
    static final class ExportTarget {
        @Option(names = "--revlog", paramLabel = "FILE",
                description = "CSV of the scheduled reviews: card_id,review_time,review_rating,review_state,review_duration.")
        Path revlog;

        @Option(names = "--progress", paramLabel = "FILE", description = "JSON of every review and setting.")
        Path progress;
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the profile's progress to a file.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "1:the file exists (without --force), cannot be written, or no progress", "2:bad command line"})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProfileOptions profile = new ProfileOptions();

        @ArgGroup(exclusive = true, multiplicity = "1")
        ExportTarget target;

        @Option(names = "--force", description = "Replace FILE if it exists.")
        boolean force;

        @Override
        public Integer call() {
            boolean revlog = target.revlog != null;
            return ProgressExport.run(profile, System.getenv(), revlog ? ProgressExport.Format.REVLOG : ProgressExport.Format.PROGRESS,
                    revlog ? target.revlog : target.progress, force, spec.commandLine().getOut());
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add a progress file's reviews and settings to the profile; reviews it already has are skipped,",
                "so importing a file twice adds nothing. The card states are rebuilt from the log."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:imported", "1:the file has a problem (file:line: message; nothing imported)", "2:bad command line"})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProfileOptions profile = new ProfileOptions();

        @Option(names = "--progress", paramLabel = "FILE", required = true, description = "A file from 'progress export --progress'.")
        Path progress;

        @Override
        public Integer call() {
            return ProgressImport.run(profile, System.getenv(), progress, spec.commandLine().getOut());
        }
    }
}
