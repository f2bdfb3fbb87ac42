package quizline.facts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * When things happened: an organisation's founding ("was founded in 1967", "since its
 * creation in 1949"), a summit's date ("on Monday opened the summit", "the summit on
 * 9 September"), and events named in the data files ("the invasion of Kuwait on 2 August
 * 1990", "its 1990 invasion of Kuwait"). Relative dates count only when the article's date
 * resolves them.
 */
final class DateExtractor implements SentenceExtractor {
    private static final String FOUNDED = "(?:founded|established|created|formed|set up|launched|inaugurated)";
    private static final String FOUNDING = "(?:establishment|founding|creation|formation|inception|foundation|launch)";
    private static final List<ShapePattern> FOUNDINGS = List.of(
            ShapePattern.compile("(?:(?:the )?(?<org>{OA})|it) (?:was |were |has been |had been )?(?:officially |formally )?" + FOUNDED
                    + " (?:(?:(?!(?:and|but|then) [a-z]+ed )[^ ;]+ ){0,12}?(?:in|on) )?(?<date>{W})"),
            ShapePattern.compile("(?<org>{OA}) , (?:whose|which|that) [^;]*? , (?:was |were )?" + FOUNDED + " (?:[^ ;]+ ){0,6}?in (?<date>{W})"),
            ShapePattern.compile(FOUNDED + " in (?<date>{W}) (?:[^,;]*? )?, (?:the )?(?<org>{OA})"),
            // "Mercosur began as a customs union in 1991"
            ShapePattern.compile("(?:the )?(?<org>{OA}) (?:began|started) as (?:a |an )?[^,;]*? in (?<date>{W})"),
            // "the bloc formed the so-called X forum with its neighbours in 2019"
            ShapePattern.compile("(?:formed|founded|created|established|launched|set up) (?:the )?(?:so-called )?(?<org>{O}) (?:[^;]*? )?"
                    + "(?:in|at the end of|at the start of|in late|in early) (?<date>{W})"),
            ShapePattern.compile("(?<org>{OA}) , (?:(?:which|that) (?:was |were |had been |has been )?|(?:the |a |an )(?:[a-z-]+ ){0,3})?" + FOUNDED + " (?:[^ ;]+ ){0,6}?in (?<date>{W})"),
            ShapePattern.compile("since its " + FOUNDING + " in (?<date>{W})(?: , (?:the )?(?<org>{OA}))?"),
            ShapePattern.compile("the " + FOUNDING + " of (?:the )?(?<org>{OA}) in (?<date>{W})"));
    private static final List<ShapePattern> SUMMIT_DATES = List.of(
            // not "the two-day summit, which ends on Friday": a summit is dated by its first day
            ShapePattern.compile("summit (?:(?!ends |ended |closes |closed |concludes |concluded |wraps |wrapped )[^ ;,]+ ){0,4}?(?:on|held on) (?<date>{W})"),
            ShapePattern.compile("on (?<date>{W}) (?:[a-z]+ )?(?:attended|opened|held|hosted|convened|addressed|began|ended|concluded|closed) (?:the )?(?:(?:{O}|[a-z]+) )?summit"),
            ShapePattern.compile("(?<date>{W}) at the (?:(?:{O}|[a-z]+) )?summit"),
            ShapePattern.compile("(?:gathered|met|convened|assembled) on (?<date>{W}) (?:for|at) (?:the |a |an )?(?:[^ ;,]+ ){0,4}?(?:summit|session of (?:the )?{O})"),
            ShapePattern.compile("(?<date>{W}) 's (?:(?:{O}|[a-z]+) )?summit"),
            ShapePattern.compile("summit (?:[^;]*? )?(?:scheduled|set|due) (?:for|on) (?<date>{W})"),
            // "leaders opened the APEC summit yesterday"
            ShapePattern.compile("(?:opened|convened|began|started|kicked off) (?:the|their|its) (?:(?:{O}|[a-z]+) )?summit (?:on )?(?<date>{W})(?! 's)"),
            // "the OPEC+ ministerial meeting will be held online on June 2": named as a ministers' meeting, not a summit
            ShapePattern.compile("(?<org>{O}) (?:and [^ ]+ )?(?:[a-z]+ )?(?:ministerial|ministers ') meeting (?:[^ ;,]+ ){0,4}?(?:on|held on|for) (?<date>{W})"),
            // "On 3 May 2031, the summit opened in …"
            ShapePattern.compile("^on (?<date>{W}) , (?:the )?(?:{O} )?summit (?:commenced|opened|began|kicked off|started|was held|took place|got under way)"),
            // "the summit, which opened on Monday"
            ShapePattern.compile("summit , (?:which|that) (?:commenced|opened|began|kicked off|started|was held|took place) on (?<date>{W})"),
            // "the 86th session of the UN General Assembly, which begins in September" (an assembly's session only, see extract)
            ShapePattern.compile("(?:summit|(?<session>session)(?: of (?:the )?{O})?) , (?:which|that) (?:will )?(?:begins|opens|starts|begin|open|start|commences|commence) (?:on |in )?(?<date>{W})(?! 's)"),
            // "the 12th summit began in Lima, the capital of Peru, on Friday"
            ShapePattern.compile("summit (?:commenced|opened|began|kicked off|started) (?:in {Y}(?: , (?:the capital of {C}|{C}))? , )?(?:on )?(?<date>{W})"),
            // "the meeting on March 3rd and 4th"; "the June 9–10 summit"
            ShapePattern.compile("the (?:summit|meeting) (?:on|will be held on|is scheduled for) (?<date>{W})"),
            ShapePattern.compile("the (?<date>{W}) (?:— [0-9]+ |and [0-9]+ )?(?:summit|meeting)"),
            // "the summit, which runs from 6 to 7 July"; "the summit will be held from July 9 to 11"
            ShapePattern.compile("summit (?:, )?(?:[^ ;,]+ ){0,4}?from (?<date>{W})"),
            // "in February last year at the 36th session of the AU assembly"
            ShapePattern.compile("(?<date>{W}) at the (?:" + Summits.NUMBER + " )?(?:ordinary |extraordinary )?(?:session|summit) of (?:the )?{O} assembly"));
    private final List<ShapePattern> events;

