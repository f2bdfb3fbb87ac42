package quizline.generate;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import quizline.facts.Gazetteer;
import quizline.pack.AnswerMatcher;

/**
 * Question and conflict ids made from a fact's content: folded like typed answers (no case, accents or
 * punctuation), words joined by hyphens, organisations by their abbreviation ("sco" for the Shanghai Cooperation
 * Organisation). Ids stay within 60 characters, the longest that GIFT and Anki exports carry unchanged; a longer
 * one keeps its start and ends with a checksum of the whole, so it is still derived from the content alone.
 */
final class Slug {
    static final int MAX_LENGTH = 60;
    private static final int CHECKSUM_LENGTH = 6;
    /** Longest names first, so "African Union Commission" is not abbreviated as "African Union". */
    private static final List<Gazetteer.Organisation> ABBREVIATED = Gazetteer.get().organisations().stream()
            .filter(o -> !o.abbreviations().isEmpty())
            .sorted(Comparator.comparingInt(
                            (Gazetteer.Organisation o) -> -o.name().length())
                    .thenComparing(Gazetteer.Organisation::name))
            .toList();

    private Slug() {}

    static String of(String text) {
        String folded = AnswerMatcher.fold(abbreviated(text)).replace(' ', '-').replaceAll("[^a-z0-9.-]", "");
        return folded.isEmpty() ? "x" : folded;
    }

    static String join(String... parts) {
        StringBuilder id = new StringBuilder();
        for (String part : parts) {
            if (id.length() > 0) {
                id.append('-');
            }
            id.append(of(part));
        }
        return id.toString();
    }

    /** A fact's key, the slug of its content, cut to {@link #MAX_LENGTH} with a checksum of the whole when longer. */
    static String fact(String base) {
        if (base.length() <= MAX_LENGTH) {
            return base;
        }
        return base.substring(0, MAX_LENGTH - CHECKSUM_LENGTH - 1).replaceAll("-+$", "") + "-" + checksum(base);
    }

    /** {@code base-type}, cut to {@link #MAX_LENGTH} with a checksum when longer. */
    static String id(String base, String type) {
        String full = base + "-" + type;
        if (full.length() <= MAX_LENGTH) {
            return full;
        }
        String checksum = checksum(full);
        int keep = MAX_LENGTH - type.length() - CHECKSUM_LENGTH - 2;
        String start = base.substring(0, keep).replaceAll("-+$", "");
        return start + "-" + checksum + "-" + type;
    }

    private static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue()).substring(0, CHECKSUM_LENGTH);
    }

    private static String abbreviated(String text) {
        String out = text;
        for (Gazetteer.Organisation o : ABBREVIATED) {
            if (out.contains(o.name())) {
                out = out.replace(o.name(), o.abbreviations().get(0));
            }
        }
        return out;
    }
}
