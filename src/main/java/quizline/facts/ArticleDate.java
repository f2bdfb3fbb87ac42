package quizline.facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The date an article was published, as far as its own text tells: the {@link HeaderDate} at its
 * top, unless the article's content contradicts it. A page may print the day it was crawled or
 * republished over a story years older; taking that date would resolve every "on Friday" to the
 * wrong week and date every fact wrongly, so such a date is refused with the reason:
 * <ul>
 *   <li>the article reports as past a date after it ("the summit was held on 9 July 2024" under
 *       a page dated March 2024);</li>
 *   <li>the article reports as recent ("on Friday", "yesterday") a summit the data files know,
 *       in the city it names, that met far from the page's date (an SCO summit in Samarkand,
 *       which met in September 2022, under a page dated March 2024).</li>
 * </ul>
 */
public final class ArticleDate {
    /** A date line may lag its story by a few days: a report of "7 July" under a date of 5 July is no contradiction. */
    private static final int SLACK_DAYS = 7;
    /** How far a page's date may lie from the summit it reports as recent. */
    private static final int RECENT_DAYS = 60;
    /** Verbs that report an event as done; "was invited to enter BRICS on 1 January" speaks of what is still to come. */
    private static final Pattern PAST = Pattern.compile(
            "\\b(?:took place|was held|were held|met|opened|began|ended|concluded|joined|signed|died|was elected|were elected|became)\\b");

