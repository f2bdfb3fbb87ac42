package quizline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {
    @Test
    void oneIsSingularEverythingElsePlural() {
        assertEquals("1 question", Counted.of(1, "question"));
        assertEquals("0 questions", Counted.of(0, "question"));
        assertEquals("12 learning cards", Counted.of(12, "learning card"));
    }

    @Test
    void nounsEndingInAHissTakeEs() {
        assertEquals("2 clashes", Counted.of(2, "clash"));
        assertEquals("3 boxes", Counted.of(3, "box"));
        assertEquals("1 clash", Counted.of(1, "clash"));
        assertEquals("differences", Counted.noun(4, "difference"));
    }
}
