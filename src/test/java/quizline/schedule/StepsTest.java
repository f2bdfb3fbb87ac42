package quizline.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StepsTest {

    @Test
    void parsesMinutesHoursAndDays() {
        assertEquals(List.of(1, 10), Steps.parse("1m,10m").minutes());
        assertEquals(List.of(60), Steps.parse("1h").minutes());
        assertEquals(List.of(1440), Steps.parse("1d").minutes());
        assertEquals(List.of(10, 60, 1440), Steps.parse(" 10m , 1h,1d ").minutes());
    }

    @Test
    void emptyTextMeansNoSteps() {
        assertTrue(Steps.parse("").isEmpty());
        assertTrue(Steps.parse("  ").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1m,10m     | 1m,10m
            60m,1440m  | 1h,1d
            90m        | 90m
            """)
    void printsTheLargestWholeUnit(String text, String canonical) {
        assertEquals(canonical, Steps.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5x", "m", "1.5m", "1m,,10m", "1m,", "-1m", "10", "1 m", "0m", "36501d"})
    void badStepsAreReportedWithTheOffendingStep(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Steps.parse(text));
        assertTrue(e.getMessage().startsWith("bad step \""), e.getMessage());
        assertTrue(e.getMessage().contains("in \"" + text + "\""), e.getMessage());
    }
}
