package quizline.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quizline.pack.Question;

/**
 * Reads Moodle GIFT text into quizline questions. The file is cut into blocks at blank lines as Moodle's
 * {@code readquestions} does (lines trimmed, whole-line {@code //} comments ignored, a byte order mark and Windows
 * or old Mac line endings accepted); each block is a question or a {@code $CATEGORY:} switch, whose path gives the
 * tags of the questions after it. The comment quizline writes at the top ({@link GiftHeader}) gives the pack's id,
 * title, version and asOf. See {@link GiftParser} for one block and {@link GiftMapping} for what each
 * Moodle type becomes.
 */
public final class GiftReader {
    private GiftReader() {}

    public static Imported read(String text) {
        List<ImportedQuestion> questions = new ArrayList<>();
        List<FileNotice> errors = new ArrayList<>();
        List<FileNotice> warnings = new ArrayList<>();
        GiftMapping mapping = new GiftMapping(new QuestionIds(), warnings);
        List<String> tags = List.of();
        List<List<GiftParser.Line>> blocks = blocks(text);
        Optional<GiftHeader> header = blocks.isEmpty()
                ? Optional.empty()
                : blocks.get(0).stream()
                        .filter(GiftParser.Line::comment)
                        .findFirst()
                        .flatMap(line -> GiftHeader.read(line.text()));
        for (List<GiftParser.Line> block : blocks) {
            try {
                GiftParser.Block parsed = GiftParser.parse(block);
                if (parsed instanceof GiftParser.CategorySwitch category) {
                    tags = category.tags();
                } else if (parsed instanceof GiftParser.Parsed p) {
                    Question question = mapping.map(p.question(), tags);
                    if (question != null) {
                        questions.add(
                                new ImportedQuestion(question, p.question().line()));
                    }
                }
            } catch (GiftParser.SyntaxError e) {
                errors.add(new FileNotice(e.line, e.getMessage()));
            }
        }
        warnings.sort(java.util.Comparator.comparingInt(FileNotice::line));
        return GiftHeader.imported(questions, errors, warnings, header);
    }

    /** Blocks of trimmed, non-empty lines; a blank line ends a block. */
    static List<List<GiftParser.Line>> blocks(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\r|\n", -1);
        List<List<GiftParser.Line>> blocks = new ArrayList<>();
        List<GiftParser.Line> current = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = GiftText.phpTrim(lines[i]);
            // Moodle also ends a block at a line holding only "0" (PHP's empty("0")); that would cut a question
            // in two, so here such a line is text like any other.
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(new GiftParser.Line(i + 1, line, line.startsWith("//")));
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }
}
