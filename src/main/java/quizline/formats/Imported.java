package quizline.formats;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import quizline.pack.Pack;
import quizline.pack.Question;

/**
 * What a reader made of a file: the questions it could read, the problems that kept others out (errors), and what it
 * changed or left out on the way (warnings). A file with errors still lists its good questions, so a caller can
 * choose to import them.
 *
 * @param packId  a pack id the file itself suggests (Anki guids written by quizline carry one)
 * @param title   a title the file suggests (the Anki deck)
 * @param version the pack's version, where the file carries it (the header of a GIFT file quizline wrote)
 * @param asOf    when the pack's facts were true, where the file carries it
 */
public record Imported(
        List<ImportedQuestion> questions,
        List<FileNotice> errors,
        List<FileNotice> warnings,
        Optional<String> packId,
        Optional<String> title,
        Optional<Integer> version,
        Optional<LocalDate> asOf) {
    public Imported {
        questions = List.copyOf(questions);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** A file that carries no version or asOf. */
    public Imported(
            List<ImportedQuestion> questions,
            List<FileNotice> errors,
            List<FileNotice> warnings,
            Optional<String> packId,
            Optional<String> title) {
        this(questions, errors, warnings, packId, title, Optional.empty(), Optional.empty());
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<Question> questionList() {
        return questions.stream().map(ImportedQuestion::question).toList();
    }

    /**
     * The pack id the file suggests, else one made from {@code name} (the file's name without its extension).
     */
    public String packIdOr(String name) {
        String slug = QuestionIds.slug(name);
        return packId.orElse(slug.isEmpty() ? "imported" : slug);
    }

    /**
     * A pack of the imported questions, of the version the file carries, else 1. No format carries sources, so the
     * pack has none.
     */
    public Pack toPack(String id, String title, LocalDate asOf) {
        return new Pack(
                null, Pack.FORMAT, id, title, version.orElse(1), asOf, null, List.of(), questionList(), List.of());
    }
}
