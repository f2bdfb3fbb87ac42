package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.ClozeText;

/**
 * Issue 14's "done when": 30 answers to the bundled pack in a real terminal over three simulated days
 * ({@code QUIZLINE_NOW}), two sessions a day (09:00 and 09:30), and every promise the screen printed is checked
 * against what the screen showed next: the header's count of what is left never grows and ends at 1, {@code --limit}
 * caps the answers, a question comes back when its {@code Saved: … · next in …} said or the screen says it is early,
 * the summary's {@code Next: …} line counts what the next session finds due, and no two questions of one fact meet on
 * one day.
 */
class ThreeDaysIT {
    private static final Pattern HEADER = Pattern.compile("(?m)^(\\d+) left · (\\d+) learning · (\\w+)(?: · .*)?$");
    private static final Pattern SAVED = Pattern.compile("(?m)^Saved: (\\w+) · next in (\\S+)$");
    private static final Pattern EARLY = Pattern.compile("^Early \\(due in (?:(\\d+)m)?(?:(\\d+)s)?\\): .*");
    private static final Pattern DASHBOARD = Pattern.compile("(?m)^Due now (\\d+) · new today (\\d+)$");
    private static final Pattern NEXT_PART =
            Pattern.compile("(\\d+) (learning cards?|reviews?|new questions?) (due now|in \\d+ min|in \\d+ h|today|"
                    + "tomorrow|in \\d+ days|on .+)");
    private static final Pattern PROMPTS =
            Pattern.compile("Press a–|Press t for true|Your answer|Fill the blank:|Blank 1 of");
    private static final String GRADE_PROMPT = "Enter or Space: ";
    private static final String PAUSE = "Press any key for the next question";
    /** The grades given in turn, a mix of all four; every seventh answer is Ctrl-G instead. */
    private static final List<String> GRADES = List.of("3", "1", "Enter", "2", "3", "4", "1", "3");

    @TempDir
    Path home;

    @BeforeAll
    static void tmuxAndJar() throws Exception {
        Program.assertJarBuilt();
        Tmux.assertInstalled();
    }

    /** A question of the bundled pack: what the screen shows of it first, its siblings' key, its blanks. */
    private record Asked(String id, String shown, String sibling, int blanks) {}

    /** What the screen promised about a question: the answer's simulated time and the interval it printed. */
    private record Promise(Instant at, String interval) {}

    private final List<Asked> questions = new ArrayList<>();
    private final Map<String, Promise> promises = new HashMap<>();
    private int answers;
    /** Questions back early (and said so), and back when promised in minutes and in days. */
    private int early;

    private int keptMinutes;
    private int keptDays;

    /** Answers given so far, in every session: which grade comes next. */
    private int given;

    @Test
    void thirtyAnswersOverThreeDaysKeepEveryPromisePrinted() throws Exception {
        readBundledPack();
        Map<String, String> env = Program.environment(home);
        env.remove("QUIZLINE_PACKS");
        env.remove("QUIZLINE_ARTICLES");
        env.put("TZ", "UTC");
        env.put("NO_COLOR", "1");
        env.put("TERM", "xterm-256color");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // Four new questions a day, so that the 09:00 session runs out of new ones and takes learning cards early.
        Program.Result config = Program.run(env, "", "config", "new-per-day", "4");
        assertEquals(0, config.exit(), config.err());

        Next promised = null;
        for (int day = 0; day < 3; day++) {
            LocalDate date = LocalDate.of(2026, 12, 5).plusDays(day);
            Map<String, String> siblingsToday = new HashMap<>();
            for (int session = 0; session < 2; session++) {
                Instant start = date.atTime(9, session * 30).toInstant(java.time.ZoneOffset.UTC);
                int limit = session == 0 ? 6 : 4;
                Session seen = study(env, start, limit, siblingsToday);
                if (promised != null) {
                    assertEquals(
                            promised.due(session == 0),
                            seen.dueNow(),
                            "the last summary said " + promised.line() + ", and then at " + start + ":\n"
                                    + seen.screen());
                    // New questions are promised only when the daily limit held them back (README): then that many.
                    if (session == 0 && promised.newTomorrow() > 0) {
                        assertEquals(promised.newTomorrow(), seen.newToday(), promised.line() + "\n" + seen.screen());
                    }
                }
                promised = seen.next();
            }
        }
        assertEquals(30, answers);
        // Every kind of promise was put to the test, not only kept by having nothing to keep.
        assertTrue(
                early > 0 && keptMinutes > 0 && keptDays > 0,
                "early " + early + ", kept in minutes " + keptMinutes + ", kept in days " + keptDays);
    }

