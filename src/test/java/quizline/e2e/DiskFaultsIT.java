package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.StartProfile;

/**
 * A profile on a real small disk (a tmpfs mounted for the test): a disk that fills up while a
 * session saves, and a disk mounted read-only. Mounting needs root with the right to mount; where
 * the test cannot, it is skipped with the reason, and the store's unit tests still inject the
 * same failures. Run with {@code -Dquizline.damage.profile=FILE} ({@link quizline.StartProfile}), the tests of a
 * profile that exists start from a copy of FILE on a disk that much larger; the one of a profile made on a full disk
 * makes its own.
 */
class DiskFaultsIT {
    @TempDir
    Path home;

    private Path disk;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    @BeforeEach
    void mount() throws Exception {
        disk = home.resolve("disk");
        Files.createDirectories(disk);
        long size = 256 + StartProfile.named().map(DiskFaultsIT::kib).orElse(0L);
        String failure = command("mount", "-t", "tmpfs", "-o", "size=" + size + "k", "tmpfs", disk.toString());
        Assumptions.assumeTrue(failure.isEmpty(), "cannot mount a small tmpfs for the disk tests: " + failure);
    }

    @AfterEach
    void unmount() throws Exception {
        command("umount", disk.toString());
    }

    /** Runs a system command; its error output when it fails, else the empty string. */
    private static String command(String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(args)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return args[0] + " did not finish";
        }
        return p.exitValue() == 0 ? "" : args[0] + " exit " + p.exitValue() + ": " + out;
    }

    private static long kib(Path file) {
        try {
            return (Files.size(file) + 1023) / 1024;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reviews of the profile the tests start from ({@link StartProfile}), copied to {@code db}; else 0. */
    private static long startFrom(Path db) throws Exception {
        return StartProfile.copyTo(db) ? StartProfile.count(db, "SELECT COUNT(*) FROM review") : 0;
    }

    /** Writes to a file until the disk is full. */
    private static void fill(Path filler) {
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // The disk is full.
        }
    }

    @Test
    void aDiskFillingUpWhileSavingSaysSoAndKeepsEveryAnswerItAcknowledged() throws Exception {
        Map<String, String> env = Program.environment(home);
        Path db = disk.resolve("p.db");
        long before = 0;
        if (startFrom(db) > 0) {
            before = StartProfile.count(db, "SELECT COUNT(*) FROM review WHERE kind = 'review'");
        }
        Program.Result first = Program.run(env, "1\nt\n\n", "study", "--db", db.toString(), "--limit", "1");
        assertEquals(0, first.exit(), first.err());
        // Fill the disk, then leave room for the write-ahead index and a few answers.
        Path filler = disk.resolve("filler");
        fill(filler);
        try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
            f.setLength(Math.max(0, f.length() - 64 * 1024));
        }

        Program.Result run = Program.run(env, "1\nt\n\n".repeat(200), "study", "--db", db.toString(), "--limit", "150");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(
                "quizline: " + db + ": could not save the answer: the disk is full; this answer was not saved,"
                        + " the ones before it are\n",
                run.err());
        int acknowledged = run.out().split("\nSaved: ", -1).length - 1;

        Files.delete(filler);
        Program.Result export = Program.run(
                env, "", "export", "--revlog", home.resolve("log.csv").toString(), "--db", db.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(
                export.out()
                        .startsWith("exported the review log: " + (before + 1 + acknowledged) + " scheduled review"),
                acknowledged + " acknowledged, then: " + export.out());
    }

    /**
     * A disk that is full when a profile is first made: the run says so in one line, leaves no profile (nor a
     * half-made one that later runs would refuse), and once there is room the next run makes it and studies.
     */
    @Test
    void aDiskFullWhileAProfileIsMadeLeavesNoProfileAndTheNextRunMakesIt() throws Exception {
        Map<String, String> env = Program.environment(home);
        Path filler = disk.resolve("filler");
        fill(filler);
        Path db = disk.resolve("new.db");
        Program.Result run = Program.run(env, "1\nt\n\n", "study", "--db", db.toString(), "--limit", "1");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("quizline: " + db + ": "), run.err());
        assertTrue(run.err().contains("disk is full"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("internal error"), run.err());
        try (var left = Files.list(disk)) {
            assertEquals(
                    List.of("filler"), left.map(p -> p.getFileName().toString()).toList(), "nothing half-made");
        }

        Files.delete(filler);
        Program.Result again = Program.run(env, "1\nt\n\n", "study", "--db", db.toString(), "--limit", "1");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("Saved: "), again.out());
    }

    @Test
    void aProfileOnAReadOnlyDiskIsReadButNeverWritten() throws Exception {
        Map<String, String> env = Program.environment(home);
        Path db = disk.resolve("p.db");
        long reviews = startFrom(db);
        Program.Result first = Program.run(env, "1\nt\n\n", "study", "--db", db.toString(), "--limit", "1");
        assertEquals(0, first.exit(), first.err());
        String remount = command("mount", "-o", "remount,ro", disk.toString());
        assertEquals("", remount);
        byte[] before = Files.readAllBytes(db);

        Program.Result stats = Program.run(env, "", "stats", "--db", db.toString());
        assertEquals(0, stats.exit(), stats.err());
        assertTrue(stats.out().contains("1 answer") || stats.out().contains("answers"), stats.out());
        Program.Result export = Program.run(
                env, "", "export", "--progress", home.resolve("p.json").toString(), "--db", db.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().startsWith("exported " + (reviews + 1) + " review"), export.out());

        Program.Result study = Program.run(env, "1\nt\n\n", "study", "--db", db.toString());
        assertEquals(1, study.exit());
        assertTrue(
                study.err()
                        .startsWith(
                                "quizline: " + db + ": cannot open the progress database: the file or its" + " folder"),
                study.err());
        assertFalse(study.err().contains("damaged"), study.err());
        assertFalse(study.err().contains("\tat "), study.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "the profile changed");
    }
}
