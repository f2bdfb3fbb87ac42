package quizline.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import quizline.pack.Question;
import quizline.text.Counted;

/**
 * Turns the collection of an Anki package into quizline questions, one for each card Anki would show, so that the
 * card's review log becomes the question's history. A Basic note's first card is read with {@link AnkiLayout} as
 * an Anki text note is (choices listed as quizline writes them make a choice question again, True/False and
 * numbers make true/false and numeric questions, anything else a short answer, Type-in notes included); the
 * reversed card of a Basic (and reversed) note asks the back and takes the front. A Cloze note gives one cloze
 * question for each deletion number, the other deletions shown filled in, as Anki's cards show them. Fields'
 * HTML becomes text, and images and sounds are dropped with a warning for each note. The note's deck and its
 * parents, and the note's tags, are the question's tags. A guid of the form {@code pack-id/question-id} (as quizline
 * writes it) gives the pack's and question's ids; otherwise the id is made from the question's text.
 */
public final class ApkgReader {
    private static final Pattern QUIZLINE_GUID = Pattern.compile("([a-z0-9][a-z0-9._-]*)/([a-z0-9][a-z0-9._-]*)");
    private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]*]");
    private static final Pattern DELETION = Pattern.compile("\\{\\{c(\\d+)::(.*?)}}", Pattern.DOTALL);
    private static final String REVERSED = "-reversed";

    /** The questions read, and which question each card became (cards of skipped notes have none). */
    public record Read(Imported imported, Map<Long, String> questionOfCard) {}

    private final AnkiPackage.Collection collection;
    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<FileNotice> errors = new ArrayList<>();
    private final List<FileNotice> warnings = new ArrayList<>();
    private final QuestionIds ids = new QuestionIds();
    private final Set<String> packIds = new LinkedHashSet<>();
    private final Map<Long, String> questionOfCard = new LinkedHashMap<>();
    private final Set<String> unknownTypes = new LinkedHashSet<>();
    private final Map<Long, String> noteIds = new LinkedHashMap<>();
    private int idsFromText;

    private ApkgReader(AnkiPackage.Collection collection) {
        this.collection = collection;
    }

    public static Read read(AnkiPackage.Collection collection) {
        return new ApkgReader(collection).all();
    }

    private Read all() {
        Map<Long, List<AnkiPackage.Card>> cardsOf = collection.cards().stream()
                .collect(Collectors.groupingBy(AnkiPackage.Card::noteId, LinkedHashMap::new, Collectors.toList()));
        List<String> decks = new ArrayList<>();
        for (AnkiPackage.Note note : collection.notes()) {
            List<AnkiPackage.Card> cards = cardsOf.getOrDefault(note.id(), List.of());
            if (cards.isEmpty()) {
                continue;
            }
            String deck = collection.decks().getOrDefault(cards.get(0).deckId(), "");
            if (!deck.isBlank() && !decks.contains(deck)) {
                decks.add(deck);
            }
            try {
                note(note, cards, deck);
            } catch (IllegalArgumentException e) {
                errors.add(new FileNotice(0, name(note) + ": " + e.getMessage()));
            }
        }
        if (idsFromText > 0) {
            warnings.add(new FileNotice(
                    0,
                    Counted.of(idsFromText, "note") + " have guids that are not quizline's (pack-id/question-id):"
                            + " their questions' ids are made from their text, so a newer version of the deck whose"
                            + " texts changed brings them as new questions"));
        }
        Optional<String> packId =
                packIds.size() == 1 ? Optional.of(packIds.iterator().next()) : Optional.empty();
        Optional<String> title = decks.stream().findFirst();
        return new Read(new Imported(questions, errors, warnings, packId, title), questionOfCard);
    }

    private void note(AnkiPackage.Note note, List<AnkiPackage.Card> cards, String deck) {
        AnkiPackage.Model model = collection.models().get(note.modelId());
        if (model == null) {
            throw new IllegalArgumentException("its note type is missing from the package: skipped");
        }
        Set<String> dropped = new LinkedHashSet<>();
        List<String> fields = new ArrayList<>();
        for (String field : note.fields()) {
            Matcher sound = SOUND.matcher(field);
            if (sound.find()) {
                dropped.add("[sound:…]");
                field = sound.replaceAll("");
            }
            HtmlText.Plain plain = HtmlText.toPlain(field);
            plain.dropped().forEach(n -> dropped.add("<" + n + ">"));
            fields.add(plain.text().strip());
        }
        // A note quizline wrote is in the pack's deck, named by its title: that is no tag of its own.
        boolean quizlines =
                QUIZLINE_GUID.matcher(note.guid() == null ? "" : note.guid()).matches();
        Set<String> tagSet = new LinkedHashSet<>(quizlines ? List.of() : Arrays.asList(deck.split("::")));
        tagSet.removeIf(String::isBlank);
        tagSet.addAll(note.tags());
        List<String> tags = List.copyOf(tagSet);
        String front = fields.isEmpty() ? "" : fields.get(0);
        String back = fields.size() < 2 ? "" : fields.get(1);
        if (front.isEmpty()) {
            throw new IllegalArgumentException("its first field is empty (Anki skips such notes too)");
        }
        List<Question> made = new ArrayList<>();
        for (AnkiPackage.Card card : cards) {
            Question q = model.cloze()
                    ? cloze(note, front, back, card, cards.size(), tags)
                    : basic(note, model, front, back, card, tags);
            if (q == null) {
                continue;
            }
            List<String> problems = QuestionCheck.problems(q);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(problems.get(0));
            }
            made.add(q);
            questionOfCard.put(card.id(), q.id());
        }
        made.forEach(q -> questions.add(new ImportedQuestion(q, 0)));
        if (!dropped.isEmpty() && !made.isEmpty()) {
            warnings.add(new FileNotice(
                    0,
                    "question \"" + made.get(0).id() + "\": " + String.join(", ", dropped)
                            + " removed: quizline shows text only"));
        }
    }

    private Question cloze(
            AnkiPackage.Note note, String text, String extra, AnkiPackage.Card card, int cards, List<String> tags) {
        int number = card.ord() + 1;
        // The card of deletion N: the other deletions shown as their text, as Anki's card shows them.
        Matcher m = DELETION.matcher(text);
        StringBuilder own = new StringBuilder();
        while (m.find()) {
            String inside = m.group(2);
            int hint = inside.indexOf("::");
            m.appendReplacement(
                    own,
                    Matcher.quoteReplacement(
                            Integer.parseInt(m.group(1)) == number
                                    ? m.group()
                                    : (hint < 0 ? inside : inside.substring(0, hint))));
        }
        m.appendTail(own);
        AnkiLayout.ReadCloze read = AnkiLayout.readCloze(own.toString());
        String base = id(note, read.prompt().replaceAll("\\{\\{(.*?)}}", "$1"));
        String id = cards > 1 ? derived(base + "-c" + number, read.prompt()) : base;
        if (!read.hints().isEmpty()) {
            warnings.add(new FileNotice(
                    0,
                    "question \"" + id + "\": cloze hints (" + String.join(", ", read.hints())
                            + ") have no place in quizline: dropped"));
        }
        return new Question.Cloze(id, read.prompt(), tags, extra.isEmpty() ? null : extra, null, null);
    }

    private Question basic(
            AnkiPackage.Note note,
            AnkiPackage.Model model,
            String front,
            String back,
            AnkiPackage.Card card,
            List<String> tags) {
        if (back.isEmpty()) {
            throw new IllegalArgumentException("the note has no answer: its second field is empty");
        }
        if (model.fields().size() < 2 || card.ord() > 1) {
            warnings.add(new FileNotice(
                    0,
                    name(note) + ": card " + (card.ord() + 1) + " of note type \"" + model.name()
                            + "\" has no quizline form: skipped"));
            return null;
        }
        if (model.fields().size() > 2 && unknownTypes.add(model.name())) {
            warnings.add(new FileNotice(
                    0,
                    "note type \"" + model.name() + "\" is read as Basic: the first field is the front, the second"
                            + " the back, the others are dropped"));
        }
        String id = id(note, front);
        if (card.ord() == 1) {
            return new Question.Short(derived(id + REVERSED, back), back, front, List.of(), tags, null, null, null);
        }
        return AnkiLayout.readBasic(id, front, back, tags).question();
    }

    /** The note's id: the one in a quizline guid, else made from the text; the same for each card of the note. */
    private String id(AnkiPackage.Note note, String text) {
        String known = noteIds.get(note.id());
        if (known != null) {
            return known;
        }
        Matcher guid = QUIZLINE_GUID.matcher(note.guid() == null ? "" : note.guid());
        String id;
        if (guid.matches()) {
            packIds.add(guid.group(1));
            id = ids.assign(guid.group(2), "guid", text, 0, warnings);
        } else {
            idsFromText++;
            id = ids.assign(null, "quizline id in the guid", text, 0, new ArrayList<>());
        }
        noteIds.put(note.id(), id);
        return id;
    }

    /** The id of a note's second card or deletion, made unique among the pack's ids. */
    private String derived(String id, String text) {
        return ids.assign(id, "id", text, 0, new ArrayList<>());
    }

    private static String name(AnkiPackage.Note note) {
        String first = note.fields().isEmpty()
                ? ""
                : HtmlText.toPlain(note.fields().get(0)).text().replaceAll("\\s+", " ");
        String shown = first.length() <= 40 ? first : first.substring(0, 39) + "…";
        return "note " + note.id() + " (\"" + shown + "\")";
    }
}
