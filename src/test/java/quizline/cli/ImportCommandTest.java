package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

class ImportCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/formats");

    @TempDir
    Path dir;

    private Path copy(String fixture, String as) throws IOException {
        return Files.copy(FIXTURES.resolve(fixture), dir.resolve(as));
    }

    private static Pack pack(Path file) throws IOException {
        PackReader.Result result = PackReader.read(Files.readString(file));
        assertEquals(List.of(), result.problems());
        return result.pack().orElseThrow();
    }

    @Test
    void importsAGiftFileBesideIt() throws IOException {
        Path gift = copy("windows.gift", "sco quiz.gift");
        Cli.Result r = Cli.run("import", gift.toString());
        assertEquals(0, r.exit(), r.err());
        Path json = dir.resolve("sco quiz.json");
        assertEquals("wrote " + json + ": 3 questions (pack \"sco-quiz\")\n", r.out());
        assertEquals(
                String.join(
                        "\n",
                        gift + ":3: warning: title \"Capital\" is not a quizline id: the question's id is \"capital\"",
                        gift + ":3: warning: question \"Capital\": feedback on its answers is kept in the explanation",
                        gift + ":9: warning: title \"Escapes\" is not a quizline id: the question's id is \"escapes\"",
                        gift + ":11: warning: title \"Numbers\" is not a quizline id: the question's id is \"numbers\"",
                        gift
                                + ": warning: GIFT does not say when its facts were true: the pack's asOf is today, 2026-11-25;"
                                + " change it if the facts are older",
                        ""),
                r.err());
        Pack pack = pack(json);
        assertEquals("sco-quiz", pack.id());
        assertEquals("sco quiz", pack.title());
        assertEquals(LocalDate.of(2026, 11, 25), pack.asOf());
        assertEquals(
                List.of("capital", "escapes", "numbers"),
                pack.questions().stream().map(Question::id).toList());
    }

    @Test
    void aGiftFileQuizlineWroteComesBackWithThePacksIdTitleVersionAndAsOf() throws IOException {
        Pack back = exportedAndImported("--gift", "export.gift");
        assertEquals(List.of(), back.sources());
    }

    @Test
    void aMoodleXmlExportComesBackAsThePackItCameFrom() throws IOException {
        Pack back = exportedAndImported("--moodle", "bank.xml");
        assertEquals(
                pack(Path.of("questions/sco-summits.json")).questions().stream()
                        .map(q -> q.withSource(null).withStatus(null).withFact(null, null))
                        .toList(),
                back.questions());
    }

    /** The bundled pack exported with {@code option} to {@code name}, then imported without a warning. */
    private Pack exportedAndImported(String option, String name) throws IOException {
        Path file = dir.resolve(name);
        Cli.Result export = Cli.run("export", option, "questions/sco-summits.json", "--out", file.toString());
        assertEquals(0, export.exit(), export.err());
        Cli.Result r = Cli.run("import", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        Pack original = pack(Path.of("questions/sco-summits.json"));
        Pack back = pack(dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".json"));
        assertEquals(original.id(), back.id());
        assertEquals(original.title(), back.title());
        assertEquals(original.version(), back.version());
        assertEquals(original.asOf(), back.asOf());
        return back;
    }

    @Test
    void aMoodleXmlFileThatIsNotWellFormedIsRefusedAtItsLineAndColumn() throws IOException {
        Path xml =
                Files.writeString(dir.resolve("broken.xml"), "<?xml version=\"1.0\"?>\n<quiz>\n<question>\n</quiz>\n");
        Cli.Result r = Cli.run("import", xml.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(xml + ":4:3: not well-formed XML: "), r.err());
        assertTrue(r.err().endsWith("quizline: " + xml + ": nothing imported: 1 problem\n"), r.err());
        assertFalse(Files.exists(dir.resolve("broken.json")));
    }

    /**
     * A file under the 32 MiB read cap whose pack would be over it (a quote becomes two characters in JSON) ended
     * in an internal error when the pack was checked. It is refused as what it is, and nothing is written.
     */
    @Test
    void aPackTooLargeToReadIsRefusedWithTheReasonAndNothingWritten() throws IOException {
        StringBuilder gift = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            gift.append("::q")
                    .append(i)
                    .append(":: Say ")
                    .append("\"".repeat(900_000))
                    .append("? {=yes}\n\n");
        }
        Path file = Files.writeString(dir.resolve("quotes.gift"), gift);
        Cli.Result r = Cli.run("import", file.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(
                "quizline: " + file
                        + ": nothing imported: the pack of 20 questions would be 34 MiB, more than the 32 MiB"
                        + " quizline reads from a pack; split the file and import each part\n",
                r.err());
        assertFalse(Files.exists(dir.resolve("quotes.json")));
    }

    @Test
    void aFileWithProblemsImportsNothingUnlessToldToSkipThem() throws IOException {
        Path gift = copy("errors.gift", "errors.gift");
        Cli.Result r = Cli.run(
                "import", gift.toString(), "--out", dir.resolve("e.json").toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        List<String> err = r.err().lines().toList();
        assertEquals(gift + ":3: \"{\" is not closed with \"}\" (write \\{ for a literal brace)", err.get(1));
        assertEquals(
                gift + ":27: a $CATEGORY line must be followed by a blank line (Moodle would read the next lines as"
                        + " part of the category name)",
                err.get(13));
        assertEquals(
                "quizline: " + gift + ": nothing imported: 13 problems (--skip-bad imports the other 1 question)",
                err.get(err.size() - 1));
        assertFalse(Files.exists(dir.resolve("e.json")));

        Cli.Result skipped = Cli.run(
                "import",
                gift.toString(),
                "--out",
                dir.resolve("e.json").toString(),
                "--skip-bad",
                "--id",
                "good-ones",
                "--title",
                "Good ones");
        assertEquals(0, skipped.exit(), skipped.err());
        assertEquals(
                "wrote " + dir.resolve("e.json") + ": 1 question (pack \"good-ones\"), 13 problems skipped\n",
                skipped.out());
        assertTrue(
                skipped.err()
                        .contains(gift + ":25: duplicated choice \"Astana\" in question \"same-choice-twice\""
                                + " (same as choice 0)\n"),
                skipped.err());
        Pack pack = pack(dir.resolve("e.json"));
        assertEquals("Good ones", pack.title());
        assertEquals(
                List.of("good"), pack.questions().stream().map(Question::id).toList());
    }

    @Test
    void anAnkiFileGivesItsPackIdAndDeck() throws IOException {
        Path txt = copy("every-type.anki.txt", "notes.txt");
        Cli.Result r = Cli.run("import", txt.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("wrote " + dir.resolve("notes.json") + ": 14 questions (pack \"every-type\")\n", r.out());
        assertEquals(
                txt + ": warning: Anki text does not say when its facts were true: the pack's asOf is today,"
                        + " 2026-11-25; change it if the facts are older\n",
                r.err());
        Pack pack = pack(dir.resolve("notes.json"));
        assertEquals("Every question type", pack.title());
    }

    @Test
    void aTextFileWithoutAnAnkiHeaderNeedsToBeToldItsFormat() throws IOException {
        Path txt = copy("hand-written.gift", "moodle-export.txt");
        Cli.Result r = Cli.run("import", txt.toString());
        assertEquals(2, r.exit());
        assertEquals(
                "quizline: " + txt + ": cannot tell whether this is Moodle GIFT, Moodle XML or Anki text: give --gift,"
                        + " --moodle or --anki\n"
                        + "Try 'quizline import --help' for more information.\n",
                r.err());
        Cli.Result gift = Cli.run("import", "--gift", txt.toString());
        assertEquals(0, gift.exit(), gift.err());
        assertEquals(
                "wrote " + dir.resolve("moodle-export.json") + ": 22 questions (pack \"moodle-export\")\n", gift.out());
    }

    @Test
    void neverOverwritesWithoutForce() throws IOException {
        Path gift = copy("windows.gift", "w.gift");
        Path json = Files.writeString(dir.resolve("w.json"), "keep me");
        Cli.Result r = Cli.run("import", gift.toString());
        assertEquals(1, r.exit());
        assertEquals(
                "quizline: " + json + ": already exists (--force overwrites it)",
                r.err().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals("keep me", Files.readString(json));
        Cli.Result forced = Cli.run("import", gift.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertEquals(3, pack(json).questions().size());
    }

    @Test
    void userMistakesAreOneLine() throws IOException {
        Cli.Result missing = Cli.run("import", dir.resolve("nope.gift").toString());
        assertEquals(1, missing.exit());
        assertEquals("quizline: " + dir.resolve("nope.gift") + ": no such file\n", missing.err());

        Path gift = copy("windows.gift", "w.gift");
        Cli.Result badId = Cli.run("import", gift.toString(), "--id", "Not An Id");
        assertEquals(2, badId.exit());
        assertEquals(
                "quizline: --id \"Not An Id\" is not a pack id: lowercase letters, digits, '.', '_' or '-'\n"
                        + "Try 'quizline import --help' for more information.\n",
                badId.err());

        Cli.Result both = Cli.run("import", gift.toString(), "--gift", "--anki");
        assertEquals(2, both.exit());
        assertEquals(2, both.err().lines().count(), both.err());

        Path empty = Files.writeString(dir.resolve("empty.gift"), "// nothing but a description\n\nJust text.\n");
        Cli.Result none = Cli.run("import", empty.toString());
        assertEquals(1, none.exit());
        assertEquals(
                "quizline: " + empty + ": no questions to import",
                none.err().lines().reduce((a, b) -> b).orElseThrow());
        assertFalse(Files.exists(dir.resolve("empty.json")));

        Cli.Result folder = Cli.run("import", dir.toString(), "--gift");
        assertEquals(1, folder.exit());
        assertEquals("quizline: " + dir + ": is a folder, not a file\n", folder.err());
    }
}
