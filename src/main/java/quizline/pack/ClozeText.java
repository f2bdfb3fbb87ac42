package quizline.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cloze statement split into its blanks: {@code {{answer|alias|alias}}}. */
public record ClozeText(String text, List<Blank> blanks) {
    private static final Pattern BLANK = Pattern.compile("\\{\\{(.*?)}}");

    public ClozeText {
        blanks = List.copyOf(blanks);
    }

    /** One blank: where it sits in the statement, its answer and accepted variants. */
    public record Blank(int start, int end, String answer, List<String> aliases) {
        public Blank {
            aliases = List.copyOf(aliases);
        }
    }

    public static ClozeText parse(String text) {
        List<Blank> blanks = new ArrayList<>();
        Matcher m = BLANK.matcher(text == null ? "" : text);
        while (m.find()) {
            List<String> parts = Arrays.stream(m.group(1).split("\\|", -1))
                    .map(String::strip)
                    .toList();
            blanks.add(new Blank(m.start(), m.end(), parts.get(0), parts.subList(1, parts.size())));
        }
        return new ClozeText(text, blanks);
    }

    /** The statement with each blank replaced by what {@code blankText} gives for its index. */
    public String render(IntFunction<String> blankText) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < blanks.size(); i++) {
            Blank b = blanks.get(i);
            out.append(text, at, b.start()).append(blankText.apply(i));
            at = b.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** The statement with blank {@code shown} as a gap and the others filled in with their answers. */
    public String withGap(int shown, String gap) {
        return render(i -> i == shown ? gap : blanks.get(i).answer());
    }

    /** The statement with every blank filled in, as the feedback shows it. */
    public String filled() {
        return withGap(-1, "");
    }
}
