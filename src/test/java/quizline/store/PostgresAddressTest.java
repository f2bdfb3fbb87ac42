package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** A server's password never reaches a message: the address is shown without it. */
class PostgresAddressTest {
    @Test
    void thePasswordIsRemovedWhereverItStandsInTheUrl() {
        assertEquals(
                "jdbc:postgresql://db:5432/class?user=ann",
                PostgresProgressStore.redacted("jdbc:postgresql://db:5432/class?user=ann&password=s3cr%26t"));
        assertEquals(
                "jdbc:postgresql://db/class?user=ann&ssl=true",
                PostgresProgressStore.redacted("jdbc:postgresql://db/class?password=pw&user=ann&ssl=true"));
        assertEquals(
                "jdbc:postgresql://db/class?user=ann",
                PostgresProgressStore.redacted("jdbc:postgresql://db/class?user=ann&PASSWORD=pw"));
        assertEquals("jdbc:postgresql://db/class", PostgresProgressStore.redacted("jdbc:postgresql://db/class"));
        // before the host, as libpq's URIs give it; a port stays
        assertEquals(
                "jdbc:postgresql://ann@db:5432/class",
                PostgresProgressStore.redacted("jdbc:postgresql://ann:s3cr:t@db:5432/class"));
        assertEquals("postgresql://ann@db/class", PostgresProgressStore.redacted("postgresql://ann:pw@db/class"));
        assertEquals(
                "jdbc:postgresql://db:5432/class?user=a@b",
                PostgresProgressStore.redacted("jdbc:postgresql://db:5432/class?user=a@b"));
    }

    @Test
    void aServerThatCannotBeReachedIsSaidSoWithoutThePassword() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/class?user=ann&password=hunter2&connectTimeout=5";
        StoreException e = assertThrows(StoreException.class, () -> PostgresProgressStore.open(url, null, null, "pw2"));
        assertTrue(
                e.getMessage()
                        .startsWith("jdbc:postgresql://127.0.0.1:" + port
                                + "/class?user=ann&connectTimeout=5: cannot open the progress database: cannot reach"
                                + " the server"),
                e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertFalse(e.getMessage().contains("pw2"), e.getMessage());
    }

    /**
     * An address the driver cannot parse is refused in quizline's one line; the driver's own warning about it (printed
     * by java.util.logging to standard error, two more lines) is not written.
     */
    @Test
    void anAddressTheDriverCannotParseIsOneLineWithoutTheDriversLog() {
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            StoreException e = assertThrows(
                    StoreException.class,
                    () -> PostgresProgressStore.open(
                            "jdbc:postgresql://127.0.0.1:abc/class?user=ann&password=hunter2", null, null, null));
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        } finally {
            root.removeHandler(handler);
        }
        assertEquals(List.of(), logged.stream().map(LogRecord::getMessage).toList());
    }

    /** A host name that names no host is said so, where the driver says only that the attempt failed. */
    @Test
    void aHostThatDoesNotExistIsNamed() {
        SQLException failed = new PSQLException(
                "The connection attempt failed.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new UnknownHostException("db.example.invalid"));
        assertEquals(
                "cannot reach the server (no such host: db.example.invalid)", PostgresProgressStore.reasonOf(failed));
    }
}
