package quizline.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's parser messages into the one-line wording users see. */
final class JsonMessages {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) \"?'?([^\"']*)\"?'?");
    private static final Pattern NESTING = Pattern.compile("nesting depth \\((\\d+)\\) exceeds");
    private static final Pattern STRING_LENGTH = Pattern.compile("String value length \\((\\d+)\\) exceeds");
    private static final Pattern DOCUMENT_LENGTH = Pattern.compile("Document length \\((\\d+)\\) exceeds");
    private static final Pattern SOURCE_REF = Pattern.compile("\\s*\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)]");
    private static final Pattern NUMBER_LENGTH = Pattern.compile("Number value length \\((\\d+)\\) exceeds");

    static final String DUPLICATE_KEY = "duplicate key ";
    static final String LONG_STRING = "string longer than ";

    private JsonMessages() {}

    /** A string the reader stops at. */
    static String tooLongString() {
        return LONG_STRING + LocatedJson.MAX_STRING_LENGTH + " characters";
    }

    static String syntax(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (NESTING.matcher(original).find()) {
                return "nesting deeper than " + LocatedJson.MAX_DEPTH + " levels";
            }
            if (STRING_LENGTH.matcher(original).find()) {
                return tooLongString();
            }
            if (DOCUMENT_LENGTH.matcher(original).find()) {
                return "file larger than " + LocatedJson.MAX_DOCUMENT_LENGTH + " characters";
            }
            if (NUMBER_LENGTH.matcher(original).find()) {
                return "number with too many digits";
            }
        }
        Matcher dup = DUPLICATE.matcher(original);
        if (dup.find()) {
            return DUPLICATE_KEY + "\"" + dup.group(1) + "\"";
        }
        String firstLine = original.lines().findFirst().orElse(original);
        return "malformed JSON: "
                + SOURCE_REF
                        .matcher(firstLine)
                        .replaceAll(" (line $1, column $2)")
                        .strip();
    }
}
