package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.ui.Wrap;

/**
 * The screen in a real terminal (tmux) at 40, 80 and 120 columns: the first line of a fresh 24-row screen stays on
 * it once the first question is drawn, and a resize while a question waits (for a key, for the rest of a typed
 * answer, for the grade) draws the screen again wrapped at the new width, with nothing left of the old layout.
 */
class ResizeIT {
    private static final int ROWS = 24;
    private static final String CHOICE_PROMPT = "Which city, chosen after a long debate among the member states, hosted"
            + " the summit of the organisation in July 2024?";
    private static final String WHY = "The summit met in the Kazakh capital, Astana, on the third and fourth of July,"
            + " the second time the city hosted it.";
    private static final String SHORT_PROMPT = "Who was the president of the country that held the rotating"
            + " chairmanship of the organisation in the year before the summit?";
    private static final String PACK = """
            {"format": 1, "id": "resize", "title": "Resize", "version": 1, "asOf": "2024-07-05", "sources": [],
             "questions": [
               {"id": "city", "type": "choice", "prompt": "%s",
                "choices": ["Samarkand", "Astana", "Bishkek", "Dushanbe"], "answer": 1, "explanation": "%s"},
               {"id": "chair", "type": "short", "prompt": "%s", "answer": "Sadyr Zhaparov"}
             ]}
            """.formatted(CHOICE_PROMPT, WHY, SHORT_PROMPT);

    @TempDir
    Path home;

    @BeforeAll
    static void tmuxAndJar() throws Exception {
        Program.assertJarBuilt();
        Tmux.assertInstalled();
    }

    private static Map<String, String> environment(Path home) {
        Map<String, String> env = Program.environment(home);
        env.put("TERM", "xterm-256color");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("QUIZLINE_NOW", "2026-12-05T09:00:00Z");
        // No class-data archive to train first: the screen is what is tested, not the start-up time.
        env.put("QUIZLINE_CDS", "0");
        return env;
    }

    /** {@code ./quizline} on the bundled pack, as the quick start has it, in fresh terminals of 24 rows. */
    @Test
    void theFirstLineOfTheFirstScreenStaysOnIt() throws Exception {
        Map<Integer, Tmux> terminals = new LinkedHashMap<>();
        try {
            for (int columns : List.of(40, 80, 120)) {
                Map<String, String> env = environment(home.resolve("w" + columns));
                env.remove("QUIZLINE_PACKS");
                env.remove("QUIZLINE_ARTICLES");
                terminals.put(columns, Tmux.start(Program.ROOT, columns, ROWS, env, "./quizline"));
            }
            String header = "quizline · 1 pack · " + Program.bundledQuestions() + " questions";
            for (Map.Entry<Integer, Tmux> t : terminals.entrySet()) {
                int columns = t.getKey();
                // The first question is drawn once its answer is awaited: a key's prompt, or a line's.
                String screen = t.getValue().waitFor("(Press [a-z]|Your answer|Fill the blank|Blank 1)");
                List<String> lines = lines(screen);
                assertEquals(header, lines.get(0), columns + " columns:\n" + screen);
                assertTrue(lines.get(ROWS - 1).matches("\\d+ left · 0 answered · – · \\d+s"), screen);
                lines.forEach(line -> assertTrue(line.length() <= columns, "wider than " + columns + ": " + line));
            }
        } finally {
            for (Tmux tmux : terminals.values()) {
                tmux.close();
            }
        }
    }

