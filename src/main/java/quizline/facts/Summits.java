package quizline.facts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** Names summits the same way in every article: "2024 SCO summit", or "SCO summit" when the year is not told. */
final class Summits {
    /** An organisation written as the owner of a summit or meeting: "SCO summit", "summit of the SCO". */
    private static final ShapePattern ATTACHED =
            ShapePattern.compile("(?<before>{O}) (?:\\( {O} \\) )?(?:'s )?(?:annual |leaders' )?(?:summit|meeting)"
                    + "|(?:summit|meeting|session) of (?:the )?(?:[a-z]+ )?(?<after>{O})");
    /** Words that make "the summit" another one than the article's own. */
    private static final ShapePattern OTHER_SUMMIT = ShapePattern.compile(
            "(?:previous|last|next|past|earlier|former|first|upcoming|future) (?:(?:{O}|[a-z]+) )?(?:'s )?summits?"
                    // "summits" in general; not "the summits", those the report is about ("the 44th and 45th ASEAN
                    // Summits", held together)
                    + "|(?<!the |these )summits");

    /**
     * Ordinals written as words, "second" to "twentieth" ("the ninth summit in Hanoi"); not "first", which more
     * often ranks ("the first summit since the pandemic") than numbers.
     */
    private static final List<String> ORDINAL_WORDS = List.of(
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth");

    /**
     * The number a summit is known by: "37th", or a Roman "LXII" (two letters at least, so the
     * words "I" and "x" are not numbers).
     */
    static final String NUMBER =
            "(?:[0-9]+(?:st|nd|rd|th)|(?=[ivxlc]{2,}(?:st|nd|rd|th)?(?: |$))c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?:st|nd|rd|th)?|"
                    + String.join("|", ORDINAL_WORDS) + ")";

    /** A summit's number as its name writes it: "37th", "LXII" for a Roman "lxii", "XVIIIth", "6th" for "sixth". */
    static String numberName(String number) {
        int word = ORDINAL_WORDS.indexOf(number.toLowerCase(java.util.Locale.ROOT));
        if (word >= 0) {
            int n = word + 2;
            return n + (n == 2 ? "nd" : n == 3 ? "rd" : "th");
        }
        if (Character.isDigit(number.charAt(0))) {
            return number;
        }
        // "xviiith" is the XVIIIth: the numeral in capitals, its ending as written
        String numeral = number.replaceFirst("(?:st|nd|rd|th)$", "");
        return numeral.toUpperCase(java.util.Locale.ROOT) + number.substring(numeral.length());
    }
    /** A summit written with its number: "the 37th AU summit", "the LXII Mercosur Summit", "the 23rd summit of the SCO". */
    private static final ShapePattern NUMBERED =
            ShapePattern.compile("(?<number>" + NUMBER + ") (?:(?:annual|ordinary|extraordinary|regular|{P}) )?"
                    + "(?:(?:{O}|{P}) (?:\\( {O} \\) )?)?(?:(?:economic )?leaders (?:'s |' )?(?=summit|meeting))?"
                    + "(?:summit|(?:summit|session|meeting) of (?:the )?{O}|(?<=leaders (?:'s |' )?)meeting)");

    private Summits() {}

    /**
     * The number of the summit a match speaks of, when the number is written within or against
     * it: a summit known by its number is named by it, as the reports and quizzes name it.
     */
    static Optional<String> number(AnnotatedSentence sentence, Matcher match) {
        for (ShapePattern numbered : List.of(NUMBERED, OWNED_NUMBERED)) {
            Matcher m = numbered.matcher(sentence.shape());
            while (m.find()) {
                if (m.start() < match.end() && match.start() < m.end()) {
                    return Optional.of(numberName(m.group("number")));
                }
            }
        }
        return Optional.empty();
    }

    /** The number of the one numbered summit a sentence names, if it names one and no other. */
    static Optional<String> onlyNumber(AnnotatedSentence sentence) {
        java.util.Set<String> numbers = new java.util.LinkedHashSet<>();
        for (ShapePattern numbered : List.of(NUMBERED, OWNED_NUMBERED)) {
            Matcher m = numbered.matcher(sentence.shape());
            while (m.find()) {
                numbers.add(numberName(m.group("number")));
            }
        }
        return numbers.size() == 1 ? Optional.of(numbers.iterator().next()) : Optional.empty();
    }

    /** "the UN General Assembly's 79th session", "the world body's 79th session": the number after the owner. */
    private static final ShapePattern OWNED_NUMBERED =
            ShapePattern.compile("(?:{OA}|body|assembly|organi[sz]ation) 's (?<number>" + NUMBER
                    + ") (?:(?:ordinary|extraordinary|regular|annual) )?(?:summit|session|meeting)");

    /** A summit brought in with "a" or "an": "at an African Union summit in March", "during an ASEAN meeting". */
    private static final ShapePattern IN_PASSING = ShapePattern.compile(
            "(?:a|an) (?:(?:annual|informal|extraordinary|emergency|special|ordinary) )?(?<org>{O}) "
                    + "(?:\\( {O} \\) )?(?:summit|meeting)");

    /** Whether the sentence brings in a summit of this organisation with "a" or "an" only, as one told in passing. */
    static boolean inPassing(AnnotatedSentence sentence, Knowledge.Organisation organisation) {
        Matcher m = IN_PASSING.matcher(sentence.shape());
        boolean passing = false;
        while (m.find()) {
            if (sentence.shape().mention(m, "org") instanceof Mention.OrganisationMention named
                    && named.organisation().equals(organisation)) {
                passing = true;
            }
        }
        if (!passing) {
            return false;
        }
        // not when the sentence also writes "the X summit" of it
        Matcher attached = ATTACHED.matcher(sentence.shape());
        while (attached.find()) {
            Mention mention = sentence.shape().mention(attached, attached.start("before") >= 0 ? "before" : "after");
            if (mention instanceof Mention.OrganisationMention named
                    && named.organisation().equals(organisation)
                    && !sentence.shape()
                            .text()
                            .substring(0, attached.start())
                            .matches("(?s).*(?:^| )(?:a|an) (?:[a-z]+ )?$")) {
                return false;
            }
        }
        return true;
    }

    static Optional<Knowledge.Organisation> organisationAttached(AnnotatedSentence sentence) {
        Matcher m = ATTACHED.matcher(sentence.shape());
        while (m.find()) {
            Mention mention = sentence.shape().mention(m, m.start("before") >= 0 ? "before" : "after");
            if (mention instanceof Mention.OrganisationMention organisation
                    && organisation.organisation().listed()) {
                return Optional.of(organisation.organisation());
            }
        }
        return Optional.empty();
    }

    /** The organisation of the summit a sentence speaks of: its own, else the article's. */
    static Optional<Knowledge.Organisation> organisation(AnnotatedSentence sentence, ArticleContext context) {
        Optional<Knowledge.Organisation> own = organisationAttached(sentence);
        if (own.isPresent()) {
            return own;
        }
        // "Japan takes over the presidency of the G20 and will host next year's summit": another summit than the
        // article's is that of the one organisation the sentence names
        if (speaksOfAnotherSummit(sentence)) {
            List<Knowledge.Organisation> named = listedOrganisations(sentence);
            if (named.size() == 1) {
                return Optional.of(named.get(0));
            }
        }
        return context.summitOrganisation();
    }

    /**
     * The year for a summit of this sentence when no year is written next to it: the year of
     * the article's date, unless the sentence names another year or another summit.
     */
    static Optional<Integer> defaultYear(AnnotatedSentence sentence, ArticleContext context) {
        if (context.published().isEmpty() || speaksOfAnotherSummit(sentence)) {
            return Optional.empty();
        }
        int year = context.published().get().getYear();
        for (Mention mention : sentence.mentions()) {
            // "the summit in Vilnius last year": a date of another year in the sentence leaves the year untold
            if (mention instanceof Mention.DateMention date) {
                Optional<String> resolved =
                        DateResolver.resolve(date.expression(), context.published(), Facts.future(sentence));
                if (resolved.isPresent() && !resolved.get().startsWith(Integer.toString(year))) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(year);
    }

    /** Words that may stand between "the" and "summit" of an organisation's own summit: "the annual two-day leaders' summit". */
    private static final java.util.regex.Pattern NEUTRAL = java.util.regex.Pattern.compile(
            "annual|regional|informal|formal|extraordinary|emergency|special|ordinary|virtual|online|leaders|leaders'|'|in-person|main|key|landmark|historic"
                    // "the heads of state summit", "the heads of state and government summit"
                    + "|state|government"
                    // "the previous summit, held in Bali in November 2022": when, not whose (a year must then be
                    // written)
                    + "|previous|last|next|past|upcoming|coming|forthcoming|first|inaugural|latest|following"
                    + "|crucial|high-level|high-profile|closed-door|full|two|three|[a-z]+-day|[0-9]+(?:st|nd|rd|th)|[0-9a-z]+-(?:nation|member|country)|"
                    + NUMBER);
    /** What may come before those words: a determiner, a possessive, a preposition, punctuation, or the start. */
    private static final java.util.regex.Pattern OPENER = java.util.regex.Pattern.compile(
            "the|a|an|this|that|its|their|his|her|our|'s|at|for|to|of|in|on|from|during|after|before|ahead|since|until|and|with|by|,|\\(|\\)|\"|—|-|:");

    /**
     * Whether a "summit" in [from, to) of the shape is named as another's than an organisation's: "a US-ASEAN summit",
     * "the Russia-Africa summit", "a Biden-Xi summit", "the bilateral summit", "a climate summit". An organisation's
     * own is written with its name, its city or date, a word of its name ("the Arab summit" of the League of Arab
     * States), or only a determiner and words such as "annual" before it.
     */
    static boolean someoneElses(Shape shape, int from, int to, Knowledge.Organisation organisation) {
        String name = " " + organisation.name().toLowerCase(java.util.Locale.ROOT) + " ";
        String text = shape.text();
        for (int at = text.indexOf("summit", from); at >= 0 && at < to; at = text.indexOf("summit", at + 1)) {
            if (at > 0 && text.charAt(at - 1) != ' ') {
                continue;
            }
            String[] before = text.substring(0, at).trim().split(" ");
            int i = before.length - 1;
            while (i >= 0 && NEUTRAL.matcher(before[i]).matches()) {
                i--;
            }
            if (i < 0 || before[i].isEmpty()) {
                continue;
            }
            String word = before[i];
            boolean mention =
                    word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isDigit(word.charAt(1));
            // a word of the organisation's own name is its own: "the 12th Arab summit" of the League of Arab States
            if (mention
                    ? "PCDT".indexOf(word.charAt(0)) >= 0
                    : !OPENER.matcher(word).matches() && !name.contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The organisations of the data files a sentence names, each once, in the order it names them. */
    static List<Knowledge.Organisation> listedOrganisations(AnnotatedSentence sentence) {
        return sentence.mentions().stream()
                .filter(m -> m instanceof Mention.OrganisationMention o
                        && o.organisation().listed())
                .map(m -> ((Mention.OrganisationMention) m).organisation())
                .distinct()
                .toList();
    }

    /** "extraordinary summit" for the words "summit" and the kind "extraordinary", unless they name it already. */
    static String withKind(String written, Optional<String> kind) {
        return kind.filter(k -> !written.toLowerCase(java.util.Locale.ROOT).contains(k))
                .map(k -> k + " " + written)
                .orElse(written);
    }

    /** "the next summit", "previous summits": not the one the article reports. */
    static boolean speaksOfAnotherSummit(AnnotatedSentence sentence) {
        return OTHER_SUMMIT.matcher(sentence.shape()).find()
                || ANOTHER_YEARS.matcher(sentence.sentence().text()).find();
    }

    /**
     * "The 2020 summit, which the United States was due to host, was scrapped", "the summit in Quito was called off":
     * a summit that did not take place, or not then, has neither a date nor a host to learn.
     */
    private static final java.util.regex.Pattern CALLED_OFF = java.util.regex.Pattern.compile(
            "(?:^| )(?:scrapped|cancelled|canceled|called off|postponed|put off|shelved|deferred)(?: |$)");

    /** Whether the sentence says a summit was called off, put off or cancelled. */
    static boolean calledOff(AnnotatedSentence sentence) {
        return CALLED_OFF.matcher(sentence.shape().text()).find();
    }

    /**
     * Words that make "the 2029 meeting" another one than the summit: "the 2029 meeting of finance ministers", "the
     * 2029 meeting between Biden and Xi", "a bilateral meeting".
     */
    private static final java.util.regex.Pattern OTHERS_MEETING = java.util.regex.Pattern.compile(
            "(?:^| )(?:ministers?|ministerial|bilateral|meeting (?:[^ ]+ ){0,2}between)(?: |$)");

    /** Whether a sentence speaks of a meeting of ministers or of two sides, which a bare "meeting" may then be. */
    static boolean someoneElsesMeeting(AnnotatedSentence sentence) {
        return OTHERS_MEETING.matcher(sentence.shape().text()).find();
    }

    /** "next year's summit", "last year's meeting in Bali". */
    private static final java.util.regex.Pattern ANOTHER_YEARS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:next|last|previous|the following) year['\u2019]s (?:[\\w-]+ ){0,3}?(?:summit|meeting|gathering)");

    static String name(Knowledge.Organisation organisation, Optional<Integer> year) {
        return year.map(y -> y + " ").orElse("") + summit(organisation);
    }

    private static final String PORTFOLIOS =
            "foreign|defence|defense|finance|economy|energy|trade|agriculture|health|interior|transport";

    /** A meeting of ministers, which is not the summit: "foreign ministers' meeting", "OPEC and non-OPEC ministerial meeting". */
    static final java.util.regex.Pattern MINISTERS = java.util.regex.Pattern.compile(
            "(?:^| )(?:(?:(?<portfolio>" + PORTFOLIOS + ") ministers ?'?|ministerial) meeting\\b"
                    // "the 39th meeting of the Council of Foreign Ministers of the BSEC"
                    + "|meeting of (?:the )?council of (?:(?<council>" + PORTFOLIOS + ") )?ministers\\b"
                    // "an extraordinary meeting of the OIC Foreign Ministers"
                    + "|meeting of (?:the )?(?:\\S+ )?(?<of>" + PORTFOLIOS + ") ministers\\b)");

    /** The portfolio of a ministers' meeting {@link #MINISTERS} found, or null for a ministerial meeting. */
    private static String portfolio(java.util.regex.Matcher ministers) {
        return ministers.group("portfolio") != null
                ? ministers.group("portfolio")
                : ministers.group("council") != null ? ministers.group("council") : ministers.group("of");
    }

    private static final java.util.regex.Pattern GOVERNORS =
            java.util.regex.Pattern.compile("\\bboards? of governors\\b");

    private static final java.util.regex.Pattern SESSION = java.util.regex.Pattern.compile("\\bsession\\b");

    /** The words of a sentence that the symbols [from, to) of its shape stand for, as the article writes them. */
    static String written(AnnotatedSentence sentence, int from, int to) {
        int[] range = sentence.shape().tokenRange(from, to, sentence.tokens().size());
        if (range[0] >= range[1]) {
            return "";
        }
        List<Token> tokens = sentence.tokens();
        Sentence s = sentence.sentence();
        return s.text()
                .substring(
                        tokens.get(range[0]).start() - s.start(),
                        tokens.get(range[1] - 1).end() - s.start());
    }

    /** Words that set a summit apart from the regular one of its year: "an informal CIS summit" is another event. */
    private static final java.util.regex.Pattern KIND =
            // "the Inter-Sessional Meeting of CARICOM's heads of government", held between its regular summits
            java.util.regex.Pattern.compile(
                    "(?:^| )(informal|extraordinary|emergency|special|inter-sessional|intersessional) ",
                    java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A sentence's word for a summit set apart: "informal" in "will meet in an informal summit". */
    private static final java.util.regex.Pattern KIND_IN_SENTENCE = java.util.regex.Pattern.compile(
            "\\b(informal|extraordinary|emergency|special|inter-sessional|intersessional) (?:[\\w-]+ ){0,2}"
                    + "(?:summit|meeting|session)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The kind of summit a sentence speaks of, lower case, when it sets one apart. */
    static Optional<String> kindOf(String sentence) {
        java.util.regex.Matcher m = KIND_IN_SENTENCE.matcher(sentence);
        return m.find() ? Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** The name of a summit the matched words describe: "2022 informal CIS summit" when they say it is one. */
    static String name(Knowledge.Organisation organisation, Optional<Integer> year, String described) {
        return name(organisation, year, described, Optional.empty());
    }

    /** A meeting an organisation held that is not named a summit: "2023 OPEC+ meeting", "2023 OPEC+ ministerial meeting". */
    static String meeting(Knowledge.Organisation organisation, int year, String described) {
        return MINISTERS.matcher(described.toLowerCase(java.util.Locale.ROOT)).find()
                ? name(organisation, Optional.of(year), described)
                : year + " " + organisation.shortName() + " meeting";
    }

    /**
     * The name of a summit: its year first, as every summit is named, then its number when the
     * sentence writes one ("2024 37th AU summit"), since many reports and quizzes know a summit
     * by its number alone.
     */
    static String name(
            Knowledge.Organisation organisation, Optional<Integer> year, String described, Optional<String> number) {
        String head =
                year.map(y -> y + " ").orElse("") + number.map(n -> n + " ").orElse("");
        java.util.regex.Matcher ministers = MINISTERS.matcher(described.toLowerCase(java.util.Locale.ROOT));
        if (ministers.find()) {
            // ministers meeting are not the leaders' summit: "2030 OPEC ministerial meeting", "SCO foreign ministers'
            // meeting"
            return head
                    + organisation.shortName()
                    + (portfolio(ministers) != null
                            ? " " + portfolio(ministers) + " ministers' meeting"
                            : " ministerial meeting");
        }
        if (organisation.name().endsWith("Assembly")
                && SESSION.matcher(described.toLowerCase(java.util.Locale.ROOT)).find()) {
            return head + "session of the "
                    + organisation.name(); // "2023 78th session of the United Nations General Assembly"
        }
        if (GOVERNORS.matcher(described.toLowerCase(java.util.Locale.ROOT)).find()) {
            // "the 58th Annual Meeting of the Board of Governors of the ADB": a bank's yearly meeting, no summit
            return head + organisation.shortName() + " annual meeting";
        }
        java.util.regex.Matcher kind = KIND.matcher(described);
        String prefix = kind.find() ? kind.group(1).toLowerCase(java.util.Locale.ROOT) + " " : "";
        return year.map(y -> y + " ").orElse("") + number.map(n -> n + " ").orElse("") + prefix + summit(organisation);
    }

    /**
     * "APEC summit"; a series of summits named as one ("East Asia Summit", "Summit of the Americas", "Commonwealth
     * Heads of Government Meeting") by its name.
     */
    private static String summit(Knowledge.Organisation organisation) {
        return isSummit(organisation) ? organisation.name() : organisation.shortName() + " summit";
    }

    /** Whether the organisation is itself a series of summits, so its name alone names one of them. */
    static boolean isSummit(Knowledge.Organisation organisation) {
        return organisation.listed() && SUMMIT_WORD.matcher(organisation.name()).find();
    }

    private static final java.util.regex.Pattern SUMMIT_WORD =
            java.util.regex.Pattern.compile("\\b(?:Summit|Heads of Government Meeting)\\b");
}
