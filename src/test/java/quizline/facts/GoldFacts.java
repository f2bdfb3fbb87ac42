package quizline.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gold facts and the matching rule for precision and recall.
 *
 * <p>Matching rule: an extracted fact matches a gold fact when they have the same article file
 * name, the same kind, and the same subject, relation and object after normalisation (Unicode
 * NFKD with diacritics removed, lower case, every run of characters other than letters and
 * digits made one space, trimmed). Qualifiers, offsets and quotes are not compared here (unit
 * tests check them). A fact stated by several sentences counts once: facts are compared as sets
 * of keys. Precision = matched extracted keys / extracted keys; recall = matched gold keys / gold keys.
 */
final class GoldFacts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFacts() {}

    record Key(String article, String kind, String subject, String relation, String object) implements Comparable<Key> {
        static Key of(String article, String kind, String subject, String relation, String object) {
            return new Key(article, kind, normalise(subject), normalise(relation), normalise(object));
        }

        static Key of(Fact fact) {
            return of(fact.article(), fact.kind().label(), fact.subject(), fact.relation(), fact.object());
        }

        @Override
        public int compareTo(Key other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return article + " " + kind + " | " + subject + " | " + relation + " | " + object;
        }
    }

    record Score(Set<Key> extracted, Set<Key> gold) {
        Set<Key> falsePositives() {
            Set<Key> result = new TreeSet<>(extracted);
            result.removeAll(gold);
            return result;
        }

        Set<Key> missed() {
            Set<Key> result = new TreeSet<>(gold);
            result.removeAll(extracted);
            return result;
        }

        double precision() {
            return extracted.isEmpty()
                    ? 0
                    : (double) (extracted.size() - falsePositives().size()) / extracted.size();
        }

        double recall() {
            return gold.isEmpty() ? 0 : (double) (gold.size() - missed().size()) / gold.size();
        }

        String report(String title) {
            StringBuilder s = new StringBuilder();
            s.append(String.format(
                    Locale.ROOT,
                    "%s: precision %.3f (%d of %d extracted), recall %.3f (%d of %d gold)%n",
                    title,
                    precision(),
                    extracted.size() - falsePositives().size(),
                    extracted.size(),
                    recall(),
                    gold.size() - missed().size(),
                    gold.size()));
            falsePositives().forEach(k -> s.append("  wrong:  ").append(k).append('\n'));
            missed().forEach(k -> s.append("  missed: ").append(k).append('\n'));
            return s.toString();
        }
    }

    static Score score(Collection<Fact> facts, Set<Key> gold) {
        Set<Key> extracted = new LinkedHashSet<>();
        facts.forEach(f -> extracted.add(Key.of(f)));
        return new Score(extracted, gold);
    }

    /** Reads one JSON object per line: article, kind, subject, relation, object (and an optional note). */
    static Set<Key> read(Path file) {
        Set<Key> keys = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                keys.add(Key.of(
                        node.get("article").asText(),
                        node.get("kind").asText(),
                        node.get("subject").asText(),
                        node.get("relation").asText(),
                        node.get("object").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    static String normalise(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    static List<String> articleFiles(Path folder) {
        try (var stream = Files.list(folder)) {
            List<String> names = new ArrayList<>();
            stream.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
