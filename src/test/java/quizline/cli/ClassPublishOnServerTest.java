package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quizline.PostgresServer;
import quizline.env.Env;
import quizline.store.PostgresProgressStore;

/**
 * {@code class publish --store URL}: the pack versions of a class on a PostgreSQL server, by the packs folder's rules
 * (newer replaces, the same is a no-op, older refused unless forced, nothing written when refused); every student's
 * role reads them, only the instructor's writes them.
 */
class ClassPublishOnServerTest {
    private static final Path MINI = Path.of("src/test/resources/packs/mini.json");

    @TempDir
    Path home;

    private String v1;
    private String schema;
    private String teacher;
    private String ann;

    @BeforeEach
    void aClass() throws Exception {
        PostgresServer.url();
        v1 = Files.readString(MINI);
        teacher = PostgresServer.roleName("teacher");
        ann = PostgresServer.roleName("ann");
        PostgresServer.admin("CREATE ROLE " + teacher + " LOGIN", "CREATE ROLE " + ann + " LOGIN");
        schema = PostgresServer.freshSchema(teacher);
        PostgresProgressStore.open(PostgresServer.as(teacher, schema), null, null, null)
                .close(); // the instructor's role makes the tables
    }

    private Cli.Result publish(String role, String... args) {
        Env env = new Env(
                Map.of(
                        "HOME",
                        home.toString(),
                        "XDG_DATA_HOME",
                        home.resolve("data").toString(),
                        "QUIZLINE_STORE",
                        PostgresServer.as(role, schema)),
                Clock.fixed(Instant.parse("2024-07-10T12:00:00Z"), ZoneOffset.UTC));
        String[] line = new String[args.length + 2];
        line[0] = "class";
        line[1] = "publish";
        System.arraycopy(args, 0, line, 2, args.length);
        CommandLine cli = Main.commandLine(env, line);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Cli.Result(cli.execute(line), out.toString(), err.toString());
    }

    private Path file(String name, String text) throws Exception {
        Path f = home.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** The published text of mini, as a student's role reads it. */
    private String publishedAsAStudent() throws Exception {
        try (PostgresProgressStore store =
                PostgresProgressStore.open(PostgresServer.as(ann, schema), null, null, null)) {
            return store.publishedPack("mini")
                    .map(PostgresProgressStore.PublishedPack::text)
                    .orElse(null);
        }
    }

    private static String lastLine(String err) {
        return err.lines().reduce((a, b) -> b).orElse("");
    }

    @Test
    void theInstructorPublishesByTheFoldersRulesAndStudentsReadIt() throws Exception {
        String where = PostgresServer.as(teacher, schema);
        Cli.Result first = publish(teacher, file("mini.json", v1).toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals("Published mini v1 (6 questions): " + where + "\n", first.out());
        assertEquals(v1, publishedAsAStudent());

        Cli.Result same = publish(
                teacher, file("relaid.json", v1.replace("\n  ", "\n    ")).toString());
        assertEquals(0, same.exit(), same.err());
        assertEquals("mini v1 is already published, the same: nothing to do (" + where + ").\n", same.out());
        assertEquals(v1, publishedAsAStudent());

        String v2 = v1.replace("\"version\": 1", "\"version\": 2").replace("\"answer\": 2001}", "\"answer\": 2002}");
        Cli.Result newer = publish(teacher, file("mini2.json", v2).toString());
        assertEquals(0, newer.exit(), newer.err());
        assertEquals(
                "Published mini v2 (6 questions) in place of v1: " + where + "\n"
                        + "  1 answer changed, those questions start again for every student: founded\n",
                newer.out());

        Path old = file("mini.json", v1);
        Cli.Result older = publish(teacher, old.toString());
        assertEquals(1, older.exit());
        assertEquals(
                "quizline: " + old + ": not published: v1 is older than the v2 published (" + where
                        + "); --force publishes it anyway",
                lastLine(older.err()));
        assertEquals(v2, publishedAsAStudent(), "nothing written when refused");
        Cli.Result forced = publish(teacher, "--force", old.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertEquals(v1, publishedAsAStudent());
    }

    @Test
    void aStudentsRoleCannotPublish() throws Exception {
        assertEquals(0, publish(teacher, file("mini.json", v1).toString()).exit());
        String v2 = v1.replace("\"version\": 1", "\"version\": 2");
        Cli.Result r = publish(ann, file("mini2.json", v2).toString());
        assertEquals(1, r.exit());
        assertTrue(
                lastLine(r.err())
                        .endsWith(": could not publish pack \"mini\": only the class's instructor, the role that owns"
                                + " the tables, may publish (this is " + ann + ")"),
                r.err());
        assertEquals(v1, publishedAsAStudent());
        // Nor around quizline: the server itself refuses a student's role any change to the table
        try (Connection db = DriverManager.getConnection(PostgresServer.as(ann, schema));
                Statement s = db.createStatement()) {
            for (String change : new String[] {
                "DELETE FROM published_pack",
                "UPDATE published_pack SET version = 9",
                "INSERT INTO published_pack VALUES ('other', 1, '{}', 0)"
            }) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(change), change);
                assertEquals("42501", e.getSQLState(), change);
            }
        }
        assertEquals(v1, publishedAsAStudent());
    }
}
