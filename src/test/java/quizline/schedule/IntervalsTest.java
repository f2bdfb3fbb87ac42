package quizline.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalsTest {

    @ParameterizedTest(name = "{0} s → {1}")
    @CsvSource({
        "0, <1m",
        "20, <1m",
        "60, 1m",
        "360, 6m",
        "600, 10m",
        "3540, 59m",
        "3582, 1h", // 59.7 minutes rounds to an hour
        "3600, 1h",
        "5400, 2h", // 1.5 h rounds half up
        "82800, 23h",
        "86400, 1d",
        "172800, 2d",
        "2592000, 30d",
        "2851200, 1.1mo", // 33 days
        "5270400, 2mo", // 61 days: 2.0 months
        "31449600, 1y", // 364 days: 11.97 months reads as a year
        "31536000, 1y",
        "37843200, 1.2y", // 438 days
        "3153600000, 100y",
    })
    void formatsLikeAnkiButtons(long seconds, String expected) {
        assertEquals(expected, Intervals.format(Duration.ofSeconds(seconds)));
    }

    @Test
    void betweenTwoInstants() {
        Instant now = Instant.parse("2024-01-01T09:00:00Z");
        assertEquals("10m", Intervals.between(now, now.plusSeconds(600)));
        assertEquals("<1m", Intervals.between(now, now.minusSeconds(600)));
    }
}
