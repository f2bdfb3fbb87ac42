package quizline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class WrapTest {
    private static List<String> wrap(String text, int width, int indent) {
        return Wrap.wrap(new AttributedString(text), width, indent).stream()
                .map(AttributedString::toString)
                .toList();
    }

    @Test
    void breaksAtSpacesWithAHangingIndent() {
        assertEquals(
                List.of("Why: the summit", "     met in", "     Astana."),
                wrap("Why: the summit met in Astana.", 16, 5));
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

    @Test
    void cutsAWideWordAtTheEdgeUnderItsIndent() {
        assertEquals(List.of("A:", "   北京北", "   京北京", "   北京"), wrap("A: 北京北京北京北京", 10, 3));
    }

    /**
     * A 200,000-character word (a broken or hostile pack) cut into 25,000 pieces: measuring what is left of it at
     * every cut is quadratic and took longer than the timeout; cut in one pass it takes well under a second.
     */
    @Test
    void cutsAHugeWordInOnePass() {
        String word = "abcdefghij".repeat(20_000);
        List<String> lines =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> wrap("Why: " + word + " end", 10, 2));
        assertEquals(25_002, lines.size());
        assertEquals("Why:", lines.get(0));
        assertEquals("  abcdefgh", lines.get(1));
        assertEquals("  end", lines.get(lines.size() - 1));
        StringBuilder joined = new StringBuilder();
        for (String line : lines.subList(1, lines.size() - 1)) {
            assertTrue(line.startsWith("  ") && line.length() == 10, line);
            joined.append(line, 2, line.length());
        }
        assertEquals(word, joined.toString());
    }
}