    @Test
    void aResizeMidQuestionDrawsItAgainAtTheNewWidth() throws Exception {
        Path pack = home.resolve("resize.json");
        Files.writeString(pack, PACK);
        Map<String, String> env = environment(home);
        env.put("QUIZLINE_PACKS", pack.toString());
        Program.inPackOrder(env, "default");
        try (Tmux tmux = Tmux.start(Program.ROOT, 80, ROWS, env, "./quizline study --pack resize")) {
            tmux.waitFor("Press a–d");
            // What the session prints, paragraph by paragraph, with the indent of its wrapped lines.
            // The bundled pack is loaded too, listed first.
            var bundled = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(Program.ROOT.resolve("questions/sco-summits.json").toFile());
            List<Paragraph> printed = new ArrayList<>(List.of(
                    new Paragraph("quizline · 2 packs · " + (Program.bundledQuestions() + 2) + " questions"),
                    new Paragraph("Due now 0 · new today 2"),
                    new Paragraph(
                            "  sco-summits — " + bundled.get("title").asText() + " · " + Program.bundledQuestions()
                                    + " questions · facts as of "
                                    + bundled.get("asOf").asText(),
                            4),
                    new Paragraph("  resize — Resize · 2 questions · facts as of 2024-07-05", 4),
                    new Paragraph("Ctrl-D or Ctrl-C ends the session with its summary."),
                    new Paragraph(""),
                    new Paragraph("2 left · 0 learning · choice"),
                    new Paragraph(CHOICE_PROMPT),
                    new Paragraph("  a) Samarkand", 5),
                    new Paragraph("  b) Astana", 5),
                    new Paragraph("  c) Bishkek", 5),
                    new Paragraph("  d) Dushanbe", 5),
                    new Paragraph("Press a–d or 1–4 (Ctrl-G: I don't know, ? more keys).")));

            // Narrowed while the key is awaited: all of it drawn again at 40 columns, from the first line.
            tmux.resize(40, ROWS);
            String narrow = tmux.waitFor(row(CHOICE_PROMPT, 40, 0));
            assertScreen(narrow, wrapped(printed, 40), 1);

            // Answered at 40 columns, then widened at the grade prompt: the feedback too is wrapped at 120.
            tmux.keys("b");
            String graded = tmux.waitFor("Enter or Space: Good");
            // Intervals of a day or more carry fuzz, seeded by the card: the one on screen is the one to expect.
            java.util.regex.Matcher easy = Pattern.compile("4 Easy (\\d+)d").matcher(graded);
            assertTrue(easy.find(), graded);
            printed.addAll(List.of(
                    new Paragraph("✓ Right.", 2),
                    new Paragraph("Answer: b) Astana", 8),
                    new Paragraph("Why: " + WHY, 5),
                    new Paragraph("1 Again 1m · 2 Hard 6m · [3 Good 10m] · 4 Easy " + easy.group(1) + "d"),
                    new Paragraph("Enter or Space: Good · 1–4 to choose · ? more keys")));
            tmux.resize(120, ROWS);
            String wide = tmux.waitFor(row(CHOICE_PROMPT, 120, 0));
            assertScreen(wide, wrapped(printed, 120), 1);

            // A typed answer half typed at 120 columns, narrowed: the question above it wrapped at 40, the typing kept.
            tmux.keys("Space");
            tmux.waitFor("Your answer:");
            tmux.type("Sadyr Zha");
            tmux.waitFor("Your answer: Sadyr Zha");
            printed.addAll(List.of(
                    new Paragraph("Saved: Good · next in 10m"),
                    new Paragraph(""),
                    new Paragraph("2 left · 1 learning · short"),
                    new Paragraph(SHORT_PROMPT)));
            tmux.resize(40, ROWS);
            String typing = tmux.waitFor(row(SHORT_PROMPT, 40, 1));
            List<String> expected = wrapped(printed, 40);
            expected.add(Pattern.quote("Your answer: Sadyr Zha"));
            assertScreen(typing, expected, 0);
            tmux.type("parov");
            tmux.keys("Enter");
            String answered = tmux.waitFor("Enter or Space: Good");
            assertTrue(answered.contains("Your answer: Sadyr Zhaparov"), answered);
            assertTrue(answered.contains("✓ Right."), answered);

            // Back to 80 columns: the same screen, at 80, with the answer as typed.
            tmux.resize(80, ROWS);
            String back = tmux.waitFor(row(SHORT_PROMPT, 80, 0));
            assertTrue(back.contains("\nYour answer: Sadyr Zhaparov\n✓ Right.\n"), back);
            for (String line : lines(back)) {
                assertTrue(line.length() <= 80, "wider than 80: " + line);
                assertFalse(
                        wrapped(List.of(new Paragraph(SHORT_PROMPT)), 40).contains(Pattern.quote(line)),
                        "a line of the 40-column layout:\n" + back);
            }

            tmux.keys("C-d");
            String end = tmux.waitFor("\\[exited \\d+]");
            assertTrue(end.contains("[exited 0]"), end);
            assertFalse(end.contains("Exception"), end);
        }
    }

    /** A pattern for a row that holds line {@code index} of {@code text} wrapped at {@code columns}, and nothing else. */
    private static String row(String text, int columns, int index) {
        String line =
                Wrap.wrap(new AttributedString(text), columns, 0).get(index).toString();
        return "(?m)^" + Pattern.quote(line) + " *$";
    }

    /** A paragraph the session prints, and the indent of its lines after the first. */
    private record Paragraph(String text, int indent) {
        Paragraph(String text) {
            this(text, 0);
        }
    }

    /** The paragraphs wrapped at word boundaries as the screen wraps them, each line quoted as a pattern. */
    private static List<String> wrapped(List<Paragraph> paragraphs, int columns) {
        List<String> lines = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (AttributedString line : Wrap.wrap(new AttributedString(p.text()), columns, p.indent())) {
                lines.add(Pattern.quote(line.toString()));
            }
        }
        return lines;
    }

    /**
     * The screen shows the last of {@code expected} (line patterns) from its first row, then {@code blank} empty rows
     * where the cursor waits, then the status line: not a row more, not a row of the old layout.
     */
    private static void assertScreen(String screen, List<String> expected, int blank) {
        List<String> lines = lines(screen);
        int shown = ROWS - 1 - blank;
        List<String> tail = expected.subList(Math.max(0, expected.size() - shown), expected.size());
        for (int row = 0; row < ROWS - 1; row++) {
            String line = lines.get(row);
            if (row < tail.size()) {
                assertTrue(line.matches(tail.get(row)), "row " + row + " is not /" + tail.get(row) + "/:\n" + screen);
            } else {
                assertEquals("", line, "row " + row + " is not empty:\n" + screen);
            }
        }
        assertTrue(lines.get(ROWS - 1).matches("\\d+ left · \\d+ answered · .*"), "no status line:\n" + screen);
    }

    /** The screen's rows, trailing spaces cut. */
    private static List<String> lines(String screen) {
        List<String> lines = new ArrayList<>();
        for (String line : screen.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        while (lines.size() < ROWS) {
            lines.add("");
        }
        return lines;
    }
}
