package quizline.pack;

import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A pack's questions as the {@link PackCache} keeps them: each question's bytes apart, decoded the first time it is
 * asked for ({@link #get}), its id and status, and what it shares with its siblings (its fact and source), read with
 * the list. A start at scale asks for the questions in play and
 * the next new ones, not for the hundred thousand of a large bank; what needs every question (a search, an export, a
 * tag filter) decodes them all, one by one, and gets what reading them at once would have given.
 *
 * <p>The bytes were checked whole (the entry's checksum) before the list was made, and each question is decoded by
 * the same code that wrote it, so a question that fails to decode is a bug, not damage: it throws.
 */
final class PackedQuestions extends AbstractList<Question> implements RandomAccess {
    private final ByteBuffer bytes;
    private final int[] offsets;
    private final String[] ids;
    private final String[] statuses;
    private final PackCodec.PooledStrings strings;
    /**
     * Per question, {@value #HEAD} numbers: its fact's string (-1: none), its source's article's string (-1: none), the
     * source's start and end, and 1 when it has a source.
     */
    private final int[] heads;

    static final int HEAD = 5;
    /** Decoded so far; a question's fields are final, so a question decoded on one thread reads whole on another. */
    private final Question[] decoded;

    /**
     * @param bytes every question's bytes, one after the other
     * @param offsets where each question's bytes start in {@code bytes}, and their end after the last
     * @param heads what each question shares with its siblings, {@value #HEAD} numbers a question
     * @param strings the strings the questions refer to by number
     */
    PackedQuestions(
            ByteBuffer bytes,
            int[] offsets,
            String[] ids,
            String[] statuses,
            int[] heads,
            PackCodec.PooledStrings strings) {
        this.bytes = bytes;
        this.heads = heads;
        this.strings = strings;
        this.offsets = offsets;
        this.ids = ids;
        this.statuses = statuses;
        this.decoded = new Question[ids.length];
    }

    @Override
    public Question get(int index) {
        Question q = decoded[index];
        if (q == null) {
            q = PackCodec.question(bytes.slice(offsets[index], offsets[index + 1] - offsets[index]), strings);
            decoded[index] = q;
        }
        return q;
    }

    @Override
    public int size() {
        return ids.length;
    }

    /** How many questions were decoded so far (for tests). */
    int decodedCount() {
        int count = 0;
        for (Question q : decoded) {
            if (q != null) {
                count++;
            }
        }
        return count;
    }

    /** The id of the question at {@code index} of {@code questions}, without decoding it when the list is packed. */
    static String id(List<Question> questions, int index) {
        return questions instanceof PackedQuestions packed
                ? packed.ids[index]
                : questions.get(index).id();
    }

    /** The fact of the question at {@code index} of {@code questions}, without decoding it when the list is packed. */
    static String fact(List<Question> questions, int index) {
        if (questions instanceof PackedQuestions packed) {
            int string = packed.heads[index * HEAD];
            return string < 0 ? null : packed.strings.get(string);
        }
        return questions.get(index).fact();
    }

    /** The source of the question at {@code index} of {@code questions}, without decoding it when the list is packed. */
    static SourceRef source(List<Question> questions, int index) {
        if (questions instanceof PackedQuestions packed) {
            int at = index * HEAD;
            if (packed.heads[at + 4] == 0) {
                return null;
            }
            int article = packed.heads[at + 1];
            return new SourceRef(
                    article < 0 ? null : packed.strings.get(article), packed.heads[at + 2], packed.heads[at + 3]);
        }
        return questions.get(index).source();
    }

    /** How many of {@code questions} have a status (drafts), without decoding them when the list is packed. */
    static long withStatus(List<Question> questions) {
        if (questions instanceof PackedQuestions packed) {
            long count = 0;
            for (String status : packed.statuses) {
                if (status != null) {
                    count++;
                }
            }
            return count;
        }
        return questions.stream().filter(q -> q.status() != null).count();
    }
}
