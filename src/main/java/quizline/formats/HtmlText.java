package quizline.formats;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the HTML that Moodle's and Anki's editors write: tags removed, line breaks and block ends kept as
 * line breaks, entities decoded. Elements that carry content text cannot (images, sound, scripts) are named so the
 * caller can say they were dropped.
 */
final class HtmlText {
    /** The text, and the names of content-carrying elements that were removed. */
    record Plain(String text, Set<String> dropped) {}

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>");
    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});");
    private static final Pattern HTML_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");
    /** A tag or a comment: how Anki guesses that a file holds HTML. */
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<!--|</?[a-zA-Z][a-zA-Z0-9]*\\b[^>]*>");

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "tr",
            "table",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "hr",
            "dt",
            "dd",
            "dl",
            "section",
            "article");
    private static final Set<String> CONTENT =
            Set.of("img", "audio", "video", "source", "iframe", "object", "embed", "svg", "math", "canvas");

    /** ISO Latin-1 entity names, in code point order from U+00A0: the set every HTML version defines. */
    private static final List<String> LATIN_1 = List.of(
            "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not",
            "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1",
            "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml",
            "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH",
            "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc",
            "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig",
            "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
            "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
            "yacute", "thorn", "yuml");

    private static final Map<String, String> ENTITIES = entities();

    private HtmlText() {}

    private static Map<String, String> entities() {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < LATIN_1.size(); i++) {
            names.put(LATIN_1.get(i), Character.toString(0xA0 + i));
        }
        // The markup characters, and the typographic ones editors write most.
        String[][] others = {
            {"quot", "\""},
            {"amp", "&"},
            {"lt", "<"},
            {"gt", ">"},
            {"apos", "'"},
            {"ndash", "\u2013"},
            {"mdash", "\u2014"},
            {"lsquo", "\u2018"},
            {"rsquo", "\u2019"},
            {"sbquo", "\u201A"},
            {"ldquo", "\u201C"},
            {"rdquo", "\u201D"},
            {"bdquo", "\u201E"},
            {"hellip", "\u2026"},
            {"bull", "\u2022"},
            {"euro", "\u20AC"},
            {"trade", "\u2122"},
            {"minus", "\u2212"},
            {"prime", "\u2032"},
            {"Prime", "\u2033"},
            {"lsaquo", "\u2039"},
            {"rsaquo", "\u203A"},
            {"ensp", "\u2002"},
            {"emsp", "\u2003"},
            {"thinsp", "\u2009"},
            {"OElig", "\u0152"},
            {"oelig", "\u0153"},
            {"Scaron", "\u0160"},
            {"scaron", "\u0161"},
            {"Yuml", "\u0178"},
            {"dagger", "\u2020"},
            {"Dagger", "\u2021"},
            {"permil", "\u2030"},
            {"larr", "\u2190"},
            {"rarr", "\u2192"}
        };
        for (String[] pair : others) {
            names.put(pair[0], pair[1]);
        }
        return Map.copyOf(names);
    }

    static boolean looksLikeHtml(String text) {
        return LOOKS_LIKE_HTML.matcher(text).find();
    }

    static Plain toPlain(String html) {
        Set<String> dropped = new LinkedHashSet<>();
        String text = COMMENT.matcher(html).replaceAll("");
        Matcher hidden = HIDDEN.matcher(text);
        while (hidden.find()) {
            dropped.add(hidden.group(1).toLowerCase(Locale.ROOT));
        }
        text = hidden.replaceAll("");
        StringBuilder out = new StringBuilder();
        Matcher tag = TAG.matcher(text);
        int at = 0;
        while (tag.find()) {
            appendText(out, text.substring(at, tag.start()));
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (name.equals("br")) {
                endLine(out);
                out.append('\n');
            } else if (BLOCKS.contains(name)) {
                endLine(out);
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            } else if (CONTENT.contains(name) && tag.group(1).isEmpty()) {
                dropped.add(name);
            }
            at = tag.end();
        }
        appendText(out, text.substring(at));
        return new Plain(out.toString().replace('\u00A0', ' ').strip(), dropped);
    }

    /** Source whitespace collapses to one space, and none at the start of a line: it is layout, not text. */
    private static void appendText(StringBuilder out, String source) {
        String text = HTML_WHITESPACE.matcher(source).replaceAll(" ");
        if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
            text = text.stripLeading();
        }
        out.append(decode(text));
    }

    private static void endLine(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** Entities as characters; an unknown name stays as written. */
    static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(ref.substring(2), 16));
            } else if (ref.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(ref.substring(1)));
            } else {
                replacement = ENTITIES.get(ref);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int value) {
        return Character.isValidCodePoint(value) && value != 0 ? Character.toString(value) : "\uFFFD";
    }
}
