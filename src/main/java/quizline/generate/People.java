package quizline.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import quizline.pack.AnswerMatcher;
import quizline.pack.Verdict;

/**
 * Groups the names of people met in the facts into persons: two names the answer matcher takes for spellings of
 * each other (a vowel, a romanisation) are one person, not two. The same judgement marks a typed answer a typo,
 * so a student who writes either spelling is right about the person.
 */
final class People {
    private final Map<String, String> canonicalByName = new LinkedHashMap<>();
    private final Map<String, List<String>> spellingsByCanonical = new LinkedHashMap<>();
    /** Spellings met so far under each initials key, so a name is compared with few others, not with all. */
    private final Map<String, List<String>> spellingsByInitials = new HashMap<>();

    private final Map<String, LetterBag> bags = new HashMap<>();

    /** @param names every person's name in the order the articles give them (repeats allowed) */
    People(List<String> names) {
        for (String name : names) {
            if (canonicalByName.containsKey(name)) {
                continue;
            }
            String canonical = spellingOfKnown(name);
            if (canonical == null) {
                canonical = name;
                spellingsByCanonical.put(name, new ArrayList<>());
            }
            spellingsByCanonical.get(canonical).add(name);
            canonicalByName.put(name, canonical);
            for (String key : initials(name)) {
                spellingsByInitials.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
            }
        }
        joinShortForms();
    }

    /**
     * A shorter form of one longer name is that person: "Lula da Silva" in one article and "Luiz Inácio Lula da
     * Silva" in another are one President, asked once. Only a form of two words or more, and only when exactly one
     * longer name holds all its words ending as it ends ("Sharif" alone, or "bin Salman" of two princes, stays apart).
     * Here: whether a name of two words or more is the end of a longer one.
     */
    static boolean shortFormOf(String shorter, String longer) {
        List<String> words = List.of(AnswerMatcher.fold(shorter).split(" "));
        List<String> theirs = List.of(AnswerMatcher.fold(longer).split(" "));
        return words.size() >= 2
                && theirs.size() > words.size()
                && theirs.subList(theirs.size() - words.size(), theirs.size()).equals(words);
    }

