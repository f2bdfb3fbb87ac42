package quizline.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression over a {@link Shape}, written with placeholders for mentions:
 * {@code {C}} a country, {@code {D}} a demonym, {@code {O}} an organisation, {@code {A}} a
 * reference to one ("the grouping"), {@code {Y}} a city, {@code {K}} a seat of government,
 * {@code {T}} a title, {@code {P}} a person, {@code {W}} a date; letters combine: {@code {CD}}.
 * Matches start and end at symbol boundaries.
 */
final class ShapePattern {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z]+)\\}");
    private final Pattern pattern;
    /** What every match holds: most sentences lack it, and are not searched. */
    private final RequiredText required;

    private ShapePattern(Pattern pattern) {
        this.pattern = pattern;
        this.required = RequiredText.of(pattern.pattern());
    }

    static ShapePattern compile(String source) {
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder regex = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(regex, Matcher.quoteReplacement("[" + m.group(1) + "]\\d+"));
        }
        m.appendTail(regex);
        return new ShapePattern(Pattern.compile("(?<![^ ])(?:" + regex + ")(?![^ ])"));
    }

    /**
     * A matcher over the shape's text; over no text when the shape lacks what every match needs, which finds nothing as
     * the search would have, without searching.
     */
    Matcher matcher(Shape shape) {
        return pattern.matcher(required.admits(shape) ? shape.text() : "");
    }

    /** Whether the shape holds what every match needs: false only where {@link #matcher} can find nothing. */
    boolean mayMatch(Shape shape) {
        return required.admits(shape);
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
