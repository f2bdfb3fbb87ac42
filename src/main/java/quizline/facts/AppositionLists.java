package quizline.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which name a title written between commas belongs to, when names and titles alternate in a list.
 * "Attending were Ana Souza, Chile's president, Luis Vega, Peru's prime minister, and Jan Berg" names each
 * person first and their title after ("name-first"); "Chile's president, Ana Souza, Peru's prime minister, Luis Vega,
 * and ..." the other way round ("title-first"). Read one comma at a time both look alike ("Chile's president, Luis
 * Vega" occurs in the first too), so the whole list decides: a title that ends an item (a title after which the list
 * goes on with "and" or a semicolon, or ends) is the name's before it; a title that starts one (after "and" or a
 * semicolon, or first in the list) is the name's after it. A list that says neither, or both, or that names titles
 * without people ("A, B, the head of the WTO, the head of the IMF"), pairs no name with a title between commas ("Ana
 * Souza, Chile's president, Luis Vega said").
 */
final class AppositionLists {
    /** A title written as a unit of its own: "the Kenyan president", "Chile's new foreign minister", "president of Peru". */
    private static final String TITLE_UNIT =
            "(?:the |a |an )?(?:top |senior )?(?:current |new |newly-elected |newly elected |acting |interim )?"
                    + "(?:{CDOKY} (?:'s )?)?(?:current |new |newly-elected |newly elected |acting |interim )?{T}(?: and {T})?"
                    + "(?: (?:of|for|at|to|in) (?:the )?{COAY}(?: 's {T})?)?";
    /** A person with whatever title is written with no comma before the name: "Kenyan President Ana Souza", "Jan Berg (Norway)". */
    private static final String NAME_UNIT =
            "(?:(?:the )?(?:{CDOKY} (?:'s )?)?{T}(?: and {T})?(?: of (?:the )?{CO})? )?{P}"
                    + "(?: of (?:the )?{CO})?(?: \\( {C} \\))?";

    private static final Pattern NAME = pattern(NAME_UNIT);
    private static final Pattern TITLE = pattern(TITLE_UNIT);
    private static final Pattern PERSON = pattern("{P}");
    private static final Pattern OWN_TITLE = pattern("{T}");
    private static final Pattern SEPARATOR =
            Pattern.compile(" (?:, (?:and |as well as )?|; (?:and )?|and |as well as )");

    /** A name or a title unit; a name may carry its own title ("Danish Prime Minister Jan Berg"). */
    private record Unit(boolean name, int from, int to, int person, boolean titled) {}

    /** For a person's position and a title unit's start: whether the title is that person's. */
    private final Map<Long, Boolean> pairs = new HashMap<>();
    /** The title units found, as [from, to) in the shape's text. */
    private final List<int[]> titles = new ArrayList<>();

    private AppositionLists() {}

    static AppositionLists of(Shape shape) {
        AppositionLists lists = new AppositionLists();
        String text = shape.text();
        int at = 0;
        while (at < text.length()) {
            List<Unit> units = new ArrayList<>();
            List<String> separators = new ArrayList<>();
            int end = run(text, at, units, separators);
            // one name between titles ("the OIC Secretary-General, Jan Berg, a Chadian diplomat,") is one person
            // described twice, not a list whose names and titles alternate
            if (units.size() >= 2 && !oneDescribedTwice(units)) {
                lists.pair(units, separators);
            }
            int next = text.indexOf(' ', units.isEmpty() ? at : end);
            at = next < 0 ? text.length() : next + 1;
        }
        return lists;
    }

    /** One name with a title on each side and nothing else: "the OIC Secretary-General, Jan Berg, a Chadian diplomat". */
    private static boolean oneDescribedTwice(List<Unit> units) {
        return units.size() == 3
                && !units.get(0).name()
                && units.get(1).name()
                && !units.get(2).name();
    }

    /** Reads the units and separators of a list starting at {@code at}; returns where it ends. */
    private static int run(String text, int at, List<Unit> units, List<String> separators) {
        int position = at;
        while (true) {
            Unit unit = unit(text, position);
            if (unit == null) {
                if (!separators.isEmpty() && separators.size() == units.size()) {
                    separators.remove(separators.size() - 1);
                }
                return units.isEmpty() ? at : units.get(units.size() - 1).to();
            }
            units.add(unit);
            Matcher separator = SEPARATOR.matcher(text).region(unit.to(), text.length());
            if (!separator.lookingAt()) {
                return unit.to();
            }
            separators.add(separator.group());
            position = separator.end();
        }
    }

    private static Unit unit(String text, int at) {
        if (at > 0 && text.charAt(at - 1) != ' ') {
            return null;
        }
        Matcher name = NAME.matcher(text).region(at, text.length());
        if (name.lookingAt()) {
            Matcher person = PERSON.matcher(text).region(at, name.end());
            person.find();
            boolean titled =
                    OWN_TITLE.matcher(text.substring(at, person.start())).find();
            return new Unit(true, at, name.end(), person.start(), titled);
        }
        Matcher title = TITLE.matcher(text).region(at, text.length());
        return title.lookingAt() ? new Unit(false, at, title.end(), -1, false) : null;
    }

    private void pair(List<Unit> units, List<String> separators) {
        int nameFirst = 0;
        int titleFirst = 0;
        for (int k = 0; k < units.size(); k++) {
            Unit unit = units.get(k);
            if (unit.name()) {
                continue;
            }
            titles.add(new int[] {unit.from(), unit.to()});
            boolean withBefore = nameBefore(units, separators, k);
            boolean withAfter = nameAfter(units, separators, k);
            if (withBefore && !withAfter) {
                nameFirst++;
            } else if (withAfter && !withBefore) {
                titleFirst++;
            }
        }
        // "A, B, the head of the WTO, the head of the IMF": titles next to each other are items without names
        boolean titlesAlone = false;
        for (int k = 0; k + 1 < units.size(); k++) {
            titlesAlone |= !units.get(k).name() && !units.get(k + 1).name();
        }
        boolean decided = (nameFirst > 0) != (titleFirst > 0) && !titlesAlone;
        for (int k = 0; k < units.size(); k++) {
            Unit unit = units.get(k);
            if (unit.name()) {
                continue;
            }
            boolean before = nameBefore(units, separators, k);
            boolean after = nameAfter(units, separators, k);
            if (before
                    && after
                    && units.get(k - 1).titled()
                    && !units.get(k + 1).titled()) {
                // "Danish Prime Minister A, the prime minister of Finland, B": a name with its own title takes no other
                pairs.put(key(units.get(k - 1).person(), unit.from()), false);
                pairs.put(key(units.get(k + 1).person(), unit.from()), true);
                continue;
            }
            if (before) {
                pairs.put(key(units.get(k - 1).person(), unit.from()), decided && nameFirst > 0);
            }
            if (after) {
                pairs.put(key(units.get(k + 1).person(), unit.from()), decided && titleFirst > 0);
            }
        }
    }

    /** Whether the unit before the k-th is a name, with nothing but a comma between them. */
    private static boolean nameBefore(List<Unit> units, List<String> separators, int k) {
        return k > 0 && units.get(k - 1).name() && pure(separators.get(k - 1));
    }

    /** Whether the unit after the k-th is a name, with nothing but a comma between them. */
    private static boolean nameAfter(List<Unit> units, List<String> separators, int k) {
        return k + 1 < units.size() && units.get(k + 1).name() && pure(separators.get(k));
    }

    /**
     * Whether the list says the title at {@code titleAt} is the person's at {@code personAt}: true or false when the
     * two are neighbours in a list, null when the list says nothing about them.
     */
    Boolean says(int personAt, int titleAt) {
        for (int[] title : titles) {
            if (title[0] <= titleAt && titleAt < title[1]) {
                return pairs.get(key(personAt, title[0]));
            }
        }
        return null;
    }

    private static boolean pure(String separator) {
        return separator.equals(" , ");
    }

    private static long key(int person, int title) {
        return ((long) person << 32) | title;
    }

    private static Pattern pattern(String source) {
        Matcher m = Pattern.compile("\\{([A-Z]+)\\}").matcher(source);
        StringBuilder regex = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(regex, Matcher.quoteReplacement("[" + m.group(1) + "]\\d+"));
        }
        m.appendTail(regex);
        return Pattern.compile(regex + "(?![^ ])");
    }
}
