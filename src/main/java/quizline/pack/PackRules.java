package quizline.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import quizline.text.Counted;

/**
 * What a well-formed pack must also mean: unique ids, answers in range, sources that exist. The reader applies them
 * to the text it reads; {@link #check(Pack)} applies them, and what the reader checks besides, to a pack in memory.
 */
public final class PackRules {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    static final Set<String> STATUSES = Set.of("draft", "draft-conflict");
    private static final int MIN_CHOICES = 2;
    private static final int MAX_CHOICES = 6;

    private final List<StrictBinder.Issue> issues = new ArrayList<>();
    private final Function<String, Optional<String>> articles;

    private PackRules(Function<String, Optional<String>> articles) {
        this.articles = articles;
    }

    /**
     * What {@code quizline validate} would say about the pack once written, found without writing it: the same
     * messages, in the order of the written file. Empty for a pack that would read back as it is. (Only the length
     * of the whole file goes unchecked: see {@link PackJson#tooLong}.)
     */
    public static List<String> check(Pack pack) {
        return check(pack, article -> Optional.empty());
    }

    /**
     * @param articles the text of an article by its file name, when it can be found; used to check that source
     *                 offsets lie inside the article
     */
    public static List<String> check(Pack pack, Function<String, Optional<String>> articles) {
        WrittenForm form = WrittenForm.of(pack, Pack.class, "", "the pack");
        if (form.tooLong().isPresent()) {
            return List.of(form.tooLong().get().message()); // the reader stops there
        }
        List<StrictBinder.Issue> issues = new ArrayList<>(form.issues());
        if (form.ok()) {
            issues.addAll(issues(pack, articles));
        } else {
            // As the reader does with a pack that does not bind: the rules on the parts that would
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < pack.questions().size(); i++) {
                Question q = pack.questions().get(i);
                boolean binds = q != null
                        && WrittenForm.of(q, Question.class, "", "question").ok();
                questions.add(binds ? q : null);
            }
            boolean sourcesBind = pack.sources().stream()
                    .allMatch(s -> s != null
                            && WrittenForm.of(s, Source.class, "", "source").ok());
            issues.addAll(checkParts(
                    pack.format(),
                    pack.id(),
                    pack.title(),
                    pack.version(),
                    questions,
                    sourcesBind ? pack.sources() : null,
                    articles));
        }
        issues.addAll(idsAndPrompts(pack.questions()));
        DocumentOrder order = new DocumentOrder(pack);
        return issues.stream()
                .distinct()
                .sorted((a, b) -> order.compare(a.pointer(), b.pointer()))
                .map(StrictBinder.Issue::message)
                .toList();
    }

    /** Questions may hold nulls where a question did not bind; {@code sources} is null when unknown. */
    static List<StrictBinder.Issue> issues(Pack pack, Function<String, Optional<String>> articles) {
        PackRules rules = new PackRules(articles);
        rules.header(
                pack.format(),
                pack.id(),
                pack.title(),
                pack.version(),
                pack.questions().size());
        rules.sources(pack.sources());
        rules.questions(pack.questions(), pack.sources(), pack.asOf());
        rules.conflicts(pack);
        return rules.issues;
    }

    /**
     * For a pack that did not bind as a whole: checks the header fields and questions that did
     * (nulls are skipped), so one run still reports every problem it can.
     */
    static List<StrictBinder.Issue> checkParts(
            Integer format,
            String id,
            String title,
            Integer version,
            List<Question> questions,
            List<Source> sources,
            Function<String, Optional<String>> articles) {
        PackRules rules = new PackRules(articles);
        rules.header(format, id, title, version, questions.size());
        if (sources != null) {
            rules.sources(sources);
        }
        rules.questions(questions, sources, null);
        return rules.issues;
    }

    private void add(String pointer, String message) {
        issues.add(new StrictBinder.Issue(pointer, message));
    }

    private void header(Integer format, String id, String title, Integer version, int questionCount) {
        if (format != null && format != Pack.FORMAT) {
            add("/format", "unsupported format " + format + " (this quizline reads format " + Pack.FORMAT + ")");
        }
        if (id != null && !ID.matcher(id).matches()) {
            add("/id", "pack id \"" + id + "\" must be lowercase letters, digits, '.', '_' or '-'");
        }
        if (title != null && title.isBlank()) {
            add("/title", "empty title");
        }
        if (version != null && version < 1) {
            add("/version", "version must be 1 or more, not " + version);
        }
        if (questionCount == 0) {
            add("/questions", "the pack has no questions");
        }
    }

    private void sources(List<Source> sources) {
        Set<String> articleNames = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            String article = sources.get(i).article();
            if (article.isBlank()) {
                add("/sources/" + i + "/article", "empty article name");
            } else if (!articleNames.add(article)) {
                add("/sources/" + i + "/article", "article \"" + article + "\" is listed twice in sources");
            }
        }
    }

    /** @param packAsOf null when the pack's own date did not bind */
    private void questions(List<Question> questions, List<Source> sources, java.time.LocalDate packAsOf) {
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q == null) {
                continue;
            }
            String at = "/questions/" + i;
            if (!ID.matcher(q.id()).matches()) {
                add(at + "/id", "question id \"" + q.id() + "\" must be lowercase letters, digits, '.', '_' or '-'");
            }
            for (int t = 0; t < q.tags().size(); t++) {
                if (q.tags().get(t).isBlank()) {
                    add(at + "/tags/" + t, "empty tag in question \"" + q.id() + "\"");
                }
            }
            if (q.status() != null && !STATUSES.contains(q.status())) {
                add(at + "/status", "unknown status \"" + q.status() + "\" (one of: draft, draft-conflict)");
            }
            // A question cannot be true as of a day after the pack's: the pack's date is the newest its facts reach
            if (q.asOf() != null && packAsOf != null && q.asOf().isAfter(packAsOf)) {
                add(
                        at + "/asOf",
                        "question \"" + q.id() + "\" is dated " + q.asOf() + ", after the pack's asOf " + packAsOf);
            }
            if (q.fact() != null && !ID.matcher(q.fact()).matches()) {
                add(
                        at + "/fact",
                        "fact key \"" + q.fact() + "\" of question \"" + q.id()
                                + "\" must be lowercase letters, digits, '.', '_' or '-'");
            }
            answer(q, at);
            if (q.source() != null) {
                source(q, at, sources);
            }
        }
    }

    private void answer(Question q, String at) {
        q.visit(new Question.Visitor<Void>() {
            @Override
            public Void choice(Question.Choice c) {
                choices(c.id(), c.choices(), at);
                if (c.answer() < 0 || c.answer() >= c.choices().size()) {
                    add(
                            at + "/answer",
                            outOfRange(c.id(), c.answer(), c.choices().size()));
                }
                return null;
            }

            @Override
            public Void multi(Question.Multi m) {
                choices(m.id(), m.choices(), at);
                if (m.answer().isEmpty()) {
                    add(at + "/answer", "question \"" + m.id() + "\" has no right answer");
                }
                Set<Integer> seen = new HashSet<>();
                for (int k = 0; k < m.answer().size(); k++) {
                    int a = m.answer().get(k);
                    if (a < 0 || a >= m.choices().size()) {
                        add(
                                at + "/answer/" + k,
                                outOfRange(m.id(), a, m.choices().size()));
                    } else if (!seen.add(a)) {
                        add(at + "/answer/" + k, "answer " + a + " is listed twice in question \"" + m.id() + "\"");
                    }
                }
                return null;
            }

            @Override
            public Void shortAnswer(Question.Short s) {
                if (s.answer().isBlank()) {
                    add(at + "/answer", "empty answer in question \"" + s.id() + "\"");
                }
                for (int k = 0; k < s.accept().size(); k++) {
                    if (s.accept().get(k).isBlank()) {
                        add(at + "/accept/" + k, "empty accepted answer in question \"" + s.id() + "\"");
                    }
                }
                return null;
            }

            @Override
            public Void trueFalse(Question.TrueFalse t) {
                return null; // true or false: nothing can be out of range
            }

            @Override
            public Void numeric(Question.Numeric n) {
                if (n.tolerance() != null && n.tolerance() < 0) {
                    add(at + "/tolerance", "tolerance must not be negative in question \"" + n.id() + "\"");
                }
                return null;
            }

            @Override
            public Void cloze(Question.Cloze c) {
                PackRules.this.cloze(c, at);
                return null;
            }
        });
    }

    private void choices(String id, List<String> choices, String at) {
        if (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
            add(
                    at + "/choices",
                    "question \"" + id + "\" has " + Counted.of(choices.size(), "choice") + "; it needs " + MIN_CHOICES
                            + " to " + MAX_CHOICES);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < choices.size(); k++) {
            String choice = choices.get(k);
            if (choice.isBlank()) {
                add(at + "/choices/" + k, "empty choice in question \"" + id + "\"");
                continue;
            }
            Integer earlier = seen.putIfAbsent(choice.strip().toLowerCase(Locale.ROOT), k);
            if (earlier != null) {
                add(
                        at + "/choices/" + k,
                        "duplicated choice \"" + choice + "\" in question \"" + id + "\" (same as choice " + earlier
                                + ")");
            }
        }
    }

    /**
     * Duplicate ids and empty prompts, read from the tree rather than the bound questions, so a
     * question that failed to bind (a wrong type elsewhere in it) is still counted.
     */
    static List<StrictBinder.Issue> idsAndPrompts(JsonNode questions) {
        List<Named> named = new ArrayList<>();
        if (questions.isArray()) { // otherwise the binder has said what "questions" should be
            for (JsonNode q : questions) {
                named.add(new Named(text(q.path("id")), text(q.path("prompt"))));
            }
        }
        return idsAndPromptsOf(named);
    }

    /** The same, for questions in memory. */
    private static List<StrictBinder.Issue> idsAndPrompts(List<Question> questions) {
        return idsAndPromptsOf(questions.stream()
                .map(q -> q == null ? new Named(null, null) : new Named(q.id(), q.prompt()))
                .toList());
    }

    /** A question's id and prompt, each null where the question has none as text. */
    private record Named(String id, String prompt) {}

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static List<StrictBinder.Issue> idsAndPromptsOf(List<Named> questions) {
        List<StrictBinder.Issue> issues = new ArrayList<>();
        Map<String, Integer> firstIndexById = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Named q = questions.get(i);
            if (q.id() == null) {
                continue;
            }
            Integer first = firstIndexById.putIfAbsent(q.id(), i);
            if (first != null) {
                issues.add(new StrictBinder.Issue(
                        "/questions/" + i + "/id",
                        "duplicate question id \"" + q.id() + "\" (question " + (first + 1) + " has it too)"));
            }
            if (q.prompt() != null && q.prompt().isBlank()) {
                issues.add(new StrictBinder.Issue(
                        "/questions/" + i + "/prompt", "empty prompt in question \"" + q.id() + "\""));
            }
        }
        return issues;
    }

    private static String outOfRange(String id, int answer, int choices) {
        return "answer " + answer + " is out of range in question \"" + id + "\": choices are numbered 0 to "
                + (choices - 1);
    }

    private void cloze(Question.Cloze c, String at) {
        ClozeText text = ClozeText.parse(c.prompt());
        if (text.blanks().isEmpty()) {
            add(at + "/prompt", "cloze question \"" + c.id() + "\" has no {{…}} blank");
            return;
        }
        String outside = c.prompt().replaceAll("\\{\\{.*?}}", "");
        if (outside.contains("{{") || outside.contains("}}")) {
            add(at + "/prompt", "unbalanced {{ }} in cloze question \"" + c.id() + "\"");
        }
        for (ClozeText.Blank b : text.blanks()) {
            if (b.answer().isBlank() || b.aliases().stream().anyMatch(String::isBlank)) {
                add(at + "/prompt", "empty answer in a blank of cloze question \"" + c.id() + "\"");
            }
        }
    }

    private void source(Question q, String at, List<Source> sources) {
        SourceRef ref = q.source();
        String article = ref.article();
        if (sources != null && sources.stream().noneMatch(s -> s.article().equals(article))) {
            add(
                    at + "/source/article",
                    "source article \"" + article + "\" of question \"" + q.id() + "\" is not listed in sources");
        }
        if (ref.start() < 0 || ref.end() <= ref.start()) {
            add(
                    at + "/source",
                    "source offsets " + ref.start() + "–" + ref.end() + " of question \"" + q.id()
                            + "\" are not a span (start must be 0 or more and below end)");
            return;
        }
        Optional<String> text = articles.apply(article);
        if (text.isPresent() && ref.end() > text.get().length()) {
            add(
                    at + "/source/end",
                    "source offsets " + ref.start() + "–" + ref.end() + " of question \"" + q.id() + "\" lie outside "
                            + article + " (" + text.get().length() + " characters)");
        }
    }

    private void conflicts(Pack pack) {
        Set<String> ids = new HashSet<>();
        pack.questions().forEach(q -> {
            if (q != null) {
                ids.add(q.id());
            }
        });
        Set<String> facts = new HashSet<>();
        pack.questions().forEach(q -> {
            if (q != null && q.fact() != null) {
                facts.add(q.fact());
            }
        });
        for (int i = 0; i < pack.doubts().size(); i++) {
            Doubt d = pack.doubts().get(i);
            if (!(d.confidence() > 0 && d.confidence() < 1)) {
                add(
                        "/doubts/" + i + "/confidence",
                        "the doubt about fact \"" + d.fact() + "\" needs a confidence above 0 and below 1");
            }
            if (!facts.contains(d.fact())) {
                add(
                        "/doubts/" + i + "/fact",
                        "a doubt names fact \"" + d.fact() + "\", which no question of the pack has");
            }
        }
        for (int i = 0; i < pack.conflicts().size(); i++) {
            Conflict c = pack.conflicts().get(i);
            if (c.values().size() < 2) {
                add("/conflicts/" + i + "/values", "conflict \"" + c.id() + "\" needs at least two values");
            }
            for (int k = 0; k < c.questions().size(); k++) {
                if (!ids.contains(c.questions().get(k))) {
                    add(
                            "/conflicts/" + i + "/questions/" + k,
                            "conflict \"" + c.id() + "\" names question \""
                                    + c.questions().get(k) + "\", which is not in the pack");
                }
            }
        }
    }

    /**
     * Pointers in the order of the file {@link PackJson} writes: a record's fields in the order it declares them (a
     * question's type first), a list's items by index, a value before what it holds.
     */
    private static final class DocumentOrder {
        private final Pack pack;

        DocumentOrder(Pack pack) {
            this.pack = pack;
        }

        int compare(String a, String b) {
            List<Integer> x = place(a);
            List<Integer> y = place(b);
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = Integer.compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }

        private List<Integer> place(String pointer) {
            List<Integer> place = new ArrayList<>();
            Object value = pack;
            for (String token :
                    pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
                if (value instanceof List<?> list) {
                    int index = Integer.parseInt(token);
                    place.add(index);
                    value = index < list.size() ? list.get(index) : null;
                } else if (value instanceof Question && token.equals("type")) {
                    place.add(-1);
                    value = null;
                } else if (value instanceof Record r) {
                    RecordComponent[] components = r.getClass().getRecordComponents();
                    int index = 0;
                    while (index < components.length
                            && !StrictBinder.jsonName(components[index]).equals(token)) {
                        index++;
                    }
                    place.add(index);
                    value = index < components.length ? WrittenForm.field(components[index], r) : null;
                } else {
                    place.add(Integer.MAX_VALUE);
                    value = null;
                }
            }
            return place;
        }
    }
}
