package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

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
}