    DateExtractor(Knowledge knowledge) {
        String words = knowledge.eventWords.keySet().stream()
                .sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|"));
        String nouns = knowledge.eventWords.entrySet().stream().filter(e -> e.getKey().equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().collect(Collectors.joining("|"));
        this.events = List.of(
                ShapePattern.compile("(?:(?<year>{W}) )?(?<event>" + nouns + ") of (?:the )?(?<place>{C})(?: (?:on|in) (?<date>{W}))?"),
                ShapePattern.compile("(?<event>" + words + ") (?:the )?(?<place>{C}) (?:on|in) (?<date>{W})"),
                // "Namibia is one of the younger states, having gained independence from South Africa in 1990"
                ShapePattern.compile("(?<place>{C}) (?:(?:is|was|has been) [^;,]*? , having |, having )?(?:gained|declared|won|achieved|regained) (?:its )?(?<event>independence) (?:from (?:the )?{CO} )?(?:on|in) (?<date>{W})"));
    }

    @Override
    public void extract(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (!shape.has('W')) {
            return;
        }
        for (int rule = 0; rule < FOUNDINGS.size(); rule++) {
            Matcher m = FOUNDINGS.get(rule).matcher(shape);
            while (m.find()) {
                Optional<Knowledge.Organisation> organisation = foundedOrganisation(sentence, context, m);
                Optional<String> date = date(sentence, context, m, "date");
                if (organisation.isPresent() && date.isPresent()) {
                    Facts.Found by = Facts.Found.by("founding", rule).doubted(!named(sentence, m, "org")).doubted(relative(sentence, m, "date"));
                    Facts.addOnce(found, Facts.of(FactKind.DATE, "founding of " + organisation.get().name(), "date", date.get(), Map.of(), sentence, context, by));
                }
            }
        }
        for (int rule = 0; rule < SUMMIT_DATES.size(); rule++) {
            Matcher m = SUMMIT_DATES.get(rule).matcher(shape);
            Facts.Found by = Facts.Found.by("summit-date", rule);
            while (m.find()) {
                Optional<String> date = date(sentence, context, m, "date");
                Optional<Knowledge.Organisation> organisation = listedIn(sentence, m, "org").or(() -> Summits.organisation(sentence, context));
                // "session" alone names a summit of too many bodies: only an assembly's session is named by it
                boolean session = m.pattern().pattern().contains("(?<session>") && m.start("session") >= 0;
                if (date.isPresent() && organisation.isPresent() && !Summits.speaksOfAnotherSummit(sentence)
                        && (!session || organisation.get().name().endsWith("Assembly"))) {
                    int year = Integer.parseInt(date.get().substring(0, 4));
                    String event = Summits.name(organisation.get(), Optional.of(year), Summits.written(sentence, m.start(), m.end()), Summits.number(sentence, m));
                    Facts.Found doubted = by.doubted(Summits.organisationAttached(sentence).isEmpty()).doubted(relative(sentence, m, "date"));
                    Facts.addOnce(found, Facts.of(FactKind.DATE, event, "date", date.get(), Map.of(), sentence, context, doubted));
                }
            }
        }
        for (int rule = 0; rule < events.size(); rule++) {
            Matcher m = events.get(rule).matcher(shape);
            Facts.Found by = Facts.Found.by("event-date", rule);
            while (m.find()) {
                Optional<String> date = date(sentence, context, m, "date").or(() -> date(sentence, context, m, "year"));
                Mention place = shape.mention(m, "place");
                if (date.isPresent() && place instanceof Mention.CountryMention country) {
                    String event = Knowledge.get().eventWords.get(m.group("event"));
                    Facts.addOnce(found, Facts.of(FactKind.DATE, event + " of " + country.country().name(), "date", date.get(), Map.of(), sentence, context,
                            by.doubted(relative(sentence, m, "date"))));
                }
            }
        }
    }

    private static Optional<Knowledge.Organisation> foundedOrganisation(AnnotatedSentence sentence, ArticleContext context, Matcher m) {
        Mention mention = m.start("org") >= 0 ? sentence.shape().mention(m, "org") : null;
        if (mention instanceof Mention.OrganisationMention organisation) {
            return organisation.organisation().listed() ? Optional.of(organisation.organisation()) : Optional.empty();
        }
        int at = mention != null ? mention.from() : firstMentionFrom(sentence, m);
        return context.referredOrganisation(sentence, at);
    }

    /** The listed organisation a group of the match names, if the pattern has that group. */
    private static Optional<Knowledge.Organisation> listedIn(AnnotatedSentence sentence, Matcher m, String group) {
        if (!m.pattern().pattern().contains("(?<" + group + ">") || m.start(group) < 0) {
            return Optional.empty();
        }
        return sentence.shape().mention(m, group) instanceof Mention.OrganisationMention organisation && organisation.organisation().listed()
                ? Optional.of(organisation.organisation()) : Optional.empty();
    }

    /** Whether a group names a listed organisation itself, not "the bloc" or "it". */
    private static boolean named(AnnotatedSentence sentence, Matcher m, String group) {
        return m.start(group) >= 0 && sentence.shape().mention(m, group) instanceof Mention.OrganisationMention;
    }

    /** Whether a date group holds a relative date ("on Thursday") that the article's date resolved. */
    private static boolean relative(AnnotatedSentence sentence, Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">") && m.start(group) >= 0
                && sentence.shape().mention(m, group) instanceof Mention.DateMention date && !date.expression().absolute();
    }

    private static int firstMentionFrom(AnnotatedSentence sentence, Matcher m) {
        List<Mention> inMatch = sentence.shape().mentionsIn(m.start(), m.end());
        return inMatch.isEmpty() ? sentence.tokens().size() : inMatch.get(0).from();
    }

    /** The ISO value of a date group, when it can be told. */
    private static Optional<String> date(AnnotatedSentence sentence, ArticleContext context, Matcher m, String group) {
        if (!m.pattern().pattern().contains("(?<" + group + ">") || m.start(group) < 0) {
            return Optional.empty();
        }
        Mention mention = sentence.shape().mention(m, group);
        if (!(mention instanceof Mention.DateMention date)) {
            return Optional.empty();
        }
        return DateResolver.resolve(date.expression(), context.published(), Facts.future(sentence));
    }
}
