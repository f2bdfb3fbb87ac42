package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.PostgresServer;

/**
 * A login with a password from a pgpass file, as the PostgreSQL driver reads it ({@code PGPASSFILE}): the program
 * reaches a server role that must authenticate with its password (scram-sha-256, the test server's password role),
 * and is refused in one line with a wrong one or none; no output ever shows the password.
 */
class PgpassIT {
    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    private Path pgpass(String role, String password) throws Exception {
        Path file = home.resolve("pgpass");
        Files.writeString(file, "# host:port:database:user:password\n127.0.0.1:*:*:" + role + ":" + password + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private Program.Result stats(String url, Path pgpass) throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put("QUIZLINE_STORE", url);
        env.put("PGPASSFILE", pgpass.toString());
        env.put("NO_COLOR", "1");
        return Program.run(env, "", "stats");
    }

    @Test
    void thePasswordComesFromThePgpassFileAndIsNeverShown() throws Exception {
        PostgresServer.PasswordRole role = PostgresServer.passwordRole();
        String schema = PostgresServer.freshSchema(role.name());
        String url = role.url() + "&currentSchema=" + schema;
        assertFalse(url.contains(role.password()), "the URL carries no password");

        Program.Result right = stats(url, pgpass(role.name(), role.password()));
        assertEquals(0, right.exit(), right.err());
        assertTrue(right.out().startsWith("quizline stats"), right.out());

        String wrongPassword = "not-" + role.password();
        Program.Result wrong = stats(url, pgpass(role.name(), wrongPassword));
        assertEquals(1, wrong.exit(), wrong.out());
        assertEquals(1, wrong.err().lines().count(), wrong.err());
        assertTrue(
                wrong.err()
                        .startsWith("quizline: " + url + ": cannot open the progress database: the server refused"
                                + " the login ("),
                wrong.err());
        assertTrue(wrong.err().contains("check the user and the password"), wrong.err());

        Program.Result none = stats(url, home.resolve("no-such-pgpass"));
        assertEquals(1, none.exit(), none.out());
        assertEquals(1, none.err().lines().count(), none.err());
        assertTrue(none.err().contains("the server refused the login"), none.err());

        for (Program.Result r : List.of(right, wrong, none)) {
            for (String secret : List.of(role.password(), wrongPassword)) {
                assertFalse(r.out().contains(secret) || r.err().contains(secret), "a password shown: " + r);
            }
        }
    }
}
