package quizline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that choose what to study; shared by {@code quizline} and {@code quizline study}. */
final class StudyOptions {
    @Mixin
    ProfileOptions profile = new ProfileOptions();

    @Option(names = "--pack", paramLabel = "ID", description = "Study only the pack with this id.")
    String packId;

    @Option(names = "--tag", paramLabel = "TAG", description = "Study only questions with this tag.")
    String tag;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "200",
            description = "End the session after N answers (default: ${DEFAULT-VALUE}); the daily limits also apply.")
    int limit;

    @Option(
            names = "--cram",
            description = "Drill the selected questions regardless of due dates; their schedule is not changed.")
    boolean cram;

    @Option(
            names = "--articles",
            paramLabel = "DIR",
            description =
                    "Folder of source articles, to quote the supporting sentence (repeatable; also $QUIZLINE_ARTICLES).")
    List<Path> articleFolders = new ArrayList<>();
}
