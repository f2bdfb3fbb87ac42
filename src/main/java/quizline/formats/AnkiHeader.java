package quizline.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header of an Anki text file, read as Anki's {@code parse_meta_lines} does: an optional legacy first line
 * {@code tags:…}, then {@code #key:value} lines up to the first line that does not start with {@code #}. Keys are
 * case-insensitive; values other than names and tags are cut at the first character that is not a letter or digit
 * after their first, so {@code #separator:Pipe,,,} (a spreadsheet's padding) reads as Pipe.
 *
 * @param separator   the delimiter, or null when the file does not say
 * @param html        whether fields are HTML, or null when the file does not say
 * @param bodyStart   where the records start in the text
 * @param bodyLine    the file line they start on
 */
record AnkiHeader(
        Character separator,
        Boolean html,
        List<String> tags,
        String notetype,
        String deck,
        Integer guidColumn,
        Integer notetypeColumn,
        Integer deckColumn,
        Integer tagsColumn,
        boolean namedColumns,
        int bodyStart,
        int bodyLine) {

    private static final Map<String, Character> SEPARATORS =
            Map.of("comma", ',', "semicolon", ';', "tab", '\t', "space", ' ', "pipe", '|', "colon", ':');
    /** The delimiters Anki tries when the file names none, in its order. */
    private static final String DETECTED = "\t|;:,";

    private static final int DETECTION_WINDOW = 8 * 1024;

    static AnkiHeader read(String text) {
        Character separator = null;
        Boolean html = null;
        List<String> tags = new ArrayList<>();
        String notetype = null;
        String deck = null;
        Integer guid = null;
        Integer notetypeColumn = null;
        Integer deckColumn = null;
        Integer tagsColumn = null;
        boolean namedColumns = false;
        int at = 0;
        int line = 1;
        boolean first = true;
        while (at < text.length()) {
            int end = lineEnd(text, at);
            String content = text.substring(at, end);
            if (first && content.startsWith("tags:")) {
                tags.addAll(words(content.substring("tags:".length())));
            } else if (!content.startsWith("#")) {
                break;
            } else {
                int colon = content.indexOf(':');
                if (colon > 0) {
                    String key = content.substring(1, colon).strip().toLowerCase(Locale.ROOT);
                    String value = content.substring(colon + 1);
                    switch (key) {
                        case "separator" -> separator = separator(value);
                        case "html" -> html = bool(value);
                        case "tags" -> tags.addAll(words(value));
                        case "notetype" -> notetype = value.strip();
                        case "deck" -> deck = value.strip();
                        case "guid column" -> guid = column(value);
                        case "notetype column" -> notetypeColumn = column(value);
                        case "deck column" -> deckColumn = column(value);
                        case "tags column" -> tagsColumn = column(value);
                        case "columns" -> namedColumns = true;
                        default -> {}
                    }
                }
            }
            first = false;
            at = next(text, end);
            line++;
        }
        if (separator == null) {
            String sample = text.substring(at, Math.min(text.length(), at + DETECTION_WINDOW));
            separator = ' ';
            for (char candidate : DETECTED.toCharArray()) {
                if (sample.indexOf(candidate) >= 0) {
                    separator = candidate;
                    break;
                }
            }
        }
        return new AnkiHeader(
                separator,
                html,
                List.copyOf(tags),
                notetype,
                deck,
                guid,
                notetypeColumn,
                deckColumn,
                tagsColumn,
                namedColumns,
                at,
                line);
    }

    /** Whether the text starts the way an Anki text file does: with a header line. */
    static boolean looksLikeAnki(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String first = body.substring(0, lineEnd(body, 0)).toLowerCase(Locale.ROOT);
        return first.startsWith("tags:")
                || first.matches("#\\s*(separator|html|tags|columns|notetype|deck|guid column"
                        + "|notetype column|deck column|tags column|if matches|match scope)\\s*:.*");
    }

    static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    /** The value up to the first character, after its first, that is not a letter or digit. */
    private static String cut(String value) {
        String v = value.strip();
        int end = 1;
        while (end < v.length() && Character.isLetterOrDigit(v.charAt(end))) {
            end++;
        }
        return v.isEmpty() ? v : v.substring(0, end);
    }

    private static Character separator(String value) {
        String v = cut(value);
        Character named = SEPARATORS.get(v.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        return v.length() == 1 ? v.charAt(0) : null;
    }

    private static Boolean bool(String value) {
        String v = cut(value).toLowerCase(Locale.ROOT);
        return v.equals("true") ? Boolean.TRUE : v.equals("false") ? Boolean.FALSE : null;
    }

    private static Integer column(String value) {
        String v = cut(value);
        try {
            int n = Integer.parseInt(v);
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private static int next(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
            return lineEnd < text.length() && text.charAt(lineEnd) == '\n' ? lineEnd + 1 : lineEnd;
        }
        return Math.min(text.length(), lineEnd + 1);
    }
}
