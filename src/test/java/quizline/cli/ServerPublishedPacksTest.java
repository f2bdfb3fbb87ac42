package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quizline.PostgresServer;
import quizline.env.Env;
import quizline.pack.Answers;
import quizline.pack.PackReader;
import quizline.pack.Question;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Rating;
import quizline.store.CardKey;
import quizline.store.PostgresProgressStore;
import quizline.store.PostgresProgressStore.PublishedPack;
import quizline.store.ProgressStore;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;

/**
 * {@code packs}, {@code stats} and {@code doctor} on a class's PostgreSQL server (--store or QUIZLINE_STORE) see the
 * packs published there, as {@code study} does; on a profile in a file (SQLite) nothing is asked of a server.
 */
class ServerPublishedPacksTest {
    private static final Instant NOW = Instant.parse("2024-07-10T12:00:00Z");
    private static final CardKey FOUNDED = new CardKey("class-mini", "founded");

    @TempDir
    Path home;

    private String v1;
    private String schema;
    private String teacher;
    private String ann;

    @BeforeEach
    void aClassWithAPublishedPack() throws Exception {
        PostgresServer.url();
        v1 = Files.readString(Path.of("src/test/resources/packs/mini.json"))
                .replace("\"id\": \"mini\"", "\"id\": \"class-mini\"");
        teacher = PostgresServer.roleName("teacher");
        ann = PostgresServer.roleName("ann");
        PostgresServer.admin("CREATE ROLE " + teacher + " LOGIN", "CREATE ROLE " + ann + " LOGIN");
        schema = PostgresServer.freshSchema(teacher);
        publish(v1);
    }

    private void publish(String text) throws Exception {
        try (PostgresProgressStore store =
                PostgresProgressStore.open(PostgresServer.as(teacher, schema), null, null, null)) {
            int version = PackReader.read(text).pack().orElseThrow().version();
            store.publish(new PublishedPack("class-mini", version, text), store.publishedPack("class-mini"), NOW);
        }
    }

    private Cli.Result run(Map<String, String> extra, String... args) {
        Map<String, String> variables = new HashMap<>();
        variables.put("HOME", home.toString());
        variables.put("XDG_DATA_HOME", home.resolve("data").toString());
        variables.putAll(extra);
        CommandLine cli = Main.commandLine(new Env(variables, Clock.fixed(NOW, ZoneOffset.UTC)), args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Cli.Result(cli.execute(args), out.toString(), err.toString());
    }

    private Map<String, String> asAnn() {
        return Map.of("QUIZLINE_STORE", PostgresServer.as(ann, schema));
    }

    @Test
    void packsListsThePublishedPacksWithWhereTheyComeFrom() {
        String url = PostgresServer.as(ann, schema);
        Cli.Result server = run(Map.of(), "packs", "--store", url);
        assertEquals(0, server.exit(), server.err());
        assertTrue(server.out().startsWith("2 packs:\n"), server.out());
        assertTrue(
                server.out()
                        .contains("class-mini  6 questions  version 1, as of 2024-07-05\n  Mini pack for tests\n"
                                + "  published to the class (" + url + ")\n"),
                server.out());
        assertEquals(server.out(), run(asAnn(), "packs").out(), "QUIZLINE_STORE as --store");

        Cli.Result file = run(Map.of(), "packs");
        assertEquals(0, file.exit(), file.err());
        assertTrue(file.out().startsWith("1 pack:\n"), "without a server, the local packs only: " + file.out());
    }

    @Test
    void packsWithAnAddressThatIsNoServerIsAUsageMistake() {
        Cli.Result r = run(Map.of(), "packs", "--store", "mysql://h/db?password=hunter2");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("quizline: --store mysql://h/db: not a PostgreSQL address"), r.err());
        assertTrue(!r.err().contains("hunter2"), r.err());
    }

    @Test
    void statsKnowsAPublishedPack() {
        Cli.Result server = run(asAnn(), "stats", "--pack", "class-mini");
        assertEquals(0, server.exit(), server.err());
        assertTrue(server.out().startsWith("quizline stats · pack class-mini · 2024-07-10\n"), server.out());

        Cli.Result file = run(Map.of(), "stats", "--pack", "class-mini");
        assertEquals(1, file.exit(), "a profile in a file has no such pack: " + file.out());
        assertTrue(file.err().contains("no pack with id \"class-mini\""), file.err());
    }

