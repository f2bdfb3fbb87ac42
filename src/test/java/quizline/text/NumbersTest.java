package quizline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void wholeNumbersUpTo2To53AreLongs() {
        assertEquals(OptionalLong.of(2001), Numbers.whole(2001.0));
        assertEquals(OptionalLong.of(0), Numbers.whole(-0.0));
        assertEquals(OptionalLong.of(-36500), Numbers.whole(-36500.0));
        assertEquals(OptionalLong.of(9_007_199_254_740_992L), Numbers.whole(0x1p53));
        assertEquals(OptionalLong.empty(), Numbers.whole(0x1p54));
        assertEquals(OptionalLong.empty(), Numbers.whole(0.5));
        assertEquals(OptionalLong.empty(), Numbers.whole(Double.NaN));
        assertEquals(OptionalLong.empty(), Numbers.whole(Double.POSITIVE_INFINITY));
    }

    @Test
    void textWritesWholeNumbersWithoutAPointAndOthersAsJavaDoes() {
        assertEquals("2001", Numbers.text(2001));
        assertEquals("0", Numbers.text(-0.0));
        assertEquals("0.5", Numbers.text(0.5));
        assertEquals("1.0E-4", Numbers.text(0.0001));
        assertEquals("1.8014398509481984E16", Numbers.text(0x1p54));
    }

    @Test
    void plainNeverWritesAnExponent() {
        assertEquals("2001", Numbers.plain(2001));
        assertEquals("0.0001", Numbers.plain(0.0001));
        assertEquals("100000000000000000000", Numbers.plain(1e20));
        assertEquals("0", Numbers.plain(-0.0));
    }
}
