package quizline.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quizline.pack.ClozeText;
import quizline.pack.Pack;
import quizline.pack.Question;

/**
 * Writes a pack as an Anki text file for File › Import, laid out as Anki's own "Notes in Plain Text" export:
 * {@code #separator:tab}, {@code #html:false}, then guid, note type, deck, the two fields and the tags. The guid is
 * {@code pack-id/question-id}, so importing a newer version of the pack updates the notes instead of adding
 * copies; the deck is the pack's title. Notes are laid out by {@link AnkiLayout}. What Anki cannot carry is
 * reported, and the text is read back to report any question that would not return as it went out.
 */
public final class AnkiWriter {
    static final char TAB = '\t';
    private static final String HEADER =
            "#separator:tab\n#html:false\n#guid column:1\n#notetype column:2\n" + "#deck column:3\n#tags column:6\n";
    private static final int HEADER_LINES = 6;

    private final List<ExportNotice> notices = new ArrayList<>();

    private AnkiWriter() {}

    public static Exported write(Pack pack) {
        return new AnkiWriter().pack(pack);
    }

    private Exported pack(Pack pack) {
        StringBuilder out = new StringBuilder(HEADER);
        packNotices(pack);
        String deck = pack.title().replaceAll("[\\r\\n]+", " ").strip();
        Map<String, Integer> indexById = new HashMap<>();
        Map<String, Question> expected = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int line = HEADER_LINES + 1;
        for (int i = 0; i < pack.questions().size(); i++) {
            Question q = pack.questions().get(i);
            List<String> tags = tags(i, q, notices);
            notices.addAll(ExportNotice.questionLosses(i, q, "Anki text"));
            Question carried = q instanceof Question.Cloze cloze
                    ? clozeCarried(i, cloze, tags, notices)
                    : Questions.carried(q, tags);
            AnkiLayout.Fields fields = AnkiLayout.fields(q);
            String row = Csv.write(
                    List.of(
                            pack.id() + "/" + q.id(),
                            fields.noteType(),
                            deck,
                            fields.first(),
                            fields.second(),
                            String.join(" ", tags)),
                    TAB);
            out.append(row);
            lineOf.put(q.id(), line);
            line += (int) row.chars().filter(c -> c == '\n').count();
            indexById.put(q.id(), i);
            expected.put(q.id(), carried);
        }
        String text = out.toString();
        readBack(text, indexById, expected, lineOf);
        return new Exported(text, expected.size(), ExportNotice.perKind(notices));
    }

    private void packNotices(Pack pack) {
        notices.addAll(ExportNotice.packLosses(
                pack,
                List.of("version", "asOf"),
                "Anki text",
                "its id travels in each note's guid, its title as the deck"));
    }

    /** Anki splits tags at spaces: a space inside a tag becomes "_". */
    static List<String> tags(int index, Question q, List<ExportNotice> notices) {
        List<String> tags = new ArrayList<>();
        for (String tag : q.tags()) {
            String mapped = tag.strip().replaceAll("\\s+", "_");
            if (!mapped.equals(tag)) {
                notices.add(ExportNotice.of(
                        index,
                        q,
                        "Anki tags cannot hold spaces: tag \"" + tag + "\" becomes \"" + mapped + "\"",
                        "have tags with spaces, which Anki tags cannot hold: spaces become \"_\""));
            }
            tags.add(mapped);
        }
        return tags;
    }

    /** The cloze question as it comes back: without aliases, which Anki deletions cannot hold. */
    static Question clozeCarried(int index, Question.Cloze cloze, List<String> tags, List<ExportNotice> notices) {
        ClozeText text = ClozeText.parse(cloze.prompt());
        StringBuilder prompt = new StringBuilder();
        int at = 0;
        for (int b = 0; b < text.blanks().size(); b++) {
            ClozeText.Blank blank = text.blanks().get(b);
            if (!blank.aliases().isEmpty()) {
                notices.add(ExportNotice.of(
                        index,
                        cloze,
                        "Anki cloze deletions have no accepted alternatives: "
                                + String.join(
                                        ", ",
                                        blank.aliases().stream()
                                                .map(a -> "\"" + a + "\"")
                                                .toList())
                                + " for blank " + (b + 1) + " (" + blank.answer() + ") dropped",
                        "are cloze questions with accepted alternatives, which Anki cloze deletions cannot hold:"
                                + " dropped"));
            }
            prompt.append(cloze.prompt(), at, blank.start())
                    .append("{{")
                    .append(blank.answer())
                    .append("}}");
            at = blank.end();
        }
        prompt.append(cloze.prompt().substring(at));
        return Questions.carried(cloze, tags).withPrompt(prompt.toString());
    }

    /** Reads the text back and reports each question that would not return as it was written. */
    private void readBack(
            String text, Map<String, Integer> indexById, Map<String, Question> expected, Map<String, Integer> lineOf) {
        Imported back = AnkiReader.read(text);
        notices.addAll(ReadBack.compare(
                back,
                "Anki text",
                indexById,
                expected,
                id -> back.errors().stream()
                        .filter(e -> e.line() == lineOf.get(id))
                        .findFirst()
                        .map(e -> ": " + e.message())
                        .orElse("")));
    }
}
