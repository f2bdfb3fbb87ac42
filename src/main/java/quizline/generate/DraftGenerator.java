package quizline.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import quizline.facts.Article;
import quizline.facts.ArticleFiles;
import quizline.facts.FactExtractor;
import quizline.facts.FactKind;
import quizline.pack.Conflict;
import quizline.pack.Doubt;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.Source;

/**
 * Facts to a draft pack: each fact once, the one or two questions that fit it best ({@link FactQuestions}), conflicts where sentences disagree and the
 * questions they touch marked {@code draft-conflict}. Pure and deterministic: articles are taken in file-name order,
 * every id comes from a fact's content, every random draw is seeded by an id.
 */
public final class DraftGenerator {
    private DraftGenerator() {}

    /** Extracts every article's facts; articles are independent, so they are read in parallel, in order. */
    public static List<ArticleFacts> extract(List<Article> articles) {
        return extract(articles, () -> {});
    }

    /** @param onEach called once per article read, from any thread (a progress bar) */
    public static List<ArticleFacts> extract(List<Article> articles, Runnable onEach) {
        FactExtractor extractor = FactExtractor.standard();
        return inParallel(articles, a -> new ArticleFacts(a.name(), a.publishedDate(), extractor.extract(a)), onEach);
    }

    /**
     * Reads every article's file for its facts and, unless one was given, its date from its top; in parallel, in
     * order, as {@link #extract(List, Runnable)} does.
     */
    public static List<FactExtractor.Reading> read(List<ArticleFiles.Text> files, Runnable onEach) {
        FactExtractor extractor = FactExtractor.standard();
        return inParallel(files, extractor::read, onEach);
    }

    private static <A, R> List<R> inParallel(List<A> items, Function<A, R> read, Runnable onEach) {
        return items.parallelStream()
                .map(item -> {
                    R result = read.apply(item);
                    onEach.run();
                    return result;
                })
                .toList();
    }

    /**
     * @throws DraftRefused when no date is known for {@code asOf}, or no question can be written
     */
    public static Pack generate(DraftSpec spec, List<ArticleFacts> articles) {
        return generate(spec, articles, true);
    }

    /**
     * Every question the writers offer for each fact, before the one or two are picked: for tests of what each
     * writer asks, which a draft shows only when the pick takes it.
     */
    static Pack everyCandidate(DraftSpec spec, List<ArticleFacts> articles) {
        return generate(spec, articles, false);
    }

