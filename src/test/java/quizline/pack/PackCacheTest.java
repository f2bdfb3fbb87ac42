package quizline.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs kept read in the cache: the same pack as the file's, and the file wins whenever the two could differ. */
class PackCacheTest {
    /** A time well before the test runs: a file modified "now" is not kept yet (it may still be being written). */
    private static final FileTime SETTLED = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

    @TempDir
    Path home;

    /** A published pack with what the test packs of the formats lack: a settled conflict, doubts, a tolerance. */
    private static String pack(String id, String prompt) {
        return "{\"format\": 1, \"id\": \"" + id + "\", \"title\": \"T\", \"version\": 2, \"asOf\": \"2026-01-01\","
                + " \"sources\": [{\"article\": \"a.txt\", \"published\": \"2025-12-31\"}],"
                + " \"questions\": [{\"id\": \"q1\", \"type\": \"numeric\", \"prompt\": \"" + prompt + "\","
                + " \"answer\": 2001.5, \"tolerance\": 0.5, \"fact\": \"f1\", \"asOf\": \"2025-06-30\","
                + " \"source\": {\"article\": \"a.txt\", \"start\": 0, \"end\": 9}}],"
                + " \"conflicts\": [{\"id\": \"c\", \"about\": \"the year\", \"values\": [{\"value\": \"2001\","
                + " \"source\": {\"article\": \"a.txt\", \"start\": 0, \"end\": 9}}, {\"value\": \"2002\","
                + " \"source\": {\"article\": \"a.txt\", \"start\": 10, \"end\": 19}}], \"questions\": [\"q1\"],"
                + " \"resolved\": \"2001\"}],"
                + " \"doubts\": [{\"fact\": \"f1\", \"confidence\": 0.75, \"rule\": \"founded.2\"}]}";
    }

