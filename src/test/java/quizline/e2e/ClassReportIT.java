package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class of four students in one data folder, each a profile that studied the mini pack through the program itself:
 * alice (4 right, 1 with a typo, 1 wrong), bob (5 wrong, and a flag on the cloze), carol (2 right), and dave, who has
 * not started. The instructor's report reads them all.
 *
 * <p>The marks (first answers; a typo counts): host-city 1 0 0, kyrgyz-president 1 0 0, founded 0 1 0, belarus 1 0 1,
 * founders 1 0 1, capital 1 0 0 for alice, bob, carol; rest scores (the mean of the other five) alice .8 (host-city),
 * bob .2, carol .4. host-city: facility 1/3, SD √(1/3) = 57.74 %; covariance (2/3 × 1/3 + 1/3 × 4/15 + 1/3 × 1/15) / 2 =
 * 1/6, rest variance (1/9 + 16/225 + 1/225) / 2 = 7/75, index 100 × (1/6) / √(1/3 × 7/75) = 94.49; the marks already in
 * the rest scores' order, efficiency 100. founded, the one bob alone knew: index -80.30, dubious.
 */
class ClassReportIT {
    @TempDir
    static Path home;

    /** The class studies once: the tests only read it. */
    private static Map<String, String> env;

    @BeforeAll
    static void classStudies() throws Exception {
        Program.assertJarBuilt();
        env = Program.environment(home);
        env.put("TZ", "UTC");
        env.put("NO_COLOR", "1");
        env.put("QUIZLINE_NOW", "2026-12-05T09:00:00Z");
        for (String student : List.of("alice", "bob", "carol", "dave")) {
            Program.inPackOrder(env, student);
        }
        study("alice", "b\n\nSadyr Japorov\n\n2002\n\nt\n\nac\n4\nNur-Sultan\n\n");
        study("bob", "c\n\nAkaev\n\n2001\n\nf\n\nab\n\nAlmaty\n!\nIs Astana right?\n");
        study("carol", "c\n\nAkayev\n\n1996\n\nt\n\nac\n\nAlmaty\n\n");
        // alice comes back the next day and says "I don't know" to the five still in learning steps
        env.put("QUIZLINE_NOW", "2026-12-06T09:00:00Z");
        study("alice", "!\n!\n!\n!\n!\n", "--limit", "5");
        env.put("QUIZLINE_NOW", "2026-12-07T09:00:00Z");
    }

    private static void study(String student, String answers, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("study", "--pack", "mini", "--profile", student));
        args.addAll(List.of(more));
        Program.Result r = Program.run(env, answers, args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void questionsAsCsvMatchTheHandComputation() throws Exception {
        Map<Path, Long> before = modified();
        Program.Result r = Program.run(env, "", "class", "report", "--pack", "mini", "--csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                question,in_pack,students,answers,facility_index,standard_deviation,discrimination_index,\
                discriminative_efficiency,dubious,needs_checking,wrong_answer_1,count_1,wrong_answer_2,count_2,\
                wrong_answer_3,count_3,flags,notes
                host-city,true,3,4,33.33,57.74,94.49,100.00,false,unlikely,c) Bishkek,2,,,,,0,
                kyrgyz-president,true,3,4,33.33,57.74,94.49,100.00,false,unlikely,Akaev,1,Akayev,1,,,0,
                founded,true,3,4,33.33,57.74,-80.30,-87.50,true,very likely,1996,1,2002,1,,,0,
                belarus,true,3,4,66.67,57.74,50.00,100.00,false,likely,false,1,,,,,0,
                founders,true,3,3,66.67,57.74,50.00,100.00,false,likely,"a) China, b) India",1,,,,,0,
                capital,true,3,4,33.33,57.74,94.49,100.00,false,unlikely,Almaty,2,,,,,1,bob: Is Astana right?
                """, r.out());
        assertEquals("", r.err());
        assertEquals(before, modified(), "the report only reads");
    }

    private static Map<Path, Long> modified() throws java.io.IOException {
        Map<Path, Long> times = new java.util.TreeMap<>();
        try (var files = Files.list(home.resolve("data/quizline"))) {
            // SQLite's shared-memory index (-shm) is a reader's too; the database and its log are what must not change
            for (Path f : files.filter(f -> !f.toString().endsWith("-shm")).toList()) {
                times.put(f, Files.getLastModifiedTime(f).toMillis());
            }
        }
        return times;
    }

    @Test
    void studentsAsCsv() throws Exception {
        Program.Result r = Program.run(env, "", "class", "report", "--pack", "mini", "--csv", "students");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals(
                "student,reviews,retention,retention_passed,retention_total,due,last_active,streak_days", rows.get(0));
        // alice: 6 + 5 answers, the five she did not know due again now, studied yesterday and the day before
        assertTrue(rows.get(1).matches("alice,11,,0,0,5,2026-12-06T09:00:[0-9.]+Z,2"), rows.get(1));
        assertTrue(rows.get(2).matches("bob,6,,0,0,6,2026-12-05T09:00:[0-9.]+Z,0"), rows.get(2));
        assertTrue(rows.get(3).matches("carol,6,,0,0,6,2026-12-05T09:00:[0-9.]+Z,0"), rows.get(3));
        assertEquals("dave,0,,0,0,0,,0", rows.get(4));
        assertEquals(5, rows.size());
    }

    @Test
    void tableInTheTerminalShowsFlagsWrongAnswersAndEveryStudent() throws Exception {
        Program.Result r = Program.run(env, "", "class", "report", "--pack", "mini");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("quizline class report · pack mini · 4 students · 7 Dec 2026 09:00\n"), out);
        assertTrue(out.contains("\n  question          students  facility     SD  discrim.  effic.  check\n"), out);
        assertTrue(
                out.contains(
                        "\n  founded                  3     33.33  57.74    -80.30  -87.50  dubious, very likely\n"),
                out);
        assertTrue(
                out.contains("\n      Wrong: “Almaty” ×2\n      Flagged by bob, 5 Dec 2026 09:00: Is Astana right?\n"),
                out);
        assertTrue(out.contains("\n  dave           0          –    0             never  0 days\n"), out);
    }

    @Test
    void aPackNobodyHasIsRefusedInOneLine() throws Exception {
        Program.Result r = Program.run(env, "", "class", "report", "--pack", "nope");
        assertEquals(1, r.exit());
        assertEquals(
                "quizline: no pack with id \"nope\" and no progress for one (loaded: sco-summits, mini)\n", r.err());
        assertEquals("", r.out());
    }
}