    private static Pack generate(DraftSpec spec, List<ArticleFacts> articles, boolean pick) {
        List<ArticleFacts> sorted = articles.stream()
                .sorted(Comparator.comparing(ArticleFacts::article))
                .toList();
        LocalDate asOf = spec.asOf()
                .or(() -> latestDate(sorted))
                .orElseThrow(() -> new DraftRefused("no article date is known: give the date the facts hold on"));
        FactBase base = new FactBase(sorted);
        List<FoundConflict> found = ConflictFinder.find(base);
        Set<String> disputed =
                found.stream().flatMap(c -> c.topics().stream()).collect(Collectors.toCollection(TreeSet::new));

        Distractors distractors = new Distractors(base);
        // A fact that can go stale is asked as of its article's date, or of the date the author declares (--as-of);
        // with neither, nothing says when it was true, and it is not asked
        PositionQuestions positions = new PositionQuestions(base, distractors, spec.asOf());
        MemberQuestions members = new MemberQuestions(base, distractors, spec.asOf(), asOf.getYear());
        HostQuestions hosts = new HostQuestions(base, distractors);
        DateQuestions dates = new DateQuestions(base, distractors, asOf.getYear());
        CountQuestions counts = new CountQuestions(base, spec.asOf());
        RelatedFacts related = new RelatedFacts(base, disputed);
        Map<String, Generated> byId = new LinkedHashMap<>();
        Set<String> prompts = new HashSet<>();
        for (KnownFact f : base.facts()) {
            List<FactQuestions.Candidate> candidates = switch (f.kind()) {
                case POSITION -> positions.of(f, disputed);
                case MEMBER -> members.of(f, disputed);
                case HOST -> hosts.of(f, disputed);
                case DATE -> dates.of(f, disputed);
                case COUNT -> counts.of(f, disputed);
            };
            List<Generated> written = pick
                    ? FactQuestions.pick(candidates, factKey(f), prompts)
                    : FactQuestions.all(candidates, factKey(f));
            // The explanation teaches what else the articles say around the fact, not the prompt with its answer alone
            Optional<String> more = related.of(f);
            if (more.isPresent()) {
                written = written.stream()
                        .map(g -> new Generated(
                                g.question().withExplanation(g.question().explanation() + " " + more.get()),
                                g.topics()))
                        .toList();
            }
            // A question already written from an earlier sentence keeps that sentence.
            written.forEach(g -> byId.putIfAbsent(g.question().id(), g));
        }
        if (byId.isEmpty()) {
            throw new DraftRefused("no question could be written: the articles state no fact the generator knows");
        }
        Map<String, List<String>> questionsByTopic = new HashMap<>();
        for (Generated g : byId.values()) {
            for (String topic : g.topics()) {
                if (disputed.contains(topic)) {
                    questionsByTopic
                            .computeIfAbsent(topic, t -> new ArrayList<>())
                            .add(g.question().id());
                }
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (FoundConflict c : found) {
            List<String> held = c.topics().stream()
                    .flatMap(t -> questionsByTopic.getOrDefault(t, List.of()).stream())
                    .distinct()
                    .toList();
            conflicts.add(new Conflict(c.id(), c.about(), c.values(), held, null));
        }
        List<Source> sources = sorted.stream()
                .map(a -> new Source(a.article(), null, a.published().orElse(null), null))
                .toList();
        List<Question> questions =
                byId.values().stream().map(Generated::question).toList();
        Set<String> asked = questions.stream().map(Question::fact).collect(Collectors.toSet());
        List<Doubt> doubts = base.facts().stream()
                .filter(f -> asked.contains(factKey(f)))
                .flatMap(f -> OfficeCheck.contradiction(f)
                        .map(holder -> new Doubt(
                                factKey(f),
                                OfficeCheck.CONTRADICTED,
                                "office-holders.tsv has " + holder + " in this office then"))
                        .or(() -> f.doubtful()
                                ? Optional.of(new Doubt(factKey(f), f.confidence(), f.rule()))
                                : Optional.empty())
                        .stream())
                .distinct()
                .toList();
        return new Pack(
                null, Pack.FORMAT, spec.id(), spec.title(), 1, asOf, null, sources, questions, conflicts, doubts);
    }

    /**
     * The cross-checks of a run on their own, for {@code extract}: where sentences disagree (each value with the
     * sentence that first gives it), and the facts a later article replaced, as lines a reader follows.
     */
    public static List<String> crossCheck(List<ArticleFacts> articles) {
        FactBase base = new FactBase(articles.stream()
                .sorted(Comparator.comparing(ArticleFacts::article))
                .toList());
        List<String> lines = new ArrayList<>();
        for (FoundConflict c : ConflictFinder.find(base)) {
            lines.add("conflict: " + c.about() + ": "
                    + c.values().stream()
                            .map(v -> v.value() + " (" + v.source().article() + ", characters "
                                    + v.source().start() + "–" + v.source().end() + ")")
                            .collect(Collectors.joining(" | ")));
        }
        for (Supersession s : base.supersessions()) {
            lines.add("change: " + s.older().subject() + " " + s.older().relation() + " "
                    + s.older().object() + " ("
                    + s.older().asOf().orElseThrow() + ", " + s.older().first().article() + ") is superseded by "
                    + s.newer().subject() + " " + s.newer().relation() + " "
                    + s.newer().object() + " ("
                    + s.newer().asOf().orElseThrow() + ", " + s.newer().first().article() + ")");
        }
        return lines;
    }

    /** The key the questions of one fact share: its kind and content, as ids are made ("host-2024-sco-summit-astana"). */
    static String factKey(KnownFact f) {
        return Slug.fact(
                f.kind() == FactKind.HOST || f.kind() == FactKind.DATE
                        ? Slug.join(f.kind().label(), f.subject(), f.object())
                        : Slug.join(f.kind().label(), f.subject(), f.relation(), f.object()));
    }

    private static Optional<LocalDate> latestDate(List<ArticleFacts> articles) {
        return articles.stream()
                .map(ArticleFacts::published)
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }
}
