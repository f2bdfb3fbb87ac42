package quizline.formats;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives imported questions quizline ids ({@code [a-z0-9][a-z0-9._-]*}, unique in the pack). An id is made from
 * what the file names the question by (a GIFT title, an Anki guid), or from its text when that is missing or
 * cannot be made into an id; the same file always gives the same ids. Every change is reported.
 */
final class QuestionIds {
    static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LENGTH = 60;

    private final Map<String, Integer> lineById = new HashMap<>();

    /**
     * @param name     what the file calls the question (null when it has no name)
     * @param nameKind how messages call that name, e.g. {@code title}
     * @param text     the question's text, for an id when the name gives none
     */
    String assign(String name, String nameKind, String text, int line, List<FileNotice> warnings) {
        String base = name == null ? "" : slug(name);
        String change = null;
        if (base.isEmpty()) {
            base = slug(text).isEmpty() ? "question" : slug(text);
            change = (name == null ? "no " + nameKind : nameKind + " \"" + name + "\" has no letters or digits")
                    + ": the question's id is made from its text: ";
        } else if (!base.equals(name)) {
            change = nameKind + " \"" + name + "\" is not a quizline id: the question's id is ";
        }
        String id = unique(base);
        String taken = id.equals(base)
                ? ""
                : " (\"" + base + "\" is taken by the question on line " + lineById.get(base) + ")";
        if (change != null) {
            warnings.add(new FileNotice(line, change + "\"" + id + "\"" + taken));
        } else if (!taken.isEmpty()) {
            warnings.add(new FileNotice(
                    line,
                    "id \"" + base + "\" is taken by the question on line " + lineById.get(base) + ": this one is \""
                            + id + "\""));
        }
        lineById.put(id, line);
        return id;
    }

    private String unique(String base) {
        if (!lineById.containsKey(base)) {
            return base;
        }
        int n = 2;
        while (lineById.containsKey(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }

    /**
     * Lower case ASCII letters and digits; a lone ".", "_" or "-" between them is kept, any other run of characters
     * becomes one hyphen; at most 60 characters, cut between words.
     */
    static String slug(String text) {
        String bare =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_ALPHANUMERIC
                .matcher(bare.toLowerCase(Locale.ROOT))
                .replaceAll(m -> m.group().length() == 1 && "._-".contains(m.group()) ? m.group() : "-");
        slug = slug.replaceAll("^[._-]+", "").replaceAll("[._-]+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH).replaceAll("[._-]+$", "");
        }
        return slug;
    }
}
