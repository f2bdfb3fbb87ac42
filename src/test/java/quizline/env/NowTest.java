package quizline.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quizline.TestClock;
import quizline.io.UserError;

class NowTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void withoutTheVariableEveryCommandReadsTheSystemClock() {
        Clock system = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), BERLIN);
        assertSame(system, Now.clock(Map.of(), system));
        assertSame(system, Now.clock(Map.of("QUIZLINE_NOW", ""), system));
    }

    @Test
    void anInstantWithAnOffsetIsThatInstantInTheLocalZone() {
        Clock system = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), BERLIN);
        Clock clock = Now.clock(Map.of("QUIZLINE_NOW", "2026-12-05T09:00:00Z"), system);
        assertEquals(Instant.parse("2026-12-05T09:00:00Z"), clock.instant());
        assertEquals(BERLIN, clock.getZone());
        assertEquals(
                Instant.parse("2026-12-05T08:00:00Z"),
                Now.clock(Map.of("QUIZLINE_NOW", "2026-12-05T09:00+01:00"), system)
                        .instant());
    }

    @Test
    void aLocalDateTimeIsInTheLocalZone() {
        Clock system = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), BERLIN);
        assertEquals(
                Instant.parse("2026-12-05T08:00:00Z"),
                Now.clock(Map.of("QUIZLINE_NOW", "2026-12-05T09:00"), system).instant());
    }

    @Test
    void theSetClockRunsOnFromTheTimeGiven() {
        TestClock system = TestClock.at("2026-11-25T10:00:00Z");
        Clock clock = Now.clock(Map.of("QUIZLINE_NOW", "2026-12-05T09:00:00Z"), system);
        system.advance(java.time.Duration.ofMinutes(12));
        assertEquals(Instant.parse("2026-12-05T09:12:00Z"), clock.instant());
    }

    @Test
    void aBadValueIsAUsageErrorNamingTheVariable() {
        Clock system = Clock.systemUTC();
        for (String bad : new String[] {"tomorrow", "2026-12-05", "2026-13-05T09:00:00Z", "1733389200"}) {
            UserError e = assertThrows(UserError.class, () -> Now.clock(Map.of("QUIZLINE_NOW", bad), system), bad);
            assertTrue(e.usage(), bad);
            assertEquals(
                    "QUIZLINE_NOW=" + bad + " is not a date-time such as 2026-12-05T09:00:00Z or 2026-12-05T09:00",
                    e.getMessage());
        }
    }
}
