package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An instructor hands the bundled pack to a learning platform as QTI, through the real jar. */
class QtiExportIT {
    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    @Test
    void theBundledPackGoesOutAsQti21AndQti12() throws Exception {
        Map<String, String> env = Program.environment(home);
        Path pack = Program.ROOT.resolve("questions/sco-summits.json");
        int questions = Program.bundledQuestions();
        for (String option : List.of("--qti", "--qti12")) {
            Path out = home.resolve(option.substring(2) + ".zip");
            Program.Result r = Program.run(env, "", "export", option, pack.toString(), "--out", out.toString());
            assertEquals(0, r.exit(), r.err());
            assertEquals("wrote " + out + ": " + questions + " questions of " + questions + "\n", r.out());
            // What does not travel is said once per kind, each line a warning an editor can jump to.
            List<String> warnings = r.err().lines().toList();
            assertTrue(warnings.size() <= 5, r.err());
            assertTrue(warnings.stream().allMatch(l -> l.contains(": warning: ")), r.err());
            assertTrue(warnings.stream().noneMatch(l -> l.contains("comes back")), r.err());

            List<String> entries = new ArrayList<>();
            try (ZipFile zip = new ZipFile(out.toFile())) {
                Collections.list(zip.entries()).forEach(e -> entries.add(e.getName()));
            }
            assertEquals("imsmanifest.xml", entries.get(0));
            assertEquals(option.equals("--qti") ? questions + 1 : 2, entries.size(), entries.toString());

            byte[] written = Files.readAllBytes(out);
            Program.Result again = Program.run(env, "", "export", option, pack.toString(), "--out", out.toString());
            assertEquals(1, again.exit(), again.out() + again.err());
            assertArrayEquals(written, Files.readAllBytes(out));
        }
    }
}
