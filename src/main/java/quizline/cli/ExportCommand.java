package quizline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.formats.AnkiWriter;
import quizline.formats.ApkgWriter;
import quizline.formats.ExportNotice;
import quizline.formats.Exported;
import quizline.formats.ExportedZip;
import quizline.formats.GiftWriter;
import quizline.formats.MoodleXmlWriter;
import quizline.formats.Qti12Writer;
import quizline.formats.Qti21Writer;
import quizline.io.OutputFile;
import quizline.pack.Pack;
import quizline.pack.PackFile;
import quizline.store.ProgressExport;
import quizline.text.Counted;
import quizline.ui.Visible;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write a pack as GIFT, Moodle XML, Anki text or package, or QTI; or a profile's progress.",
            "QTI is a 2.1 content package (--qti) or Canvas's QTI 1.2 (--qti12).",
            "A pack goes to stdout or to --out FILE; a profile's progress to",
            "--revlog FILE.csv or --progress FILE.json.",
            "What the format cannot carry is reported on stderr,",
            "as pack.json:line:col: warning: message."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written (warnings or not)",
            "1:the pack cannot be read, or the file cannot be written",
            "2:bad command line"
        })
final class ExportCommand implements Callable<Integer>, ReadsEnv {
    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    /** One group a target, each with its own options: later targets (progress, review logs) are groups beside these. */
    static final class Target {
        @ArgGroup(exclusive = false, heading = "Moodle GIFT:%n")
        GiftTarget gift;

        @ArgGroup(exclusive = false, heading = "Anki text, for File › Import:%n")
        AnkiTarget anki;

        @ArgGroup(exclusive = false, heading = "Moodle XML, for a question bank's Import:%n")
        MoodleTarget moodle;

        @ArgGroup(exclusive = false, heading = "An Anki package, for File › Import (give --out FILE.apkg):%n")
        ApkgTarget apkg;

        @ArgGroup(exclusive = false, heading = "An IMS QTI 2.1 content package (give --out FILE.zip):%n")
        QtiTarget qti;

        @ArgGroup(exclusive = false, heading = "A QTI 1.2 package for Canvas Classic Quizzes (give --out FILE.zip):%n")
        Qti12Target qti12;

        @Option(
                names = "--revlog",
                paramLabel = "FILE.csv",
                description = "The profile's review log for the FSRS optimizer: card_id,review_time,review_rating,"
                        + "review_state,review_duration.")
        Path revlog;

        @Option(
                names = "--progress",
                paramLabel = "FILE.json",
                description = "All of the profile's progress (reviews, settings, suspensions, burials not yet over,"
                        + " flags and resets), for import --progress.")
        Path progress;
    }

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    static final class GiftTarget {
        @Option(names = "--gift", required = true, paramLabel = "PACK", description = "Export this pack as GIFT.")
        Path pack;
    }

    static final class AnkiTarget {
        @Option(names = "--anki", required = true, paramLabel = "PACK", description = "Export this pack as Anki text.")
        Path pack;
    }

    static final class MoodleTarget {
        @Option(
                names = "--moodle",
                required = true,
                paramLabel = "PACK",
                description = "Export this pack as Moodle XML.")
        Path pack;
    }

    static final class ApkgTarget {
        @Option(
                names = "--apkg",
                required = true,
                paramLabel = "PACK",
                description = "Export this pack as an Anki package.")
        Path pack;
    }

    static final class QtiTarget {
        @Option(
                names = "--qti",
                required = true,
                paramLabel = "PACK",
                description = "Export this pack as an IMS QTI 2.1 content package.")
        Path pack;
    }

    static final class Qti12Target {
        @Option(
                names = "--qti12",
                required = true,
                paramLabel = "PACK",
                description = "Export this pack as a QTI 1.2 package, as Canvas Classic Quizzes import it.")
        Path pack;
    }

    @Override
    public Integer call() {
        if (target.revlog != null || target.progress != null) {
            if (out != null) {
                throw new ParameterException(
                        spec.commandLine(), "--out is for packs; --revlog and --progress name their file");
            }
            PrintWriter stdout = Visible.writer(spec.commandLine().getOut());
            stdout.println(ProgressExport.write(
                    () -> profile.openForReading(env),
                    target.revlog != null ? ProgressExport.Format.REVLOG : ProgressExport.Format.PROGRESS,
                    target.revlog != null ? target.revlog : target.progress,
                    force,
                    env.clock().instant()));
            stdout.flush();
            return ExitCodes.OK;
        }
        if (target.apkg != null) {
            return zip(
                    "--apkg",
                    "FILE.apkg",
                    target.apkg.pack,
                    pack -> ApkgWriter.write(pack, env.clock().instant()));
        }
        if (target.qti != null) {
            return zip("--qti", "FILE.zip", target.qti.pack, Qti21Writer::write);
        }
        if (target.qti12 != null) {
            return zip("--qti12", "FILE.zip", target.qti12.pack, Qti12Writer::write);
        }
        PackFile pack = PackFile.read(
                target.gift != null ? target.gift.pack : target.anki != null ? target.anki.pack : target.moodle.pack);
        Exported exported = target.gift != null
                ? GiftWriter.write(pack.pack())
                : target.anki != null ? AnkiWriter.write(pack.pack()) : MoodleXmlWriter.write(pack.pack());
        warn(pack, exported.notices());
        PrintWriter stdout = Visible.writer(spec.commandLine().getOut());
        if (out == null) {
            stdout.print(exported.text());
        } else {
            OutputFile.write(out, exported.text(), force);
            stdout.println("wrote " + out + ": " + Counted.of(exported.questions(), "question") + " of "
                    + pack.pack().questions().size());
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** A package is a binary zip: it goes to --out only. */
    private Integer zip(String option, String file, Path packPath, Function<Pack, ExportedZip> writer) {
        if (out == null) {
            throw new ParameterException(spec.commandLine(), option + " writes a zip file: give --out " + file);
        }
        OutputFile.checkWritable(out, force);
        PackFile pack = PackFile.read(packPath);
        ExportedZip written = writer.apply(pack.pack());
        warn(pack, written.notices());
        OutputFile.write(out, stream -> stream.write(written.bytes()), force);
        PrintWriter stdout = Visible.writer(spec.commandLine().getOut());
        stdout.println("wrote " + out + ": " + Counted.of(written.questions(), "question") + " of "
                + pack.pack().questions().size());
        stdout.flush();
        return ExitCodes.OK;
    }

    private void warn(PackFile pack, java.util.List<ExportNotice> notices) {
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        for (ExportNotice notice : notices) {
            String where = notice.aboutPack() ? pack.name() : pack.at("/questions/" + notice.question() + "/id");
            err.println(where + ": warning: " + notice.message());
        }
        err.flush();
    }
}
