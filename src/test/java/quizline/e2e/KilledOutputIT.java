package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output file is whole or absent: {@code export --gift} of a large pack, {@code import} of its GIFT file and
 * {@code pack merge} of two such packs are killed with SIGKILL at a random moment (seeded) once they have begun
 * writing, and the output must then be missing or byte-for-byte the complete one; a run after the kill must succeed
 * without --force.
 */
class KilledOutputIT {
    private static final int ROUNDS = 5;
    private static final long SEED = 20250219L;
    private static final int QUESTIONS = 6_000;

    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    private Path largePack() throws IOException {
        String filler = "The summit's final declaration ran to many pages and named every member in turn. "
                .repeat(24)
                .strip();
        StringBuilder json =
                new StringBuilder("{\"format\": 1, \"id\": \"large\", \"title\": \"Large\", \"version\": 1,"
                        + " \"asOf\": \"2024-07-05\", \"sources\": [], \"questions\": [\n");
        for (int i = 0; i < QUESTIONS; i++) {
            json.append(i == 0 ? "" : ",\n")
                    .append("{\"id\": \"q")
                    .append(i)
                    .append("\", \"type\": \"choice\", \"prompt\": \"Which city hosted summit ")
                    .append(i)
                    .append("?\", \"choices\": [\"Samarkand\", \"Astana\", \"Bishkek\", \"Dushanbe\"], \"answer\": ")
                    .append(i % 4)
                    .append(", \"explanation\": \"")
                    .append(filler)
                    .append("\"}");
        }
        json.append("\n]}\n");
        Path pack = home.resolve("large.json");
        Files.writeString(pack, json, StandardCharsets.UTF_8);
        return pack;
    }

    private List<String> outputFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Program.javaBinary(), "-jar", Program.JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Program.ROOT.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Waits until something appears in {@code folder} (the run has begun writing), or the run ends. */
    private static void awaitWriting(Path folder, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Stream<Path> files = Files.list(folder)) {
                if (files.findAny().isPresent()) {
                    return;
                }
            }
            Thread.sleep(2);
        }
        if (process.isAlive()) {
            process.destroyForcibly();
            throw new AssertionError("export wrote nothing in 60 s");
        }
    }

    @Test
    void anExportKilledWhileWritingLeavesNoHalfFileAndTheNextRunSucceeds() throws Exception {
        Path pack = largePack();
        killWhileWriting("large.gift", out -> List.of("export", "--gift", pack.toString(), "--out", out.toString()));
    }

    @Test
    void anImportAndAMergeKilledWhileWritingLeaveNoHalfFileAndTheNextRunSucceeds() throws Exception {
        Map<String, String> env = Program.environment(home);
        Path pack = largePack();
        Path gift = home.resolve("large.gift");
        Program.Result exported = Program.run(env, "", "export", "--gift", pack.toString(), "--out", gift.toString());
        assertEquals(0, exported.exit(), exported.err());
        killWhileWriting("imported.json", out -> List.of("import", gift.toString(), "--out", out.toString()));
        Path other = home.resolve("other.json");
        Files.writeString(other, Files.readString(pack).replace("\"id\": \"large\"", "\"id\": \"other\""));
        killWhileWriting(
                "merged.json",
                out -> List.of("pack", "merge", pack.toString(), other.toString(), "--out", out.toString()));
    }

    /**
     * Runs the command once whole for reference, then ROUNDS times killed with SIGKILL at a seeded random moment after
     * it began writing into an empty folder: the output is then absent or complete, and a run after the kill succeeds
     * without --force and leaves nothing else in the folder.
     */
    private void killWhileWriting(String name, java.util.function.Function<Path, List<String>> command)
            throws Exception {
        Map<String, String> env = Program.environment(home);
        Path reference =
                Files.createDirectories(home.resolve("reference-" + name)).resolve(name);
        Program.Result whole = Program.run(env, "", command.apply(reference).toArray(String[]::new));
        assertEquals(0, whole.exit(), whole.err());
        byte[] expected = Files.readAllBytes(reference);
        assertTrue(expected.length > 10_000_000, "too small to be caught writing: " + expected.length);

        Random random = new Random(SEED);
        int killedAfterWritingBegan = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path folder = Files.createDirectories(home.resolve(name + "-round-" + round));
            Path out = folder.resolve(name);
            Process run = start(env, command.apply(out).toArray(String[]::new));
            awaitWriting(folder, run);
            Thread.sleep(random.nextInt(200));
            boolean wasAlive = run.isAlive();
            run.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
            assertTrue(run.waitFor(20, TimeUnit.SECONDS));
            if (wasAlive) {
                killedAfterWritingBegan++;
            }
            if (Files.exists(out)) {
                assertArrayEquals(
                        expected, Files.readAllBytes(out), name + " round " + round + ": a half-written output");
                continue;
            }
            Program.Result again = Program.run(env, "", command.apply(out).toArray(String[]::new));
            assertEquals(0, again.exit(), name + " round " + round + ": " + again.err());
            assertArrayEquals(expected, Files.readAllBytes(out), name + " round " + round);
            assertEquals(
                    List.of(name), outputFolder(folder), name + " round " + round + ": the killed run's leftovers");
        }
        assertTrue(
                killedAfterWritingBegan >= ROUNDS / 2,
                name + ": too few runs were killed after they began writing: " + killedAfterWritingBegan);
    }
}