    /** The summary's {@code Next:} line, read. */
    private record Next(String line, int learning, int reviewsToday, int reviewsTomorrow, int newTomorrow) {
        /** What a session finds due: later the same day (30 minutes on), or at the same time the next day. */
        int due(boolean nextDay) {
            return learning + (nextDay ? reviewsTomorrow : reviewsToday);
        }

        static Next read(String line) {
            int learning = 0;
            int today = 0;
            int tomorrow = 0;
            int fresh = 0;
            Matcher m = NEXT_PART.matcher(line);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                String when = m.group(3);
                if (m.group(2).startsWith("learning")) {
                    assertTrue(when.equals("due now") || when.matches("in \\d+ min"), line);
                    learning += n;
                } else if (m.group(2).startsWith("review")) {
                    today += when.equals("today") || when.equals("due now") ? n : 0;
                    tomorrow += when.equals("tomorrow") ? n : 0;
                } else {
                    assertEquals("tomorrow", when, line);
                    fresh += n;
                }
            }
            return new Next(line, learning, today, tomorrow, fresh);
        }
    }

    private record Session(String screen, int dueNow, int newToday, Next next) {}

    /** One session of {@code limit} answers at {@code start}, every promise on its screen checked as it goes. */
    private Session study(Map<String, String> base, Instant start, int limit, Map<String, String> siblingsToday)
            throws Exception {
        Map<String, String> env = new HashMap<>(base);
        env.put("QUIZLINE_NOW", start.toString());
        Instant began = Instant.now();
        // Tall enough for the whole session: nothing scrolls off, so every line printed can be counted.
        try (Tmux tmux = Tmux.start(Program.ROOT, 100, 400, env, "./quizline study --limit " + limit)) {
            String screen = until(tmux, s -> HEADER.matcher(s).find() || s.contains("Session over"));
            Matcher dashboard = DASHBOARD.matcher(screen);
            assertTrue(dashboard.find(), screen);
            int dueNow = Integer.parseInt(dashboard.group(1));
            int newToday = Integer.parseInt(dashboard.group(2));
            int headers = 0;
            int lastLeft = Integer.MAX_VALUE;
            int answered = 0;
            while (true) {
                int seenHeaders = headers;
                screen = until(tmux, s -> count(s, HEADER) > seenHeaders || s.contains("[exited"));
                if (count(screen, HEADER) == headers) {
                    break;
                }
                headers++;
                // The header comes first, the question under it: wait for its prompt.
                screen = until(tmux, s -> PROMPTS.matcher(lastText(s)).lookingAt());
                List<String> lines = List.of(screen.split("\n"));
                int at = lineOf(lines, HEADER, headers);
                Matcher header = HEADER.matcher(lines.get(at));
                assertTrue(header.matches());
                int left = Integer.parseInt(header.group(1));
                if (headers == 1) {
                    assertEquals(
                            Math.min(limit, dueNow + newToday), left, "the first count of what is left:\n" + screen);
                }
                assertTrue(left <= lastLeft, "what is left grew from " + lastLeft + " to " + left + ":\n" + screen);
                lastLeft = left;
                boolean saysEarly = at + 1 < lines.size()
                        && EARLY.matcher(lines.get(at + 1)).matches();
                Asked q = identify(lines, saysEarly ? at + 2 : at + 1, header.group(3), screen);
                String other = siblingsToday.putIfAbsent(q.sibling(), q.id());
                assertTrue(
                        other == null || other.equals(q.id()),
                        q.id() + " and its sibling " + other + " on the same day:\n" + screen);
                Instant now = start.plus(Duration.between(began, Instant.now()));
                checkPromise(q, now, saysEarly ? lines.get(at + 1) : null, screen);
                answer(tmux, q, header.group(3));
                answered++;
                int savedLines = answered;
                String saved = SAVED.matcher(until(tmux, s -> count(s, SAVED) >= savedLines))
                        .results()
                        .toList()
                        .get(answered - 1)
                        .group(2);
                promises.put(q.id(), new Promise(start.plus(Duration.between(began, Instant.now())), saved));
            }
            screen = until(tmux, s -> s.contains("[exited"));
            assertTrue(screen.contains("[exited 0]"), screen);
            assertEquals(limit, answered, "--limit " + limit + " caps the answers:\n" + screen);
            assertTrue(screen.contains("Session over: " + limit + " answered"), "the summary counts them:\n" + screen);
            assertEquals(1, lastLeft, "the last question asked says it is the last:\n" + screen);
            answers += answered;
            Matcher next = Pattern.compile("(?m)^Next: .*$").matcher(screen);
            assertTrue(next.find(), screen);
            return new Session(screen, dueNow, newToday, Next.read(next.group()));
        }
    }

    /**
     * A question back before its promise says so ({@code Early (due in 8m00s)}, no later than promised); one
     * promised days ahead comes back on that study day or later.
     */
    private void checkPromise(Asked q, Instant now, String early, String screen) {
        Promise p = promises.get(q.id());
        if (p == null) {
            assertTrue(early == null, "a new question is never early: " + early + "\n" + screen);
            return;
        }
        Matcher interval = Pattern.compile("(\\d+)([mhd])").matcher(p.interval());
        assertTrue(interval.matches(), p.interval());
        long n = Long.parseLong(interval.group(1));
        if (interval.group(2).equals("d")) {
            LocalDate promised = studyDay(p.at()).plusDays(n);
            assertTrue(
                    !studyDay(now).isBefore(promised) || early != null,
                    q.id() + " promised in " + p.interval() + " came back on " + studyDay(now) + ":\n" + screen);
            keptDays += early == null ? 1 : 0;
            this.early += early == null ? 0 : 1;
            return;
        }
        Duration promisedIn = interval.group(2).equals("h") ? Duration.ofHours(n) : Duration.ofMinutes(n);
        Instant due = p.at().plus(promisedIn);
        // The printed interval is rounded to the minute; the clocks here to the second.
        if (now.isBefore(due.minusSeconds(45))) {
            assertTrue(
                    early != null,
                    q.id() + " promised in " + p.interval() + " came back " + Duration.between(p.at(), now)
                            + " later, not said to be early:\n" + screen);
        }
        if (early == null) {
            keptMinutes++;
        } else {
            this.early++;
            Matcher m = EARLY.matcher(early);
            assertTrue(m.matches(), early);
            Duration by = Duration.ofMinutes(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
                    .plusSeconds(m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
            assertTrue(
                    by.compareTo(promisedIn.plusSeconds(30)) <= 0,
                    early + " for a question promised in " + p.interval() + ":\n" + screen);
        }
    }

    /** The study day an instant falls in: days start at 04:00, here in UTC. */
    private static LocalDate studyDay(Instant at) {
        return at.atZone(java.time.ZoneOffset.UTC).minusHours(4).toLocalDate();
    }

    /** Answers the question on screen (a wrong answer as often as a right one: only the grades matter), then grades it. */
    private void answer(Tmux tmux, Asked q, String type) throws Exception {
        int n = given++;
        if (n % 7 == 6) {
            // I don't know: graded Again at once, then a key for the next question (unless the session is over).
            waitPrompt(tmux, q, type, 1);
            int pauses = count(tmux.screen(), PAUSE);
            tmux.keys("C-g");
            until(tmux, s -> count(s, PAUSE) > pauses || s.contains("Session over"));
            if (!tmux.screen().contains("Session over")) {
                tmux.keys("Space");
            }
            return;
        }
        int grades = count(tmux.screen(), GRADE_PROMPT);
        switch (type) {
            case "choice" -> {
                waitPrompt(tmux, q, type, 1);
                tmux.keys(n % 2 == 0 ? "a" : "b");
            }
            case "truefalse" -> {
                waitPrompt(tmux, q, type, 1);
                tmux.keys(n % 2 == 0 ? "t" : "f");
            }
            case "multi" -> typeLine(tmux, q, type, "ab");
            case "numeric" -> typeLine(tmux, q, type, "2001");
            case "short" -> typeLine(tmux, q, type, "Xi Jinping");
            case "cloze" -> {
                List<String> typed = new ArrayList<>();
                for (int blank = 1; blank <= q.blanks(); blank++) {
                    waitPrompt(tmux, q, type, blank);
                    if (blank == 2) {
                        // Up goes back to the first blank, its answer on the line; what was half typed here waits
                        // (the days here happen to ask no cloze of two blanks; ClozeBlanksIT always does).
                        tmux.type("Kaz");
                        tmux.keys("Up");
                        String first = "Blank 1 of " + q.blanks() + ": Astana";
                        until(tmux, s -> lastText(s).equals(first));
                        tmux.keys("Enter");
                        String second = "Blank 2 of " + q.blanks() + ": Kaz";
                        until(tmux, s -> lastText(s).equals(second));
                        tmux.type("akhstan");
                        tmux.keys("Enter");
                        typed.add("Kazakhstan");
                        continue;
                    }
                    tmux.type("Astana");
                    tmux.keys("Enter");
                    typed.add("Astana");
                }
                String judged = until(tmux, s -> count(s, GRADE_PROMPT) > grades);
                String verdict = judged.substring(judged.lastIndexOf("Blank 1 of") + 1);
                assertTrue(
                        q.blanks() == 1 || verdict.contains("✓ Right.") || verdict.contains(String.join(" / ", typed)),
                        "the answers given last are judged:\n" + judged);
            }
            default -> throw new AssertionError("a question of type " + type);
        }
        until(tmux, s -> count(s, GRADE_PROMPT) > grades);
        tmux.keys(GRADES.get(n % GRADES.size()));
    }

    private void typeLine(Tmux tmux, Asked q, String type, String text) throws Exception {
        waitPrompt(tmux, q, type, 1);
        tmux.type(text);
        tmux.keys("Enter");
    }

    /** Waits for the prompt of the question on screen (blank {@code blank} of a cloze) on its last line. */
    private void waitPrompt(Tmux tmux, Asked q, String type, int blank) throws Exception {
        String prompt = switch (type) {
            case "choice" -> "Press a–";
            case "truefalse" -> "Press t for true";
            case "multi" -> "Your answer (letters";
            case "numeric", "short" -> "Your answer: ";
            case "cloze" -> q.blanks() == 1 ? "Fill the blank: " : "Blank " + blank + " of " + q.blanks() + ": ";
            default -> throw new AssertionError(type);
        };
        until(tmux, s -> lastText(s).startsWith(prompt.strip()));
    }

    /** The last line with text above the status line. */
    private static String lastText(String screen) {
        List<String> lines = new ArrayList<>(List.of(screen.split("\n")));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        // The status line (12 left · 3 answered · …) sits below the prompt.
        if (!lines.isEmpty() && lines.get(lines.size() - 1).matches("\\d+ left · \\d+ answered · .*")) {
            lines.remove(lines.size() - 1);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Which question of the bundled pack the lines from {@code from} show: the longest whose text they begin with. */
    private Asked identify(List<String> lines, int from, String type, String screen) {
        String text = String.join(" ", lines.subList(from, Math.min(lines.size(), from + 12)))
                .replaceAll("\\s+", " ");
        return questions.stream()
                .filter(q -> text.startsWith(q.shown()))
                .max(java.util.Comparator.comparingInt(q -> q.shown().length()))
                .orElseThrow(() -> new AssertionError("a " + type + " question not in the pack:\n" + screen));
    }

    private void readBundledPack() throws Exception {
        JsonNode pack = new ObjectMapper()
                .readTree(Program.ROOT.resolve("questions/sco-summits.json").toFile());
        for (JsonNode q : pack.get("questions")) {
            String prompt = q.get("prompt").asText();
            boolean cloze = q.get("type").asText().equals("cloze");
            ClozeText text = cloze ? ClozeText.parse(prompt) : null;
            String shown = (cloze ? text.render(b -> "_____") : prompt)
                    .replaceAll("\\s+", " ")
                    .strip();
            JsonNode source = q.get("source");
            String sibling = q.hasNonNull("fact")
                    ? "fact " + q.get("fact").asText()
                    : source == null
                            ? "question " + q.get("id").asText()
                            : "sentence " + source.get("article").asText() + " " + source.get("start") + "-"
                                    + source.get("end");
            questions.add(new Asked(
                    q.get("id").asText(), shown, sibling, cloze ? text.blanks().size() : 0));
        }
    }

    private static int count(String screen, Pattern pattern) {
        return (int) pattern.matcher(screen).results().count();
    }

    private static int count(String screen, String text) {
        return screen.split(Pattern.quote(text), -1).length - 1;
    }

    /** The line of the {@code nth} match of {@code pattern}. */
    private static int lineOf(List<String> lines, Pattern pattern, int nth) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches() && ++seen == nth) {
                return i;
            }
        }
        throw new AssertionError("no match " + nth + " of " + pattern);
    }

    private static String until(Tmux tmux, Predicate<String> done) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = tmux.screen();
            if (done.test(screen)) {
                return screen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the screen never got there in 30 s:\n" + screen);
    }
}
