package quizline.cli;

import java.time.Clock;

/** A command that reads the time: {@link Main} gives it the one clock of the run. */
interface ReadsTime {
    void useClock(Clock clock);
}
