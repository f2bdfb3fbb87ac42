package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quizline.draft.Decision;
import quizline.draft.Decisions;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

/** {@code quizline review} in-process, in plain mode (the tests have no terminal). */
class ReviewCommandTest {
    private static final Path FIXTURE = Path.of("src/test/resources/review");

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private Result review(String stdin, String... args) {
        return review(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private Result review(InputStream stdin, String... args) {
        CommandLine cli = Main.commandLine();
        ReviewCommand command =
                (ReviewCommand) cli.getSubcommands().get("review").getCommand();
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        command.input = stdin;
        command.output = new PrintStream(shown, true, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, shown.toString(StandardCharsets.UTF_8), err.toString());
    }

    private Path copyDraft() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        for (String article : List.of("club-notes.txt", "club-news.txt")) {
            Files.copy(
                    FIXTURE.resolve("articles").resolve(article),
                    dir.resolve("articles").resolve(article));
        }
        return Files.copy(FIXTURE.resolve("club-draft.json"), dir.resolve("club-draft.json"));
    }

    @Test
    void reviewsTheDraftToAPackAndResumesWithNothingLeft() throws IOException {
        Path draft = copyDraft();
        Path out = dir.resolve("club.json");
        // The open conflict and the question it covers come first: skipped, then the rest in draft order
        Result first = review("s\ns\na\na\ne\nn\n1987\na\nr\nq\n", "review", draft.toString());
        assertEquals(0, first.exit(), first.err());
        assertFalse(Files.exists(out));
        Decisions saved = Decisions.parse(Files.readString(dir.resolve("club-draft.review.json")));
        assertEquals(Decision.REJECT, saved.question("members").decision());
        assertEquals("1987", saved.question("founded").edits().answer());

        Result second = review("1\na\n", "review", draft.toString(), "--out", out.toString());
        assertEquals(0, second.exit(), second.out() + second.err());
        assertTrue(
                second.out().contains("Conflict 1 of 2 · chair-spelling"), "resumes at the conflict:\n" + second.out());
        assertTrue(second.out().contains("4 accepted · 1 rejected · 0 left.\n"), second.out());
        assertTrue(second.out().contains("Wrote " + out + ": 4 questions."), second.out());
        Pack pack = PackReader.read(Files.readString(out)).pack().orElseThrow();
        assertEquals(
                List.of("founder", "meeting-day", "founded", "chair"),
                pack.questions().stream().map(Question::id).toList());
        Question.Short chair = (Question.Short) pack.question("chair").orElseThrow();
        assertEquals("Ilya Sorokin", chair.answer());
        assertEquals(List.of("Ilia Sorokin"), chair.accept());
        assertEquals(1987, ((Question.Numeric) pack.question("founded").orElseThrow()).answer());
        assertTrue(pack.questions().stream().allMatch(q -> q.status() == null));

        Result third = review("", "review", draft.toString());
        assertTrue(third.out().contains("Nothing left to review: 5/5 reviewed · 0 conflicts left."), third.out());
    }

    @Test
    void aSecondReviewOfTheSameDraftIsRefusedNamingTheFirstAndNoDecisionIsLost() throws Exception {
        Path draft = copyDraft();
        Path sidecar = dir.resolve("club-draft.review.json");
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream firstInput = new PipedInputStream(typing);
        CompletableFuture<Result> first =
                CompletableFuture.supplyAsync(() -> review(firstInput, "review", draft.toString()));
        typing.write("s\ns\na\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(sidecar) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(sidecar), "the first review saved its first decision");

        Result second = review("r\nr\nq\n", "review", draft.toString());
        assertEquals(1, second.exit(), second.out() + second.err());
        assertTrue(
                second.err()
                        .contains(draft + ": being reviewed by another quizline review (process "
                                + ProcessHandle.current().pid() + ", since "),
                second.err());
        assertEquals("", second.out());

        typing.write("a\nq\n".getBytes(StandardCharsets.UTF_8));
        typing.close();
        Result firstDone = first.get(20, TimeUnit.SECONDS);
        assertEquals(0, firstDone.exit(), firstDone.out() + firstDone.err());
        Decisions saved = Decisions.parse(Files.readString(sidecar));
        assertEquals(
                2,
                saved.questions().values().stream()
                        .filter(r -> r.decision() == Decision.ACCEPT)
                        .count(),
                saved.toJson());
        assertEquals(
                0,
                saved.questions().values().stream()
                        .filter(r -> r.decision() == Decision.REJECT)
                        .count(),
                saved.toJson());

        Result after = review("q\n", "review", draft.toString());
        assertEquals(0, after.exit(), "the lock goes with the session that held it: " + after.err());
    }

    @Test
    void aLockLeftByAKilledReviewDoesNotBlockTheNext() throws IOException {
        Path draft = copyDraft();
        // What a review killed with SIGKILL leaves: the lock file naming it, but no process holding it.
        Files.writeString(dir.resolve("club-draft.review.lock"), "process 999999999, since 2026-01-01T00:00:00Z\n");
        Result next = review("s\ns\na\nq\n", "review", draft.toString());
        assertEquals(0, next.exit(), next.out() + next.err());
        assertEquals(
                Decision.ACCEPT,
                Decisions.parse(Files.readString(dir.resolve("club-draft.review.json")))
                        .question("founder")
                        .decision());
    }

    @Test
    void refusesToOverwriteThePackWithoutForceBeforeReviewing() throws IOException {
        Path draft = copyDraft();
        Path out = Files.writeString(dir.resolve("club.json"), "kept");
        Result refused = review("a\n", "review", draft.toString(), "--out", out.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("already exists (--force overwrites it)"), refused.err());
        assertFalse(Files.exists(dir.resolve("club-draft.review.json")), "nothing was reviewed");
        Result forced = review("s\ns\na\nq\n", "review", draft.toString(), "--out", out.toString(), "--force");
        assertEquals(0, forced.exit(), forced.out() + forced.err());
        assertTrue(forced.out().contains("1 accepted · 0 rejected · 4 left.\n"), forced.out());
        assertFalse(forced.out().contains("not reviewed yet"), "no line per question left out:\n" + forced.out());
        assertTrue(Files.readString(out).contains("\"founder\""));
    }

    @Test
    void resumingWithTheSameOutNeedsNoForceUnlessThePackWasChangedSince() throws IOException {
        Path draft = copyDraft();
        Path out = dir.resolve("club.json");
        Result first = review("s\ns\na\nq\n", "review", draft.toString(), "--out", out.toString());
        assertEquals(0, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("Wrote " + out + ": 1 questions"), first.out());

        Result again = review("s\ns\na\nq\n", "review", draft.toString(), "--out", out.toString());
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("Wrote " + out + ": 2 questions"), again.out());

        Files.writeString(out, Files.readString(out).replace("\"Lakeside", "\"Edited Lakeside"));
        String edited = Files.readString(out);
        Result refused = review("a\nq\n", "review", draft.toString(), "--out", out.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains(out + ": already exists (--force overwrites it)"), refused.err());
        assertEquals(edited, Files.readString(out), "a pack changed by hand since the review wrote it is kept");

        Path other = Files.writeString(dir.resolve("other.json"), "kept");
        Result elsewhere = review("q\n", "review", draft.toString(), "--out", other.toString());
        assertEquals(1, elsewhere.exit());
        assertEquals("kept", Files.readString(other));
    }

    @Test
    void aPackTheRulesRefuseIsNotWrittenAndEachProblemIsNamed() throws IOException {
        Path draft = copyDraft();
        // The article was cut short after the draft was made: the accepted question's sentence is no longer in it
        Files.writeString(dir.resolve("articles/club-notes.txt"), "Cut short.");
        Path out = dir.resolve("club.json");
        Result result = review("s\ns\na\nq\n", "review", draft.toString(), "--out", out.toString());
        assertEquals(1, result.exit(), result.out() + result.err());
        assertTrue(
                result.out()
                        .contains(out + ": source offsets 0–63 of question \"founder\" lie outside club-notes.txt (10"
                                + " characters)\n" + out + ": not written: the pack has the problems above.\n"),
                result.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void endOfInputSavesAndLeavesWithoutWritingThePack() throws IOException {
        Path draft = copyDraft();
        Path out = dir.resolve("club.json");
        Result result = review("s\ns\na\n", "review", draft.toString(), "--out", out.toString());
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("not written (q or the end of the draft writes it)"), result.out());
        assertFalse(Files.exists(out));
        assertFalse(result.err().contains("Exception"), result.err());
        assertEquals(
                Decision.ACCEPT,
                Decisions.parse(Files.readString(dir.resolve("club-draft.review.json")))
                        .question("founder")
                        .decision());
    }

    @Test
    void aBrokenReviewFileIsReportedNotOverwritten() throws IOException {
        Path draft = copyDraft();
        Files.writeString(dir.resolve("club-draft.review.json"), "{\"format\": 1, \"questions\": {\"founder\": 3}}");
        Result result = review("a\n", "review", draft.toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("club-draft.review.json: "), result.err());
        assertTrue(Files.readString(dir.resolve("club-draft.review.json")).contains("\"founder\": 3"));
    }
}
