package quizline.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizline.pack.Question;

/**
 * Reads an Anki text file (File › Export › Notes in Plain Text, or a file written for File › Import) into quizline
 * questions. Columns are found from the {@code #… column:N} headers; the first two other columns are the note's
 * fields and, when no tags column is named, a third one holds the tags (as Anki guesses). Cloze notes become cloze
 * questions; Basic notes are read with {@link AnkiLayout}: choices listed as quizline writes them make a choice
 * question again, True/False and numbers make true/false and numeric questions, anything else a short answer.
 * A guid of the form {@code pack-id/question-id} (as quizline writes it) gives the question's id.
 */
public final class AnkiReader {
    private static final Pattern QUIZLINE_GUID = Pattern.compile("([a-z0-9][a-z0-9._-]*)/([a-z0-9][a-z0-9._-]*)");
    private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]*]");
    /** Anki's "Cards in Plain Text" export (before 2.1.55) repeats the question above this rule on the answer side. */
    private static final Pattern ANSWER_RULE = Pattern.compile("(?is)^.*<hr id=\"?answer\"?>");

    private static final Set<String> BASIC_TYPES = Set.of(
            "basic", "basic (and reversed card)", "basic (optional reversed card)", "basic (type in the answer)");
    private static final int HTML_DETECTION_RECORDS = 5;
    private static final int FIELDS = 2;

    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<FileNotice> errors = new ArrayList<>();
    private final List<FileNotice> warnings = new ArrayList<>();
    private final QuestionIds ids = new QuestionIds();
    private final Set<String> packIds = new LinkedHashSet<>();
    private final Set<String> decks = new LinkedHashSet<>();
    private int secondDeckLine;
    private final Set<String> unknownTypes = new LinkedHashSet<>();

    private AnkiReader() {}

    /** Whether the text opens with an Anki header line ({@code #separator:tab}, {@code #html:false} …). */
    public static boolean looksLikeAnki(String text) {
        return AnkiHeader.looksLikeAnki(text);
    }

    public static Imported read(String text) {
        return new AnkiReader().file(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private Imported file(String text) {
        AnkiHeader header = AnkiHeader.read(text);
        if (header.namedColumns()) {
            warnings.add(new FileNotice(1, "the #columns header is not used: columns are read in order"));
        }
        List<Csv.Row> rows;
        try {
            rows = Csv.read(text.substring(header.bodyStart()), header.separator(), header.bodyLine());
        } catch (Csv.Problem e) {
            errors.add(new FileNotice(e.line, e.getMessage()));
            return result();
        }
        boolean html = header.html() != null
                ? header.html()
                : rows.stream()
                        .limit(HTML_DETECTION_RECORDS)
                        .anyMatch(r -> r.fields().stream().anyMatch(HtmlText::looksLikeHtml));
        int extraColumnsLine = 0;
        for (Csv.Row row : rows) {
            Note note = note(row, header, html);
            if (note.extraColumns() && extraColumnsLine == 0) {
                extraColumnsLine = row.line();
            }
            try {
                Question question = question(note);
                if (question != null) {
                    questions.add(new ImportedQuestion(question, row.line()));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FileNotice(row.line(), e.getMessage()));
            }
        }
        if (extraColumnsLine > 0) {
            warnings.add(
                    new FileNotice(extraColumnsLine, "columns after the note's two fields and its tags are ignored"));
        }
        if (decks.size() > 1) {
            warnings.add(new FileNotice(
                    secondDeckLine,
                    "the notes come from " + decks.size() + " decks ("
                            + String.join(", ", decks)
                            + "): the pack takes its title from the first; decks are not kept"
                            + " per question"));
        }
        return result();
    }

    private Imported result() {
        warnings.sort(Comparator.comparingInt(FileNotice::line));
        Optional<String> packId =
                packIds.size() == 1 ? Optional.of(packIds.iterator().next()) : Optional.empty();
        Optional<String> title = decks.stream().findFirst();
        return new Imported(questions, errors, warnings, packId, title);
    }

    /** A record sorted into the note's parts; fields are plain text. */
    private record Note(
            int line,
            String guid,
            String notetype,
            List<String> fields,
            List<String> tags,
            boolean extraColumns,
            Set<String> dropped) {}

    private Note note(Csv.Row row, AnkiHeader header, boolean html) {
        List<String> cells = row.fields();
        String guid = cell(cells, header.guidColumn());
        String notetype = header.notetypeColumn() != null ? cell(cells, header.notetypeColumn()) : header.notetype();
        String deck = header.deckColumn() != null ? cell(cells, header.deckColumn()) : header.deck();
        if (deck != null && !deck.isBlank() && decks.add(deck.strip()) && decks.size() == 2) {
            secondDeckLine = row.line();
        }
        List<String> fields = new ArrayList<>();
        for (int column = 1; column <= cells.size(); column++) {
            if (!isMeta(column, header)) {
                fields.add(cells.get(column - 1));
            }
        }
        String tagCell = header.tagsColumn() != null
                ? cell(cells, header.tagsColumn())
                : fields.size() > FIELDS ? fields.get(FIELDS) : "";
        boolean extra = fields.size() > (header.tagsColumn() != null ? FIELDS : FIELDS + 1);
        Set<String> tags = new LinkedHashSet<>(AnkiHeader.words(tagCell == null ? "" : tagCell));
        tags.addAll(header.tags());
        Set<String> dropped = new LinkedHashSet<>();
        List<String> plain = new ArrayList<>();
        for (int k = 0; k < FIELDS; k++) {
            String field = k < fields.size() ? fields.get(k) : "";
            Matcher sound = SOUND.matcher(field);
            if (sound.find()) {
                dropped.add("[sound:…]");
                field = sound.replaceAll("");
            }
            if (html) {
                if (k == 1) {
                    field = ANSWER_RULE.matcher(field).replaceFirst("");
                }
                HtmlText.Plain p = HtmlText.toPlain(field);
                p.dropped().forEach(name -> dropped.add("<" + name + ">"));
                field = p.text();
            }
            plain.add(field.strip());
        }
        return new Note(row.line(), guid, notetype, plain, List.copyOf(tags), extra, dropped);
    }

    private static boolean isMeta(int column, AnkiHeader header) {
        return java.util.stream.Stream.of(
                        header.guidColumn(), header.notetypeColumn(), header.deckColumn(), header.tagsColumn())
                .anyMatch(meta -> meta != null && meta == column);
    }

    private static String cell(List<String> cells, Integer column) {
        return column == null || column > cells.size() ? null : cells.get(column - 1);
    }

    /** @return null when the note was skipped */
    private Question question(Note note) {
        String front = note.fields().get(0);
        String back = note.fields().get(1);
        String type = note.notetype() == null || note.notetype().isBlank()
                ? (front.matches("(?s).*\\{\\{c\\d+::.*") ? "Cloze" : "Basic")
                : note.notetype().strip();
        String kind = type.toLowerCase(Locale.ROOT);
        if (kind.contains("image occlusion")) {
            warnings.add(new FileNotice(note.line(), "an Image Occlusion note has no quizline type: skipped"));
            return null;
        }
        if (front.isEmpty()) {
            throw new IllegalArgumentException("the note's first field is empty (Anki skips such notes too)");
        }
        Question question = kind.contains("cloze") ? cloze(note, front, back) : basic(note, type, kind, front, back);
        if (!note.dropped().isEmpty()) {
            warnings.add(new FileNotice(
                    note.line(),
                    "question \"" + question.id() + "\": " + String.join(", ", note.dropped())
                            + " removed: quizline shows text only"));
        }
        List<String> problems = QuestionCheck.problems(question);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        return question;
    }

    private Question cloze(Note note, String text, String backExtra) {
        AnkiLayout.ReadCloze read = AnkiLayout.readCloze(text);
        String id = id(note, read.prompt().replaceAll("\\{\\{(.*?)}}", "$1"));
        if (!read.hints().isEmpty()) {
            warnings.add(new FileNotice(
                    note.line(),
                    "question \"" + id + "\": cloze hints (" + String.join(", ", read.hints())
                            + ") have no place in quizline: dropped"));
        }
        return new Question.Cloze(id, read.prompt(), note.tags(), backExtra.isEmpty() ? null : backExtra, null, null);
    }

    private Question basic(Note note, String type, String kind, String front, String back) {
        if (back.isEmpty()) {
            throw new IllegalArgumentException("the note has no answer: its second field is empty");
        }
        if (!BASIC_TYPES.contains(kind) && unknownTypes.add(type)) {
            warnings.add(new FileNotice(
                    note.line(),
                    "note type \"" + type + "\" is read as Basic: the first field is the"
                            + " front, the second the back"));
        }
        String id = id(note, front);
        AnkiLayout.ReadBasic read = AnkiLayout.readBasic(id, front, back, note.tags());
        if (read.extraLines() > 0) {
            warnings.add(new FileNotice(
                    note.line(),
                    "question \"" + id + "\": the back has " + (read.extraLines() + 1)
                            + " lines: the first is the answer, the others go to the explanation"));
        }
        return read.question();
    }

    private String id(Note note, String text) {
        Matcher guid = QUIZLINE_GUID.matcher(note.guid() == null ? "" : note.guid());
        if (guid.matches()) {
            packIds.add(guid.group(1));
            return ids.assign(guid.group(2), "guid", text, note.line(), warnings);
        }
        return ids.assign(null, "quizline id in the guid", text, note.line(), warnings);
    }
}
