package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

class ExportCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/formats");
    private static final String PACK = FIXTURES.resolve("every-type.json").toString();

    @TempDir
    Path dir;

    @Test
    void giftGoesToStdoutAndWhatCannotTravelToStderrAtTheQuestion() throws IOException {
        Cli.Result r = Cli.run("export", "--gift", PACK);
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(FIXTURES.resolve("every-type.gift")), r.out());
        assertEquals(
                String.join(
                        "\n",
                        PACK + ": warning: GIFT has no place for the pack's description and 1 source",
                        PACK
                                + ":11:6: warning: question \"host-city\": its source (a.txt, characters 0–40) does not travel in GIFT",
                        PACK
                                + ":22:6: warning: question \"kyrgyz-president\": its status \"draft\" does not travel in GIFT",
                        PACK
                                + ":40:6: warning: question \"two-blanks\": a cloze question with 2 blanks does not travel in GIFT"
                                + " (one blank a question): not exported",
                        ""),
                r.err());
    }

    @Test
    void moodleXmlGoesToStdoutAndEachKindOfLossIsSaidOnce() throws IOException {
        Cli.Result r = Cli.run("export", "--moodle", "questions/sco-summits.json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                Files.readString(Path.of("questions/sco-summits.json")).isEmpty(),
                r.out().isEmpty());
        assertTrue(r.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"), r.out());
        assertEquals(
                List.of(
                        "questions/sco-summits.json: warning: Moodle XML has no place for the pack's description and"
                                + " 5 sources",
                        "questions/sco-summits.json: warning: the pack's 4 conflicts are not exported",
                        "questions/sco-summits.json:34:7: warning: 102 questions (\"sco-founding-year\","
                                + " \"sco-founded-2002-false\", \"founding-members\", …) have a source, which does not"
                                + " travel in Moodle XML"),
                r.err().lines().toList());
    }

    @Test
    void anAnkiPackageNeedsAFileAndComesBackAsThePack() throws IOException {
        Cli.Result noFile = Cli.run("export", "--apkg", PACK);
        assertEquals(2, noFile.exit());
        assertTrue(noFile.err().contains("--apkg writes a zip file: give --out FILE.apkg"), noFile.err());

        Path out = dir.resolve("deck.apkg");
        Cli.Result r = Cli.run("export", "--apkg", PACK, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("wrote " + out + ": 14 questions of 14\n", r.out());
        Cli.Result back = Cli.run("import", out.toString());
        assertEquals(0, back.exit(), back.err());
        Pack pack = PackReader.read(Files.readString(dir.resolve("deck.json")))
                .pack()
                .orElseThrow();
        assertEquals("every-type", pack.id());
        assertEquals("Every question type", pack.title());
    }

    @Test
    void qtiPackagesNeedAFileNeverOverwrittenAndSayOnceWhatDoesNotTravel() throws IOException {
        for (String option : List.of("--qti", "--qti12")) {
            Cli.Result noFile = Cli.run("export", option, PACK);
            assertEquals(2, noFile.exit());
            assertTrue(noFile.err().contains(option + " writes a zip file: give --out FILE.zip"), noFile.err());

            Path out = dir.resolve(option.substring(2) + ".zip");
            Cli.Result r = Cli.run("export", option, PACK, "--out", out.toString());
            assertEquals(0, r.exit(), r.err());
            assertEquals("wrote " + out + ": 14 questions of 14\n", r.out());
            String format = option.equals("--qti") ? "QTI 2.1" : "QTI 1.2";
            assertEquals(
                    1,
                    r.err()
                            .lines()
                            .filter(l -> l.contains("have tags, which do not travel in " + format))
                            .count(),
                    r.err());
            assertTrue(r.err().lines().noneMatch(l -> l.contains("comes back")), r.err());
            try (var zip = new java.util.zip.ZipFile(out.toFile())) {
                assertTrue(zip.getEntry("imsmanifest.xml") != null);
            }

            byte[] written = Files.readAllBytes(out);
            Cli.Result again = Cli.run("export", option, PACK, "--out", out.toString());
            assertEquals(1, again.exit());
            assertEquals(1, again.err().lines().count(), again.err());
            assertArrayEquals(written, Files.readAllBytes(out));
        }
    }

    @Test
    void ankiGoesToAFileThatIsNeverOverwrittenWithoutForce() throws IOException {
        Path out = dir.resolve("notes.txt");
        Cli.Result r = Cli.run("export", "--anki", PACK, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("wrote " + out + ": 14 questions of 14\n", r.out());
        assertEquals(Files.readString(FIXTURES.resolve("every-type.anki.txt")), Files.readString(out));
        assertEquals(5, r.err().lines().count(), r.err());

        Files.writeString(out, "keep me");
        Cli.Result again = Cli.run("export", "--anki", PACK, "--out", out.toString());
        assertEquals(1, again.exit());
        assertEquals(
                "quizline: " + out + ": already exists (--force overwrites it)",
                again.err().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals("keep me", Files.readString(out));
        assertEquals(
                0,
                Cli.run("export", "--anki", PACK, "--out", out.toString(), "--force")
                        .exit());
        assertEquals(Files.readString(FIXTURES.resolve("every-type.anki.txt")), Files.readString(out));
    }

    @Test
    void exportThenImportGivesTheQuestionsBack() throws IOException {
        Path gift = dir.resolve("p.gift");
        Path txt = dir.resolve("p.txt");
        assertEquals(
                0, Cli.run("export", "--gift", PACK, "--out", gift.toString()).exit());
        assertEquals(
                0, Cli.run("export", "--anki", PACK, "--out", txt.toString()).exit());
        assertEquals(
                0,
                Cli.run(
                                "import",
                                gift.toString(),
                                "--out",
                                dir.resolve("from-gift.json").toString())
                        .exit());
        assertEquals(
                0,
                Cli.run(
                                "import",
                                txt.toString(),
                                "--out",
                                dir.resolve("from-anki.json").toString())
                        .exit());
        Pack original = PackReader.read(Files.readString(Path.of(PACK))).pack().orElseThrow();
        Pack fromGift = PackReader.read(Files.readString(dir.resolve("from-gift.json")))
                .pack()
                .orElseThrow();
        Pack fromAnki = PackReader.read(Files.readString(dir.resolve("from-anki.json")))
                .pack()
                .orElseThrow();
        assertEquals(
                original.questions().stream()
                        .map(Question::id)
                        .filter(id -> !id.equals("two-blanks"))
                        .toList(),
                fromGift.questions().stream().map(Question::id).toList());
        assertEquals(
                original.questions().stream().map(Question::prompt).toList(),
                fromAnki.questions().stream().map(Question::prompt).toList().stream()
                        .map(p -> p.replace("{{Astana}}.", "{{Astana|Nur-Sultan}}."))
                        .toList());
        assertEquals(original.id(), fromAnki.id());
        assertEquals(original.title(), fromAnki.title());
    }

    @Test
    void userMistakesAreOneLine() throws IOException {
        Cli.Result none = Cli.run("export", PACK);
        assertEquals(2, none.exit());
        Cli.Result both = Cli.run("export", "--gift", PACK, "--anki", PACK);
        assertEquals(2, both.exit());
        assertEquals(
                List.of(
                        "quizline: Error: [--gift=PACK] and [--anki=PACK] and [--moodle=PACK] and [--apkg=PACK] and [--qti=PACK] and [--qti12=PACK] are mutually exclusive (specify only one)",
                        "Try 'quizline export --help' for more information."),
                both.err().lines().toList());

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": 1, \"id\": \"Bad Id\"}\n");
        Cli.Result r = Cli.run("export", "--gift", broken.toString());
        assertEquals(1, r.exit());
        assertEquals(
                "quizline: " + broken
                        + ":1:1: missing required field \"title\" in the pack (and 6 more; 'quizline validate " + broken
                        + "' lists them)\n",
                r.err());

        Cli.Result noFolder = Cli.run(
                "export", "--gift", PACK, "--out", dir.resolve("no/such/p.gift").toString());
        assertEquals(1, noFolder.exit());
        assertEquals(
                "quizline: " + dir.resolve("no/such/p.gift") + ": no such folder",
                noFolder.err().lines().reduce((a, b) -> b).orElseThrow());
    }
}
