package quizline;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the tests of the server store run against: the URL in {@code QUIZLINE_TEST_PG} (of a
 * superuser), which {@code .ci/with-postgres} starts a throw-away cluster for, as {@code .ci/run} does. Each test
 * gets a schema of its own in it ({@link #freshSchema}), so tests share the server but no rows.
 *
 * <p>Without the variable those tests are skipped, with one line saying how to run them; where {@code CI} is {@code
 * true} they fail instead, as {@link SharedFolder}'s do: CI never passes by skipping them.
 */
public final class PostgresServer {
    public static final String VARIABLE = "QUIZLINE_TEST_PG";
    private static final AtomicBoolean REPORTED = new AtomicBoolean();
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid());

    private PostgresServer() {}

    /** The superuser's URL of the test server; skips the test (fails it on CI) when there is none. */
    public static String url() {
        String url = System.getenv(VARIABLE);
        if (url == null || url.isBlank()) {
            String needs = "needs a PostgreSQL server: " + VARIABLE
                    + " unset (run the tests under .ci/with-postgres, which starts a throw-away one)";
            if (SharedFolder.required()) {
                fail(needs + ", and CI=true makes that an error");
            }
            if (!REPORTED.getAndSet(true)) {
                System.out.println("Skipping the tests that need PostgreSQL: " + needs);
            }
            assumeTrue(false, needs);
        }
        return url;
    }

    /** Runs statements as the superuser. */
    public static void admin(String... statements) {
        try (Connection db = DriverManager.getConnection(url());
                Statement s = db.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the test server refused: " + e.getMessage(), e);
        }
    }

    /** A new empty schema, unique to this test run and test, owned by {@code owner} (null: the superuser). */
    public static String freshSchema(String owner) {
        String schema = "t" + RUN + "_" + SCHEMAS.incrementAndGet();
        admin(
                "CREATE SCHEMA " + schema + (owner == null ? "" : " AUTHORIZATION " + owner),
                "GRANT USAGE ON SCHEMA " + schema + " TO PUBLIC");
        return schema;
    }

    /** A name for a role unique to this test run (roles are the cluster's, not a schema's). */
    public static String roleName(String name) {
        return name + "_" + RUN + "_" + SCHEMAS.incrementAndGet();
    }

    /** The superuser's URL with its tables in {@code schema}. */
    public static String inSchema(String schema) {
        return url() + "&currentSchema=" + schema;
    }

    /**
     * The role of the test server that must log in with a password ({@code .ci/with-postgres} makes it, with a password
     * of its own each run): its URL without the password, and the password. Skips the test (fails it on CI) when the
     * server has none.
     */
    public static PasswordRole passwordRole() {
        url();
        String url = System.getenv("QUIZLINE_TEST_PG_PASSWORD_URL");
        String password = System.getenv("QUIZLINE_TEST_PG_PASSWORD");
        if (url == null || password == null) {
            String needs = "needs the test server's password role (QUIZLINE_TEST_PG_PASSWORD_URL and"
                    + " QUIZLINE_TEST_PG_PASSWORD, which .ci/with-postgres sets)";
            if (SharedFolder.required()) {
                fail(needs + ", and CI=true makes that an error");
            }
            assumeTrue(false, needs);
        }
        return new PasswordRole(url, password);
    }

    /** A role that logs in with a password: its URL (with no password in it) and the password. */
    public record PasswordRole(String url, String password) {
        /** The role's name, as the URL gives it. */
        public String name() {
            return url.replaceFirst(".*[?&]user=([^&]*).*", "$1");
        }
    }

    /** The URL of {@code role} (no password: the test cluster trusts loopback) with its tables in {@code schema}. */
    public static String as(String role, String schema) {
        return url().replaceFirst("([?&])user=[^&]*", "$1user=" + role) + "&currentSchema=" + schema;
    }
}
