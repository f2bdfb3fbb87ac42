package quizline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import quizline.env.Env;

/** The review log an {@code fsrs} command reads: {@code [FILE.csv]}, {@code --timezone}, and the profile's options. */
final class FsrsLogOptions {
    @Mixin
    ProfileOptions profile = new ProfileOptions();

    @Parameters(arity = "0..1", paramLabel = "FILE.csv", description = "A review log (default: the profile's).")
    Path file;

    @Option(
            names = "--timezone",
            paramLabel = "ZONE",
            description = "Time zone of the study days (default: this machine's).")
    String timezone;

    FsrsLog read(Env env) {
        return FsrsLog.read(file, profile, env, timezone);
    }
}
