package quizline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class VisibleTest {
    @Test
    void showsEveryControlCharacterInsteadOfSendingIt() {
        assertEquals("^[]0;owned^G", Visible.text("\u001b]0;owned\u0007"));
        assertEquals("^[[2J^[[H", Visible.text("\u001b[2J\u001b[H"));
        assertEquals("\\u009B31m \\u009D0;x \\u0085", Visible.text("\u009b31m \u009d0;x \u0085"));
        assertEquals("abc^Mxyz^H^H^?^@", Visible.text("abc\rxyz\b\b\u007f\u0000"));
    }

    @Test
    void keepsNewlinesTabsAndALineEndingCrButNotABareCr() {
        assertEquals("a\tb\nc\r\nd", Visible.text("a\tb\nc\r\nd"));
        assertEquals("end^M", Visible.text("end\r"));
        assertEquals("^M\r\n", Visible.text("\r\r\n"));
    }

    @Test
    void leavesOrdinaryTextAsItIs() {
        String text = "Astana — “the summit”, 上海合作组织, Zhaparov ✓";
        assertSame(text, Visible.text(text));
    }

    @Test
    void aShownCharacterKeepsTheStyleAroundIt() {
        AttributedStyle bold = AttributedStyle.BOLD;
        AttributedString styled = new AttributedStringBuilder()
                .append("plain ")
                .styled(bold, "b\u001b[2Jd")
                .toAttributedString();
        AttributedString shown = Visible.text(styled);
        assertEquals("plain b^[[2Jd", shown.toString());
        assertEquals(AttributedStyle.DEFAULT, shown.styleAt(0));
        for (int i = 6; i < shown.length(); i++) {
            assertEquals(bold, shown.styleAt(i), "style at " + i);
        }
    }

    @Test
    void theWriterShowsWhatIsPrintedAndKeepsItsOwnLineEnds() {
        StringWriter out = new StringWriter();
        PrintWriter writer = Visible.writer(out);
        writer.println("id\u001b]2;x\u0007");
        writer.print('\r');
        writer.printf("%s|%n", "\u009b");
        writer.write("\u001bab".toCharArray(), 0, 2);
        writer.flush();
        assertEquals(
                "id^[]2;x^G" + System.lineSeparator() + "^M\\u009B|" + System.lineSeparator() + "^[a", out.toString());
    }
}