    @Test
    void flaggedAndSuspendedShowAPublishedPacksPrompts() throws Exception {
        try (PostgresProgressStore store =
                PostgresProgressStore.open(PostgresServer.as(ann, schema), null, null, null)) {
            store.flag(new ProgressStore.Flag(FOUNDED, "which year, exactly?", NOW));
            store.suspend(new ProgressStore.Suspension(FOUNDED, NOW, false));
        }
        Cli.Result flagged = run(asAnn(), "flagged", "--pack", "class-mini");
        assertEquals(0, flagged.exit(), flagged.err());
        assertEquals(
                "1 flag in pack class-mini:\nclass-mini  founded  2024-07-10 12:00\n"
                        + "  In which year was the organisation founded?\n  Note: which year, exactly?\n",
                flagged.out());
        Cli.Result suspended = run(asAnn(), "suspended");
        assertEquals(0, suspended.exit(), suspended.err());
        assertTrue(
                suspended
                        .out()
                        .contains("class-mini/founded  since 2024-07-10 12:00\n"
                                + "  In which year was the organisation founded?\n"),
                suspended.out());
    }

    /**
     * A student naming another student's profile is refused at once, in one line, by the commands that read and those
     * that write; the instructor's role may name any.
     */
    @Test
    void aStudentNamingAnotherStudentsProfileIsRefusedAndTheInstructorIsNot() {
        String expected = "quizline: " + PostgresServer.as(ann, schema) + ": the role " + ann
                + " reads and writes only its own profile, " + ann + ", not bob (leave out --profile, or log in as the"
                + " class's instructor)\n";
        for (String command : new String[] {"stats", "study", "flagged"}) {
            Cli.Result r = run(asAnn(), command, "--profile", "bob");
            assertEquals(1, r.exit(), command + ": " + r.out());
            assertEquals(expected, r.err(), command);
        }
        assertEquals(0, run(asAnn(), "stats", "--profile", ann).exit(), "her own profile, named");
        Cli.Result teacher =
                run(Map.of("QUIZLINE_STORE", PostgresServer.as(this.teacher, schema)), "stats", "--profile", "bob");
        assertEquals(0, teacher.exit(), teacher.err());
    }

    @Test
    void aReportOnAPackThereIsNotNamesThePacksPublishedToTheClass() {
        Cli.Result r =
                run(Map.of("QUIZLINE_STORE", PostgresServer.as(teacher, schema)), "class", "report", "--pack", "nope");
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().startsWith("quizline: no pack with id \"nope\" and no progress for one (loaded: "), r.err());
        assertTrue(r.err().endsWith("; published to the class: class-mini)\n"), r.err());
    }

    @Test
    void doctorKeepsACardResetByAPublishedAnswerChange() throws Exception {
        Question founded = PackReader.read(v1).pack().orElseThrow().questions().stream()
                .filter(q -> q.id().equals("founded"))
                .findFirst()
                .orElseThrow();
        try (PostgresProgressStore store =
                PostgresProgressStore.open(PostgresServer.as(ann, schema), null, null, null)) {
            Card before = ProgressStore.newCard(FOUNDED);
            Card after = new Card(CardState.REVIEW, 0, 3, 5, 0, NOW, NOW.plusSeconds(86_400 * 3), 1, 0, 3, 1);
            store.record(new ReviewRecord(
                    FOUNDED,
                    NOW.minusSeconds(3600),
                    Rating.GOOD,
                    "2001",
                    Verdict.RIGHT,
                    900,
                    before,
                    after,
                    ReviewKind.REVIEW,
                    Answers.keyHash(founded)));
            // The instructor changes the answer; the student's session starts the card again
            publish(v1.replace("\"version\": 1", "\"version\": 2").replace("\"answer\": 2001}", "\"answer\": 2002}"));
            store.reset(FOUNDED);
        }
        Cli.Result doctor = run(asAnn(), "doctor");
        assertEquals(0, doctor.exit(), doctor.out() + doctor.err());
        assertTrue(
                doctor.out().startsWith("ok: 0 differences in ")
                        && doctor.out().contains("(1 reset after an answer change, left new: class-mini/founded)"),
                "the published version's answer is the current one, so the reset is kept: " + doctor.out());
    }
}
