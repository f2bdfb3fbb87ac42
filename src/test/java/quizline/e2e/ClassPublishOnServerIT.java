package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.PostgresServer;

/**
 * A class on a PostgreSQL server: the instructor publishes the mini pack to the class's database, a student with no
 * copy of it studies it with the server as their store, and a second version reaches them with their progress kept by
 * the pack-change rules; a student's role cannot publish.
 */
class ClassPublishOnServerIT {
    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    @Test
    void aPackPublishedOnTheServerIsStudiedAndANewVersionKeepsProgress() throws Exception {
        String teacher = PostgresServer.roleName("teacher");
        String ann = PostgresServer.roleName("ann");
        PostgresServer.admin("CREATE ROLE " + teacher + " LOGIN", "CREATE ROLE " + ann + " LOGIN");
        String schema = PostgresServer.freshSchema(teacher);
        Map<String, String> instructor = environment(PostgresServer.as(teacher, schema));
        Map<String, String> student = environment(PostgresServer.as(ann, schema));

        String v1 = Files.readString(Program.TEST_PACKS.resolve("mini.json"));
        Path file = home.resolve("mini.json");
        Files.writeString(file, v1);
        Program.Result first = Program.run(instructor, "", "class", "publish", file.toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals("Published mini v1 (6 questions): " + PostgresServer.as(teacher, schema) + "\n", first.out());

        // ann has no copy of the pack: she studies the class's
        Program.inPackOrder(student, ann);
        Program.Result study = Program.run(student, ClassPublishIT.EVERY_QUESTION_ANSWERED, "study", "--pack", "mini");
        assertEquals(0, study.exit(), study.err());
        assertTrue(
                study.out().contains("  mini — Mini pack for tests · 6 questions · facts as of 2024-07-05\n"),
                study.out());
        assertTrue(study.out().contains("\nSession over: 6 answered · 5 right · 1 with a typo · 0 wrong"), study.out());

        String v2 = ClassPublishIT.secondVersion(v1);
        Files.writeString(file, v2);
        Program.Result refused = Program.run(student, "", "class", "publish", file.toString());
        assertEquals(1, refused.exit(), refused.err());
        assertTrue(
                refused.err().contains("only the class's instructor, the role that owns the tables, may publish"),
                refused.err());
        Program.Result second = Program.run(instructor, "", "class", "publish", file.toString());
        assertEquals(0, second.exit(), second.err());

        // A copy of v1 of ann's own: the class's v2, newer, is studied in its place
        Path own = home.resolve("data/quizline/packs/mini.json");
        Files.createDirectories(own.getParent());
        Files.writeString(own, v1);
        student.put("QUIZLINE_NOW", "2026-12-06T09:00:00Z");
        Program.Result next = Program.run(student, "", "study", "--pack", "mini");
        assertEquals(0, next.exit(), next.err());
        assertTrue(
                next.out().contains("  mini — Mini pack for tests · 5 questions · facts as of 2024-07-05\n"),
                next.out());
        // Her answers kept: three learning cards due, one review later; only the question whose answer changed is new
        assertTrue(next.out().contains("Due now 3 · new today 1\n"), next.out());
        assertTrue(
                next.out().contains("Notice: the answer to mini/founded changed in the pack, so its progress starts\n"),
                next.out());
        assertTrue(next.out().contains("\nNext: 3 learning cards due now, 1 review in 6 days\n"), next.out());
        assertEquals("", next.err());

        // The browsing commands see the class's pack too
        Program.Result list = Program.run(student, "", "list", "--pack", "mini");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("mini/founded · numeric · new\n"), list.out());
        assertTrue(list.out().contains("mini/founders · multi · review · due in "), list.out());

        // The instructor's report reads the pack as published: belarus is no longer in it, founded keys 2002
        Program.Result report = Program.run(instructor, "", "class", "report", "--pack", "mini", "--csv");
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("\nbelarus,false,1,1,100.00,,,,false,,,,,,,,0,\n"), report.out());
        assertTrue(report.out().contains("\nfounded,true,0,0,,,,,false,,,,,,,,0,\n"), report.out());
    }

    private Map<String, String> environment(String store) {
        Map<String, String> env = Program.environment(home);
        env.remove("QUIZLINE_PACKS");
        env.put("QUIZLINE_STORE", store);
        env.put("TZ", "UTC");
        env.put("NO_COLOR", "1");
        env.put("QUIZLINE_NOW", "2026-12-05T09:00:00Z");
        return env;
    }
}