    private PackCache cache() {
        return PackCache.in(home.resolve("cache"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = Files.writeString(home.resolve(name), text);
        Files.setLastModifiedTime(file, SETTLED);
        return file;
    }

    private PackLibrary load(PackCache cache, Path file) {
        return PackLibrary.load(home.resolve("data"), List.of(file), cache);
    }

    private static Pack only(PackLibrary library, String id) {
        return library.pack(id).orElseThrow().pack();
    }

    /** Where the cache keeps a file's pack (the bundled packs have entries of their own beside it). */
    private Path entry(Path file) {
        return home.resolve("cache/packs")
                .resolve(Integer.toHexString(file.toAbsolutePath().toString().hashCode()) + ".pack");
    }

    /** The file's text replaced by another of the same length, its modification time put back. */
    private static void rewriteKeepingStamp(Path file, String text) throws IOException {
        assertEquals(Files.size(file), text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, modified);
    }

    @Test
    void everyPackOfTheRepositoryComesBackFromItsBinaryFormEqualToTheFilesReading() throws Exception {
        List<String> texts = List.of(
                Files.readString(Path.of("questions/sco-summits.json")),
                Files.readString(Path.of("src/test/resources/formats/every-type.json")),
                Files.readString(Path.of("src/test/resources/hostile/hostile.json")),
                pack("club", "Which year?"));
        for (String text : texts) {
            Pack read = PackReader.read(text).pack().orElseThrow();
            assertEquals(read, PackCodec.decode(ByteBuffer.wrap(PackCodec.encode(read))));
        }
    }

    /**
     * A kept pack's questions are decoded one by one as asked for: their ids, statuses, facts and sources (what keys
     * progress, makes a draft and tells siblings apart) come without decoding any, and each question decoded is the one the file holds, in any order asked,
     * shared strings (tags, an article, a fact) included, across the bundled pack and packs of every type of question.
     */
    @Test
    void aKeptPackDecodesEachQuestionWhenAskedAndGivesTheFilesQuestions() throws Exception {
        List<String> texts = List.of(
                Files.readString(Path.of("questions/sco-summits.json")),
                Files.readString(Path.of("src/test/resources/formats/every-type.json")),
                Files.readString(Path.of("src/test/resources/hostile/hostile.json")),
                pack("club", "Which year?"));
        for (String text : texts) {
            Pack read = PackReader.read(text).pack().orElseThrow();
            Pack kept = PackCodec.decode(ByteBuffer.wrap(PackCodec.encode(read)));
            PackedQuestions questions = (PackedQuestions) kept.questions();
            assertEquals(read.questions().size(), questions.size());
            for (int i = 0; i < read.questions().size(); i++) {
                assertEquals(read.questions().get(i).id(), kept.questionId(i));
                assertEquals(read.questions().get(i).fact(), kept.questionFact(i));
                assertEquals(read.questions().get(i).source(), kept.questionSource(i));
            }
            assertEquals(
                    read.questions().stream().filter(q -> q.status() != null).count(),
                    PackedQuestions.withStatus(questions));
            assertEquals(0, questions.decodedCount(), "nothing decoded to read ids, statuses, facts and sources");
            // Last first, then every other one: each is the file's question whatever was decoded before it
            for (int i = read.questions().size() - 1; i >= 0; i -= 2) {
                assertEquals(read.questions().get(i), questions.get(i));
            }
            assertEquals((read.questions().size() + 1) / 2, questions.decodedCount());
            assertEquals(read, kept);
            assertEquals(read.questions().size(), questions.decodedCount());
            assertEquals(Pack.class, kept.withSchema(null).getClass());
            assertTrue(kept.withSchema(null).questions() instanceof PackedQuestions, "a copy keeps the list as it is");
        }
    }

    /** A draft kept in the cache is still a draft: its questions' statuses are read without decoding them. */
    @Test
    void aDraftKeptInTheCacheIsStillADraft() throws IOException {
        String draft = pack("club", "Which year?\", \"status\": \"draft");
        Path file = write("club.json", draft);
        PackLibrary first = load(cache(), file);
        assertEquals(1, first.drafts().size(), () -> first.warnings().toString());
        PackLibrary again = load(cache(), file);
        assertEquals(1, again.drafts().size());
        assertTrue(again.pack("club").isEmpty());
        assertEquals(
                "1 question not reviewed yet",
                PackLibrary.draftState(again.drafts().get(0).pack()));
        assertTrue(again.drafts().get(0).pack().questions() instanceof PackedQuestions, "taken from the cache");
    }

    /**
     * The fingerprints of the answers are kept with the pack, worked out once per file: a load from the cache gives
     * those of the pack it kept, each as the question's own fingerprint.
     */
    @Test
    void theAnswersFingerprintsAreKeptWithThePack() throws IOException {
        Path file = write("club.json", pack("club", "Which year?"));
        PackLibrary.Loaded read = load(cache(), file).pack("club").orElseThrow();
        Question keyed = read.pack().questions().get(0);
        assertEquals(Answers.keyHash(keyed), read.answerKeys().hash(0));
        // The same stamp, another answer: the entry is used, with the first answer's fingerprint
        rewriteKeepingStamp(file, pack("club", "Which year?").replace("2001.5", "2002.5"));
        PackLibrary.Loaded kept = load(cache(), file).pack("club").orElseThrow();
        assertEquals(read.pack(), kept.pack());
        assertEquals(Answers.keyHash(keyed), kept.answerKeys().hash(0));
        Question changed = PackReader.read(Files.readString(file))
                .pack()
                .orElseThrow()
                .questions()
                .get(0);
        assertNotEquals(Answers.keyHash(changed), kept.answerKeys().hash(0));
        assertEquals(
                Answers.keyHash(changed),
                load(PackCache.none(), file)
                        .pack("club")
                        .orElseThrow()
                        .answerKeys()
                        .hash(0));
    }

    /** Two short questions: {@code first} answered by {@code a}, {@code second} by {@code b}, both asked {@code prompt}. */
    private static String twoQuestions(String first, String a, String second, String b, String prompt) {
        return "{\"format\": 1, \"id\": \"two\", \"title\": \"T\", \"version\": 1, \"asOf\": \"2026-01-01\","
                + " \"sources\": [], \"questions\": ["
                + "{\"id\": \"" + first + "\", \"type\": \"short\", \"prompt\": \"" + prompt + "\", \"answer\": \""
                + a + "\"}, {\"id\": \"" + second + "\", \"type\": \"short\", \"prompt\": \"" + prompt
                + "\", \"answer\": \"" + b + "\"}]}";
    }

    private String ofPack(PackCache cache, String text) throws IOException {
        Path file = write("two.json", text);
        return load(cache, file).pack("two").orElseThrow().answerKeys().ofPack();
    }

    /**
     * The fingerprint of a pack's answers as a whole is kept with the pack, the same as the file's reading gives, and
     * it names each question's answer by the question's id: a reworded prompt keeps it, a changed answer or two ids
     * swapped change it.
     */
    @Test
    void theFingerprintOfThePacksAnswersIsKeptAndNamesEachAnswerByItsQuestion() throws IOException {
        String text = twoQuestions("q1", "Astana", "q2", "Paris", "Where?");
        String read = ofPack(PackCache.none(), text);
        assertEquals(64, read.length());
        assertEquals(read, ofPack(cache(), text), "the load that keeps it");
        // The same stamp, another answer: the entry is used, with the first answers' fingerprint
        rewriteKeepingStamp(home.resolve("two.json"), twoQuestions("q1", "Astane", "q2", "Paris", "Where?"));
        assertEquals(
                read,
                load(cache(), home.resolve("two.json"))
                        .pack("two")
                        .orElseThrow()
                        .answerKeys()
                        .ofPack());
        assertEquals(read, ofPack(PackCache.none(), twoQuestions("q1", "Astana", "q2", "Paris", "Where now?")));
        assertNotEquals(read, ofPack(PackCache.none(), twoQuestions("q1", "Astana", "q2", "Rome", "Where?")));
        assertNotEquals(read, ofPack(PackCache.none(), twoQuestions("q2", "Astana", "q1", "Paris", "Where?")));
    }

    @Test
    void theSecondLoadTakesThePackFromTheCacheAndItIsTheSamePack() throws IOException {
        Path file = write("club.json", pack("club", "Which year?"));
        Pack parsed = only(load(cache(), file), "club");
        assertTrue(Files.isRegularFile(entry(file)));
        // Same size, same time, other text: only a load from the cache still sees the first prompt.
        rewriteKeepingStamp(file, pack("club", "Whose year?"));
        PackLibrary again = load(cache(), file);
        assertEquals(parsed, only(again, "club"));
        assertEquals(List.of(), again.warnings());
        assertEquals(
                file.toAbsolutePath().getParent(),
                again.pack("club").orElseThrow().folder());
    }

    @Test
    void aChangedFileIsReadAgain() throws IOException {
        Path file = write("club.json", pack("club", "Which year?"));
        load(cache(), file);
        Files.writeString(file, pack("club", "In which year?"));
        Files.setLastModifiedTime(file, SETTLED);
        assertEquals(
                "In which year?",
                only(load(cache(), file), "club").questions().get(0).prompt());
        // Same size, another modification time.
        rewriteKeepingStamp(file, pack("club", "Of which year?"));
        Files.setLastModifiedTime(file, FileTime.from(SETTLED.toInstant().plusSeconds(1)));
        assertEquals(
                "Of which year?",
                only(load(cache(), file), "club").questions().get(0).prompt());
    }

    @Test
    void aDamagedOrTruncatedEntryIsIgnoredAndMadeAgain() throws IOException {
        Path file = write("club.json", pack("club", "Which year?"));
        Pack parsed = only(load(cache(), file), "club");
        Path entry = entry(file);
        byte[] sound = Files.readAllBytes(entry);
        List<byte[]> damaged = List.of(
                Arrays.copyOf(sound, sound.length / 2),
                Arrays.copyOf(sound, 3),
                new byte[0],
                flipped(sound, sound.length - 5),
                flipped(sound, 10),
                "not a cache entry".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (byte[] bytes : damaged) {
            Files.write(entry, bytes);
            // Same stamp, other text: a damaged entry must not be read, so the file's own text is what loads.
            rewriteKeepingStamp(file, pack("club", "Whose year?"));
            PackLibrary library = load(cache(), file);
            assertEquals("Whose year?", only(library, "club").questions().get(0).prompt());
            assertEquals(List.of(), library.warnings());
            assertNotEquals(Arrays.toString(bytes), Arrays.toString(Files.readAllBytes(entry)), "made again");
            rewriteKeepingStamp(file, pack("club", "Which year?"));
            Files.delete(entry);
            assertEquals(parsed, only(load(cache(), file), "club"));
        }
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x10;
        return copy;
    }

    @Test
    void aFileThatCanNoLongerBeReadIsReportedAndNotServedFromTheCache() throws IOException {
        Path file = write("club.json", pack("club", "Which year?"));
        load(cache(), file);
        Assumptions.assumeTrue(file.toFile().setReadable(false), "the file system has no read permission");
        Assumptions.assumeFalse(Files.isReadable(file), "running as a user who reads every file");
        try {
            PackLibrary library = load(cache(), file);
            assertTrue(library.pack("club").isEmpty());
            assertEquals(List.of(file + ": permission denied"), library.warnings());
        } finally {
            file.toFile().setReadable(true);
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsNoCacheAndNoError() throws IOException {
        Files.writeString(home.resolve("cache"), "a file where the folder should be");
        Path file = write("club.json", pack("club", "Which year?"));
        PackLibrary library = load(cache(), file);
        assertEquals("Which year?", only(library, "club").questions().get(0).prompt());
        assertEquals(List.of(), library.warnings());
    }

    @Test
    void aFileModifiedJustNowIsReadButNotKeptYet() throws IOException {
        Path file = Files.writeString(home.resolve("club.json"), pack("club", "Which year?"));
        assertEquals(
                "Which year?",
                only(load(cache(), file), "club").questions().get(0).prompt());
        assertFalse(Files.exists(entry(file)));
    }

    @Test
    void aPackWithProblemsIsNotKeptAndIsReportedEveryTime() throws IOException {
        Path file = write("broken.json", pack("club", "Which year?").replace("\"version\": 2", "\"version\": \"2\""));
        for (int run = 0; run < 2; run++) {
            PackLibrary library = load(cache(), file);
            assertEquals(
                    List.of(),
                    library.packs().stream().filter(l -> !l.bundled()).toList());
            assertTrue(
                    library.warnings().get(0).startsWith(file + ":1:"),
                    library.warnings().toString());
        }
        assertFalse(Files.exists(entry(file)));
    }
}
