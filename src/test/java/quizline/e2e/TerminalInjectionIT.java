package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack and an article full of escape sequences, studied over pipes and then counted by stats. */
class TerminalInjectionIT {
    private static final Path HOSTILE = Program.ROOT.resolve("src/test/resources/hostile");

    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    /** No control character but newline and tab reaches the output, and the pack's text is there, shown. */
    private static void assertShownNotObeyed(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
                fail(String.format(
                        "control character U+%04X after \"%s\":%n%s",
                        (int) c, output.substring(Math.max(0, i - 40), i), output));
            }
        }
        assertTrue(output.contains("^["), output);
    }

    @Test
    void studyAndStatsShowThePacksEscapesWithoutObeyingThem() throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put(
                "QUIZLINE_PACKS",
                quizline.HostilePack.published(HOSTILE, Files.createDirectories(home.resolve("published"))) + ":"
                        + HOSTILE.resolve("bad-ids.json"));
        env.put("QUIZLINE_ARTICLES", HOSTILE.resolve("articles").toString());

        Program.inPackOrder(env, "default");
        Program.Result study = Program.run(env, "a\n\nJaparov\n\nAstana\n\n", "study", "--pack", "hostile");
        assertEquals(0, study.exit(), study.err());
        assertShownNotObeyed(study.out());
        assertShownNotObeyed(study.err());
        String out = study.out();
        assertTrue(out.contains("hostile — Hostile^[]2;PACK-TITLE^G pack"), out);
        assertTrue(out.contains("Which city^[[2J hosted?^MOVERWRITE"), out);
        assertTrue(out.contains("b) Bishkek\\u009B2J"), out);
        assertTrue(out.contains("Answer: a) Astana^H^H^HXX"), out);
        assertTrue(out.contains("Why: Because^[]0;EXPLANATION^G it did^?."), out);
        assertTrue(out.contains("Wire^[]0;OUTLET^G"), out);
        assertTrue(out.contains("“The summit^[]0;ARTICLE-TITLE^G met in ^[[2JAstana OVERWRITE.”"), out);
        assertTrue(out.contains("Japarov\\u009D0;ALIAS\\u009C"), out);
        assertTrue(study.err().contains("question id \"q^[]0;QUESTION-ID^G\""), study.err());

        Program.Result stats = Program.run(env, "", "stats");
        assertEquals(0, stats.exit(), stats.err());
        assertShownNotObeyed(stats.out());
        assertTrue(stats.out().contains("The capital^M is {{Astana^[[2J|Nur^HSultan}}."), stats.out());
        assertTrue(stats.out().contains("tag^[[2J"), stats.out());
    }
}
