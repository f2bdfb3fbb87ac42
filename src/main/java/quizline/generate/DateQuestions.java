package quizline.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import quizline.facts.FactKind;
import quizline.pack.Question;

/**
 * Questions on "event E happened in year Y (on date D)", best first: the year as a choice among nearby years (typed as
 * a number first for one event in three), as a number and as a cloze, a statement to judge, and a cloze on the full date. The year is not asked when the event's
 * name holds it.
 */
final class DateQuestions {
    private static final List<String> TAGS = List.of("dates");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private final Distractors distractors;
    /** Every year some sentence gives for an event: a distractor must not be one of them. */
    private final Map<String, Set<String>> yearsOf = new TreeMap<>();

    private final int latestYear;

    /** @param latestYear the pack's as-of year: a later year would be a give-away distractor */
    private final EventNames events;

    DateQuestions(FactBase base, Distractors distractors, int latestYear) {
        this.events = base.events();
        this.distractors = distractors;
        this.latestYear = latestYear;
        for (KnownFact f : base.facts(FactKind.DATE)) {
            if (f.object().length() >= 4) {
                yearsOf.computeIfAbsent(f.subject(), k -> new TreeSet<>())
                        .add(f.object().substring(0, 4));
            }
        }
    }

    List<FactQuestions.Candidate> of(KnownFact f, Set<String> disputed) {
        if (FactBase.isUndatedRecurringEvent(f.subject())
                || f.object().length() < 4
                || !YEAR.matcher(f.object().substring(0, 4)).matches()) {
            return List.of();
        }
        Optional<String> named = events.subject(f.subject());
        if (named.isEmpty()) {
            return List.of(); // "the 2022 EU summit" names none of that year's summits
        }
        String year = f.object().substring(0, 4);
        boolean fullDate = FULL_DATE.matcher(f.object()).matches();
        String event = Wording.event(named.get());
        Set<String> topics = Set.of(Topics.date(f.subject()));
        String status = Topics.status(topics, disputed);
        String when = fullDate ? "on " + spoken(f.object()) : "in " + year;
        String statement = Wording.capitalised(Wording.happened(named.get(), when)) + ".";
        List<FactQuestions.Candidate> out = new ArrayList<>();
        if (!f.subject().contains(year)) {
            String base = Slug.join("date", f.subject(), year);
            String choiceId = Slug.id(base, "year-choice");
            List<String> others =
                    distractors.years(choiceId, Integer.parseInt(year), yearsOf.get(f.subject()), latestYear);
            if (!others.isEmpty()) {
                Choices choices = Choices.of(choiceId, year, others);
                out.add(FactQuestions.Candidate.of(
                        choices.question(choiceId, "Which year saw " + event + "?", TAGS, statement, f.first(), status),
                        topics,
                        "year"));
            }
            out.add(
                    FactQuestions.typedFirst(base) ? 0 : out.size(),
                    FactQuestions.Candidate.of(
                            new Question.Numeric(
                                    Slug.id(base, "numeric"),
                                    Wording.yearQuestion(f.subject()),
                                    Integer.parseInt(year),
                                    0.0,
                                    TAGS,
                                    statement,
                                    f.first(),
                                    status),
                            topics,
                            "year"));
            if (!fullDate) {
                String cloze =
                        Wording.capitalised(Wording.happened(f.subject(), "in " + Blanks.of(year, List.of()))) + ".";
                out.add(FactQuestions.Candidate.of(
                        new Question.Cloze(Slug.id(base, "cloze"), cloze, TAGS, statement, f.first(), status),
                        topics,
                        "year"));
            }
            // A statement to judge, drawn False by its id (Falsehoods) with a nearby year no sentence
            // gives for the event; with none, no statement rather than one more keyed True
            String judgeId = Slug.id(base, "truefalse");
            if (!Falsehoods.keyedFalse(judgeId)) {
                out.add(FactQuestions.Candidate.of(
                        new Question.TrueFalse(
                                judgeId,
                                "True or false: " + Wording.happened(f.subject(), "in " + year) + ".",
                                true,
                                TAGS,
                                statement,
                                f.first(),
                                status),
                        topics,
                        "statement"));
            } else if (!others.isEmpty()) {
                out.add(FactQuestions.Candidate.of(
                        new Question.TrueFalse(
                                Slug.id(base, "truefalse-false"),
                                "True or false: " + Wording.happened(f.subject(), "in " + others.get(0)) + ".",
                                false,
                                TAGS,
                                "False: " + Wording.lowerFirst(statement),
                                f.first(),
                                status),
                        topics,
                        "statement"));
            }
        }
        if (fullDate) {
            // Typed as the student writes dates: "16 May 2024", "May 16, 2024" or "2024-05-16"
            String cloze = Wording.capitalised(Wording.happened(
                            named.get(),
                            "on "
                                    + Blanks.of(
                                            spoken(f.object()),
                                            List.of(LocalDate.parse(f.object()).format(MONTH_FIRST), f.object()))))
                    + ".";
            out.add(FactQuestions.Candidate.of(
                    new Question.Cloze(
                            Slug.id(Slug.join("date", f.subject(), f.object()), "cloze"),
                            cloze,
                            TAGS,
                            statement,
                            f.first(),
                            status),
                    topics,
                    "date"));
        }
        return out;
    }

    private static String spoken(String isoDate) {
        return LocalDate.parse(isoDate).format(SPOKEN);
    }
}
