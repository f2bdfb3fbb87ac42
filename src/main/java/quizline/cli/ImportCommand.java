package quizline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.formats.AnkiPackage;
import quizline.formats.AnkiReader;
import quizline.formats.ApkgReader;
import quizline.formats.GiftReader;
import quizline.formats.Imported;
import quizline.formats.MoodleXmlReader;
import quizline.io.OutputFile;
import quizline.io.TextFile;
import quizline.io.UserError;
import quizline.pack.LocatedJson;
import quizline.pack.Pack;
import quizline.pack.PackCache;
import quizline.pack.PackJson;
import quizline.pack.PackLibrary;
import quizline.pack.PackRules;
import quizline.pack.Question;
import quizline.session.ProfileSettings;
import quizline.store.ProgressImport;
import quizline.store.SqlProgressStore;
import quizline.text.Counted;
import quizline.ui.Visible;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Make a pack from a Moodle GIFT file, a Moodle XML file, an Anki package or an Anki text file.",
            "What was changed or left out is reported on stderr as file:line: warning: message,",
            "problems as file:line: message; a file with problems imports nothing unless --skip-bad."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the pack was written",
            "1:the file has problems, or the pack cannot be written",
            "2:bad command line"
        })
final class ImportCommand implements Callable<Integer>, ReadsEnv {
    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "The file to import: FILE.gift, FILE.xml from Moodle, FILE.apkg or FILE.txt from Anki.")
    Path file;

    @Option(
            names = "--progress",
            paramLabel = "FILE.json",
            arity = "0..1",
            fallbackValue = "",
            description = {
                "Instead: add the progress in FILE.json (from export --progress) to a profile.",
                "With an Anki package (FILE.apkg --progress): its review log too, as this profile's history."
            })
    String progress;

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    @ArgGroup(exclusive = true, heading = "What the file is (by default, from its name and first line):%n")
    Source source;

    @ArgGroup(exclusive = false, heading = "The pack it makes:%n")
    PackOptions packOptions = new PackOptions();

    @Option(names = "--force", description = "Overwrite the output file if it exists.")
    boolean force;

    /** The run's environment, with today for the pack's asOf. */
    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    /** One option a format; a later kind of file (progress, review logs) is one more option here. */
    static final class Source {
        @Option(names = "--gift", required = true, description = "The file is Moodle GIFT.")
        boolean gift;

        @Option(
                names = "--anki",
                required = true,
                description = "The file is Anki text (File › Export › Notes in Plain Text).")
        boolean anki;

        @Option(names = "--moodle", required = true, description = "The file is Moodle XML.")
        boolean moodle;
    }

    static final class PackOptions {
        @Option(
                names = "--out",
                paramLabel = "PACK.json",
                description = "Where to write the pack (default: FILE with .json).")
        Path out;

        @Option(names = "--id", paramLabel = "PACK_ID", description = "The pack's id (default: from the file).")
        String id;

        @Option(
                names = "--title",
                paramLabel = "TITLE",
                description = "The pack's title (default: the Anki deck, or the file name).")
        String title;

        @Option(
                names = "--skip-bad",
                description = "Import the good questions of a file that has problems, and list the bad ones.")
        boolean skipBad;
    }

    private enum Format {
        GIFT("GIFT"),
        MOODLE_XML("Moodle XML"),
        ANKI("Anki text"),
        ANKI_PACKAGE("an Anki package");

        final String label;

        Format(String label) {
            this.label = label;
        }
    }

    @Override
    public Integer call() {
        boolean history = false;
        if (progress != null && (progress.isEmpty() || isPackage(Path.of(progress)))) {
            // "import deck.apkg --progress", or "import --progress deck.apkg": the package with its history
            history = true;
            if (!progress.isEmpty()) {
                if (file != null) {
                    throw new ParameterException(spec.commandLine(), "give one Anki package, not two files");
                }
                file = Path.of(progress);
            }
            if (file == null || !isPackage(file)) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--progress without FILE.json brings the review log of an Anki package: give FILE.apkg");
            }
        } else if (progress != null) {
            if (file != null || source != null) {
                throw new ParameterException(
                        spec.commandLine(), "--progress imports progress, not a pack: give no FILE");
            }
            List<String> lines = ProgressImport.run(
                    new ProgressImport.Profile(profile.fileOrNull(env), () -> profile.openForWriting(env)),
                    Path.of(progress),
                    ProfileSettings::checkIfKnown,
                    () ->
                            PackLibrary.load(env.dataDir(), env.packPaths(), PackCache.in(env.cacheDir()))
                                    .packList()
                                    .stream()
                                    .map(Pack::id)
                                    .collect(Collectors.toSet()),
                    env.clock());
            PrintWriter stdout = Visible.writer(spec.commandLine().getOut());
            lines.forEach(stdout::println);
            stdout.flush();
            return ExitCodes.OK;
        }
        if (file == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "missing FILE (a .gift, Moodle .xml, Anki .apkg or Anki .txt file), or --progress FILE.json");
        }
        if (packOptions.id != null && !PACK_ID.matcher(packOptions.id).matches()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--id \"" + packOptions.id + "\" is not a pack id: lowercase letters, digits, '.', '_' or '-'");
        }
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        String name = file.toString();
        Format format;
        Imported imported;
        AnkiPackage.Collection collection = null;
        Map<Long, String> questionOfCard = Map.of();
        if (isPackage(file)) {
            if (source != null) {
                throw new ParameterException(spec.commandLine(), file + ": an Anki package needs no format option");
            }
            format = Format.ANKI_PACKAGE;
            collection = AnkiPackage.read(file);
            ApkgReader.Read read = ApkgReader.read(collection);
            imported = read.imported();
            questionOfCard = read.questionOfCard();
        } else {
            String text = TextFile.read(file);
            format = format(text);
            imported = switch (format) {
                case GIFT -> GiftReader.read(text);
                case MOODLE_XML -> MoodleXmlReader.read(text);
                case ANKI -> AnkiReader.read(text);
                case ANKI_PACKAGE -> throw new IllegalStateException("a package is read above");
            };
        }
        imported.warnings().forEach(w -> err.println(w.warning(name)));
        imported.errors().forEach(e -> err.println(e.format(name)));
        err.flush();
        int good = imported.questions().size();
        if (!imported.ok() && !packOptions.skipBad) {
            throw new UserError(name + ": nothing imported: "
                    + Counted.of(imported.errors().size(), "problem")
                    + (good == 0 ? "" : " (--skip-bad imports the other " + Counted.of(good, "question") + ")"));
        }
        if (good == 0) {
            throw new UserError(name + ": no questions to import");
        }
        String stem = stem(file);
        LocalDate today = LocalDate.now(env.clock());
        Pack pack = imported.toPack(
                packOptions.id != null ? packOptions.id : imported.packIdOr(stem),
                packOptions.title != null ? packOptions.title : imported.title().orElse(stem),
                imported.asOf().orElse(today));
        String json = PackJson.write(pack);
        if (json.length() > LocatedJson.MAX_DOCUMENT_LENGTH) {
            // A pack quizline would refuse to read: said as such, not found out by the check below
            throw new UserError(name + ": nothing imported: the pack of " + Counted.of(good, "question") + " would be "
                    + json.length() / (1024 * 1024) + " MiB, more than the "
                    + LocatedJson.MAX_DOCUMENT_LENGTH / (1024 * 1024)
                    + " MiB quizline reads from a pack; split the file and import each part");
        }
        if (imported.asOf().isEmpty()) {
            err.println(name + ": warning: " + format.label + " does not say when its facts were true: the pack's asOf"
                    + " is today, " + today + "; change it if the facts are older");
            err.flush();
        }
        List<String> problems = PackRules.check(pack);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("an imported pack does not validate: " + problems.get(0));
        }
        Path target = packOptions.out != null ? packOptions.out : file.resolveSibling(stem + ".json");
        OutputFile.write(target, json, force);
        out.println("wrote " + target + ": " + Counted.of(good, "question") + " (pack \"" + pack.id() + "\")"
                + (imported.ok() ? "" : ", " + Counted.of(imported.errors().size(), "problem") + " skipped"));
        if (history) {
            Map<String, Question> byId = new HashMap<>();
            pack.questions().forEach(q -> byId.put(q.id(), q));
            try (SqlProgressStore store = profile.openForWriting(env)) {
                AnkiHistory.Result result = AnkiHistory.replay(
                        store,
                        ProfileSettings.of(store.settings()).scheduler(true),
                        pack.id(),
                        byId,
                        questionOfCard,
                        collection);
                out.println(result.line(pack.id()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** From the option, else the extension; a .txt may be either, so its first line decides: Anki's opens with a header. */
    private Format format(String content) {
        if (source != null) {
            return source.gift ? Format.GIFT : source.moodle ? Format.MOODLE_XML : Format.ANKI;
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gift")) {
            return Format.GIFT;
        }
        if (MoodleXmlReader.looksLikeMoodleXml(content)) {
            return Format.MOODLE_XML;
        }
        boolean text = lower.endsWith(".txt") || lower.endsWith(".tsv") || lower.endsWith(".csv");
        if (text && AnkiReader.looksLikeAnki(content)) {
            return Format.ANKI;
        }
        throw new ParameterException(
                spec.commandLine(),
                file + ": cannot tell whether this is Moodle GIFT, Moodle XML or Anki text: give --gift, --moodle or"
                        + " --anki");
    }

    /** An Anki package: named .apkg, or a zip (Anki's own files always are). */
    private static boolean isPackage(Path file) {
        String lower =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".apkg")) {
            return true;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            return false; // a pipe ("import <(curl ...)") can be read once: looking at its first bytes would lose them
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
