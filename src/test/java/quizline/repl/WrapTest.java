package quizline.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class WrapTest {
    private static List<String> wrap(String text, int width, int indent) {
        return Wrap.wrap(new AttributedString(text), width, indent).stream().map(AttributedString::toString).toList();
    }

    @Test
    void breaksAtSpacesWithAHangingIndent() {
        assertEquals(List.of("Why: the summit", "     met in", "     Astana."), wrap("Why: the summit met in Astana.", 16, 5));
    }

    @Test
    void keepsLeadingSpacesAndNewlines() {
        assertEquals(List.of("  a) Astana", "second"), wrap("  a) Astana\nsecond", 40, 0));
    }

    @Test
    void cutsAWordLongerThanTheLine() {
        assertEquals(List.of("abcdefghij", "klmno"), wrap("abcdefghijklmno", 10, 0));
    }

    @Test
    void countsWideCharactersAsTwoColumns() {
        assertEquals(List.of("北京 北京", "北京"), wrap("北京 北京 北京", 10, 0));
    }
}
