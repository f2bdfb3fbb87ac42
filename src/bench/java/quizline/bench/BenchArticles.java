package quizline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import quizline.facts.Article;
import quizline.facts.Fact;
import quizline.facts.FactExtractor;
import quizline.facts.FactKind;

/**
 * Makes N articles for the generate benchmark from the fact fixtures: each a fixture with its people renamed (made-up
 * names built from syllables) and its years shifted, so the articles differ the way real ones do. Seeded: the same
 * N gives the same articles. Usage: BenchArticles FIXTURE_DIR OUT_DIR N
 */
public final class BenchArticles {
    private static final String[] SYLLABLES = {"ba", "ko", "ri", "ne", "ta", "lu", "mi", "so", "de", "va", "zo", "pe"};
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    private BenchArticles() {}

    public static void main(String[] args) throws IOException {
        Path fixtures = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int count = Integer.parseInt(args[2]);
        List<Path> sources;
        try (Stream<Path> files = Files.list(fixtures)) {
            // splitting.txt holds sentence-splitting puzzles, not news.
            sources = files.filter(f -> f.toString().endsWith(".txt") && !f.endsWith("splitting.txt"))
                    .sorted()
                    .toList();
        }
        FactExtractor extractor = FactExtractor.standard();
        List<String> texts = new ArrayList<>();
        List<Set<String>> people = new ArrayList<>();
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            Set<String> names = new LinkedHashSet<>();
            for (Fact f : extractor.extract(Article.undated(source.getFileName().toString(), text))) {
                if (f.kind() == FactKind.POSITION) {
                    names.add(f.subject());
                }
            }
            texts.add(text);
            people.add(names);
        }
        Random random = new Random(count);
        for (int i = 0; i < count; i++) {
            int pick = i % texts.size();
            String text = texts.get(pick);
            for (String name : people.get(pick)) {
                String[] parts = name.split(" ");
                String surname = word(random, 3);
                text = text.replace(name, word(random, 2) + " " + surname).replace(parts[parts.length - 1], surname);
            }
            int shift = random.nextInt(9) - 4;
            Matcher years = YEAR.matcher(text);
            StringBuilder shifted = new StringBuilder();
            while (years.find()) {
                years.appendReplacement(shifted, Integer.toString(Integer.parseInt(years.group()) + shift));
            }
            years.appendTail(shifted);
            Files.writeString(out.resolve(String.format("article-%04d.txt", i)), shifted, StandardCharsets.UTF_8);
        }
    }

    private static String word(Random random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }
}