    /**
     * "handing over the chairmanship to Vietnam for 2020", "a plan until 2030", "a plan covering the decade to 2030": a
     * year the sentence looks ahead to, not
     * the date of what it reports as done.
     */
    private static boolean aPeriod(AnnotatedSentence sentence, Mention.DateMention date) {
        List<Token> tokens = sentence.tokens();
        return date.from() > 0
                && PERIOD.contains(tokens.get(date.from() - 1).text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "A ceremony took place ... to mark the handover to the host of the 2025 AIIB Annual Meeting": a year that names
     * an event a few words on is the event's name, not the date of what the sentence reports as done.
     */
    private static boolean namesAnEvent(AnnotatedSentence sentence, Mention.DateMention date) {
        if (!(date.expression() instanceof DateExpression.Year)) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        for (int i = date.to(); i < Math.min(tokens.size(), date.to() + 5); i++) {
            if (EVENT_NOUNS.contains(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> EVENT_NOUNS = java.util.Set.of(
            "summit",
            "summits",
            "meeting",
            "meetings",
            "session",
            "conference",
            "forum",
            "games",
            "election",
            "elections",
            "congress",
            "assembly",
            "olympics",
            "cup",
            "expo");

    private static final java.util.Set<String> PERIOD =
            java.util.Set.of("for", "until", "till", "through", "by", "beyond", "towards", "toward", "to");

    private static final Pattern TO_COME =
            Pattern.compile("\\b(?:to (?:join|enter|become|take|hold|host|meet)|invited|would|could)\\b");
    /** The lede: the summit an article reports is named near its top (a dateline, the first paragraph). */
    private static final int LEDE_CHARACTERS = 800;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** What the top of an article says its date is, whether that is taken, and why not when it is not. */
    public record Judgement(Optional<HeaderDate.Found> header, Optional<String> refusal) {
        public Optional<LocalDate> date() {
            return refusal.isPresent() ? Optional.empty() : header.map(HeaderDate.Found::date);
        }
    }

    private ArticleDate() {}

    public static Judgement of(String text) {
        return of(text, FactExtractor.standard().annotate(text));
    }

    /** The same, from the article's sentences as extraction annotates them (annotated once for both). */
    static Judgement of(String text, List<AnnotatedSentence> sentences) {
        Optional<HeaderDate.Found> header = HeaderDate.find(text);
        return new Judgement(header, header.flatMap(found -> contradiction(sentences, found.date())));
    }

    /** Why the article's content says it was not written on {@code date}, if it does. */
    private static Optional<String> contradiction(List<AnnotatedSentence> sentences, LocalDate date) {
        return laterDateAsPast(sentences, date).or(() -> summitFarAway(sentences, date, Knowledge.get()));
    }

    private static Optional<String> laterDateAsPast(List<AnnotatedSentence> sentences, LocalDate date) {
        for (AnnotatedSentence sentence : sentences) {
            String text = sentence.sentence().text();
            if (Facts.future(sentence)
                    || !PAST.matcher(text).find()
                    || TO_COME.matcher(text).find()) {
                continue;
            }
            for (Mention mention : sentence.mentions()) {
                if (mention instanceof Mention.DateMention written
                        && written.expression().absolute()
                        && !aPeriod(sentence, written)
                        && !namesAnEvent(sentence, written)) {
                    LocalDate earliest = earliest(written.expression());
                    if (earliest.isAfter(date.plusDays(SLACK_DAYS))) {
                        return Optional.of("the article reports " + written.written() + " as past");
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static LocalDate earliest(DateExpression expression) {
        if (expression instanceof DateExpression.Day day) {
            return day.date();
        }
        if (expression instanceof DateExpression.MonthOfYear month) {
            return month.month().atDay(1);
        }
        return LocalDate.of(((DateExpression.Year) expression).year(), 1, 1);
    }

    /**
     * Whether a sentence speaks of a gathering, so that a city it names may be a summit's: "a statement from Brussels"
     * or "NATO headquarters in Brussels" names the seat of an organisation, not one of its summits there.
     */
    private static boolean aboutAMeeting(AnnotatedSentence sentence) {
        return MEETING.matcher(sentence.sentence().text()).find();
    }

    private static final Pattern MEETING = Pattern.compile(
            "(?i)\\b(?:summit|meeting|gathering|talks|session|conference|leaders|met|meet|gathered|convened|hosted|hosts)\\b");

    private static Optional<String> summitFarAway(
            List<AnnotatedSentence> sentences, LocalDate date, Knowledge knowledge) {
        // the organisations whose summit the article speaks of: named with a summit, more than once, or alone ("member
        // of NATO since 2009" in a report of the EU's enlargement from Brussels speaks of no NATO summit in Brussels)
        Set<Knowledge.Organisation> organisations = new HashSet<>();
        Set<Knowledge.Organisation> seen = new HashSet<>();
        Set<String> cities = new HashSet<>();
        Set<String> ledeCities = new HashSet<>();
        Set<Integer> yearsWritten = new HashSet<>();
        boolean recent = false;
        for (int i = 0; i < sentences.size(); i++) {
            Summits.organisationAttached(sentences.get(i)).ifPresent(organisations::add);
            for (Mention mention : sentences.get(i).mentions()) {
                if (mention instanceof Mention.OrganisationMention organisation) {
                    if (!seen.add(organisation.organisation())) {
                        organisations.add(organisation.organisation());
                    }
                } else if (mention instanceof Mention.CityMention city && aboutAMeeting(sentences.get(i))) {
                    cities.add(city.city().name());
                    if (sentences.get(i).sentence().start() < LEDE_CHARACTERS) {
                        ledeCities.add(city.city().name());
                    }
                } else if (mention instanceof Mention.DateMention written) {
                    DateExpression expression = written.expression();
                    recent |= expression instanceof DateExpression.Weekday
                            || expression instanceof DateExpression.DaysFromNow;
                    if (expression.absolute()) {
                        yearsWritten.add(earliest(expression).getYear());
                    }
                }
            }
        }
        if (seen.size() == 1) {
            organisations.addAll(seen); // the one organisation of the story is the one it is about
        }
        if (!recent) {
            return Optional.empty(); // a story that dates nothing by the week may look back on any summit
        }
        List<Knowledge.KnownSummit> named = knowledge.summits().stream()
                .filter(s -> organisations.contains(s.organisation()) && cities.contains(s.city()))
                .toList();
        if (named.stream().anyMatch(s -> Math.abs(ChronoUnit.DAYS.between(s.first(), date)) <= RECENT_DAYS)) {
            return Optional.empty(); // the page's date fits a summit the article names
        }
        for (Knowledge.KnownSummit summit : named) {
            // "On 22 August 2023, the summit opened in Johannesburg": a city that hosted twice, one of them in a year
            // the article writes, is that year's summit
            if (ledeCities.contains(summit.city())
                    && named.stream()
                            .noneMatch(same -> same.city().equals(summit.city())
                                    && yearsWritten.contains(same.first().getYear()))) {
                return Optional.of(
                        "it reports as recent the " + summit.organisation().shortName() + " summit in " + summit.city()
                                + ", which met on " + DAY.format(summit.first()));
            }
        }
        return Optional.empty();
    }
}