    private void joinShortForms() {
        Map<String, List<String>> byLastWord = new HashMap<>();
        for (String canonical : spellingsByCanonical.keySet()) {
            List<String> words = List.of(AnswerMatcher.fold(canonical).split(" "));
            byLastWord
                    .computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>())
                    .add(canonical);
        }
        Map<String, String> joined = new LinkedHashMap<>();
        for (List<String> sameEnd : byLastWord.values()) {
            for (String shorter : sameEnd) {
                List<String> longer = sameEnd.stream()
                        .filter(other -> shortFormOf(shorter, other))
                        .toList();
                if (longer.size() == 1) {
                    joined.put(shorter, longer.get(0));
                }
            }
        }
        joined.forEach((shorter, longer) -> {
            List<String> spellings = spellingsByCanonical.remove(shorter);
            spellingsByCanonical.get(longer).addAll(spellings);
            spellings.forEach(name -> canonicalByName.put(name, longer));
        });
    }

    private String spellingOfKnown(String name) {
        LetterBag bag = LetterBag.of(name);
        for (String key : initials(name)) {
            for (String spelling : spellingsByInitials.getOrDefault(key, List.of())) {
                if (bag.near(bags.computeIfAbsent(spelling, LetterBag::of)) && sameName(name, spelling)) {
                    return canonicalByName.get(spelling);
                }
            }
        }
        return null;
    }

    /**
     * The first letter of each word, as written and as romanised (Zh, Dzh, Dj → j; Y → i). The matcher takes two
     * words for spellings of each other only when one of these agrees, so names that share neither key need no
     * comparison: with thousands of people, comparing every pair would take minutes.
     */
    static Set<String> initials(String name) {
        StringBuilder written = new StringBuilder();
        StringBuilder romanised = new StringBuilder();
        for (String word : AnswerMatcher.fold(name).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            written.append(word.charAt(0));
            romanised.append(
                    word.startsWith("zh") || word.startsWith("dzh") || word.startsWith("dj")
                            ? 'j'
                            : word.charAt(0) == 'y' ? 'i' : word.charAt(0));
        }
        return new TreeSet<>(List.of(written.toString(), romanised.toString()));
    }

    /** Both ways round: the matcher's tolerance depends on which word it takes for the answer. */
    static boolean sameName(String a, String b) {
        return AnswerMatcher.matchText(a, b, List.of()).verdict() != Verdict.WRONG
                && AnswerMatcher.matchText(b, a, List.of()).verdict() != Verdict.WRONG;
    }

    /**
     * Whether two names are one person as far as the cross-checks can tell: the same name spelled differently, or one
     * name's words all within the other's ("Lula da Silva", "Luiz Inácio Lula da Silva"), or two spellings the
     * office-holders file gives one person ("KP Sharma Oli", "Khadga Prasad Sharma Oli").
     */
    static boolean samePerson(String a, String b) {
        if (sameName(a, b) || quizline.facts.OfficeHolders.get().spellingsOfOnePerson(a, b)) {
            return true;
        }
        List<String> wordsA = List.of(AnswerMatcher.fold(a).split(" "));
        List<String> wordsB = List.of(AnswerMatcher.fold(b).split(" "));
        return wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA);
    }

    /** The spelling questions use for this name. */
    String canonical(String name) {
        return canonicalByName.getOrDefault(name, name);
    }

    Person person(String name) {
        String canonical = canonical(name);
        List<String> spellings = spellingsByCanonical.getOrDefault(canonical, List.of(canonical));
        return new Person(
                canonical, spellings.stream().filter(s -> !s.equals(canonical)).toList());
    }

    /**
     * What a typed answer about this person accepts: the other spellings of the name and the surname alone
     * ("Tokayev" for Kassym-Jomart Tokayev, "von der Leyen", "Xi" for Xi Jinping), unless another person of the
     * articles has that surname too, where "Kim" would name neither. The study screen shows the full name beside a
     * surname typed alone.
     */
    List<String> accepted(Person person) {
        List<String> accepted = new ArrayList<>(person.variants());
        // nobody of the articles but this person has the surname (none has it when the name asked is the
        // office-holders file's spelling of a misspelt one)
        surname(person.name())
                .filter(s -> surnameOwners().getOrDefault(AnswerMatcher.fold(s), 0) <= 1)
                .filter(s ->
                        accepted.stream().noneMatch(a -> AnswerMatcher.fold(a).equals(AnswerMatcher.fold(s))))
                .ifPresent(accepted::add);
        doubleSurname(person.name())
                .filter(s -> surnameOwners().getOrDefault(AnswerMatcher.fold(s.split(" ")[1]), 0) <= 1)
                .filter(s ->
                        accepted.stream().noneMatch(a -> AnswerMatcher.fold(a).equals(AnswerMatcher.fold(s))))
                .ifPresent(accepted::add);
        return List.copyOf(accepted);
    }

    private Map<String, Integer> surnameOwners;

    /** How many persons have each surname (folded). */
    private Map<String, Integer> surnameOwners() {
        if (surnameOwners == null) {
            surnameOwners = new HashMap<>();
            for (String canonical : spellingsByCanonical.keySet()) {
                surname(canonical).ifPresent(s -> surnameOwners.merge(AnswerMatcher.fold(s), 1, Integer::sum));
            }
        }
        return surnameOwners;
    }

    private static final Set<String> FAMILY_NAME_FIRST = Set.copyOf(WordLists.read("family-name-first.txt"));

    /**
     * The two surnames of a Spanish or Portuguese name of four words or more, which is how news names the person:
     * "López Obrador" for Andrés Manuel López Obrador. Not a particle's ("da Silva": the surname already).
     */
    static java.util.Optional<String> doubleSurname(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 4 || FAMILY_NAME_FIRST.contains(words[0])) {
            return java.util.Optional.empty();
        }
        String first = words[words.length - 2];
        return Character.isUpperCase(first.charAt(0)) && !PARTICLES.contains(first.toLowerCase(java.util.Locale.ROOT))
                ? java.util.Optional.of(first + " " + words[words.length - 1])
                : java.util.Optional.empty();
    }

    /**
     * The surname of a name of two words or more: the first word when it is a family name written first ("Xi
     * Jinping"), else the last word with the particles before it ("Ursula von der Leyen": "von der Leyen", "Luiz
     * Inácio Lula da Silva": "da Silva"). A surname of one or two letters is no answer of its own.
     */
    static java.util.Optional<String> surname(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return java.util.Optional.empty();
        }
        if (FAMILY_NAME_FIRST.contains(words[0])) {
            return java.util.Optional.of(words[0]).filter(s -> s.length() > 1);
        }
        int start = words.length - 1;
        while (start > 1 && PARTICLES.contains(words[start - 1].toLowerCase(java.util.Locale.ROOT))) {
            start--;
        }
        String surname = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
        return surname.length() > 2 ? java.util.Optional.of(surname) : java.util.Optional.empty();
    }

    private static final Set<String> PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "do", "dos", "das", "del", "della", "di", "la", "le", "bin", "ben",
            "ibn", "al", "el", "abu");

    /** Every person with more than one spelling, in the order first met. */
    List<Person> withVariants() {
        return spellingsByCanonical.keySet().stream()
                .map(this::person)
                .filter(Person::hasVariants)
                .toList();
    }
}
