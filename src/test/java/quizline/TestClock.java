package quizline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told to, or by a fixed step at every reading. */
public final class TestClock extends Clock {
    private Instant now;
    private final Duration step;

    public TestClock(Instant start, Duration step) {
        this.now = start;
        this.step = step;
    }

    public static TestClock at(String iso) {
        return new TestClock(Instant.parse(iso), Duration.ZERO);
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public Instant instant() {
        Instant reading = now;
        now = now.plus(step);
        return reading;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
