package quizline.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        }
    }

    private String spellingOfKnown(String name) {
        for (Map.Entry<String, List<String>> person : spellingsByCanonical.entrySet()) {
            for (String spelling : person.getValue()) {
                if (sameName(name, spelling)) {
                    return person.getKey();
                }
            }
        }
        return null;
    }

    /** Both ways round: the matcher's tolerance depends on which word it takes for the answer. */
    static boolean sameName(String a, String b) {
        return AnswerMatcher.matchText(a, b, List.of()).verdict() != Verdict.WRONG
                && AnswerMatcher.matchText(b, a, List.of()).verdict() != Verdict.WRONG;
    }

    /** The spelling questions use for this name. */
    String canonical(String name) {
        return canonicalByName.getOrDefault(name, name);
    }

    Person person(String name) {
        String canonical = canonical(name);
        List<String> spellings = spellingsByCanonical.getOrDefault(canonical, List.of(canonical));
        return new Person(canonical, spellings.stream().filter(s -> !s.equals(canonical)).toList());
    }

    /** Every person with more than one spelling, in the order first met. */
    List<Person> withVariants() {
        return spellingsByCanonical.keySet().stream().map(this::person).filter(Person::hasVariants).toList();
    }
}
