package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredTextTest {
    @Test
    void aSentenceWithoutTheVerbIsRuledOut() {
        RequiredText joined = RequiredText.of("(?<list>[CO]\\d+) (?:joined|joins) (?:the )?(?<org>[OA]\\d+)");
        assertTrue(joined.admits("C0 joined the O1 in W2"));
        assertTrue(joined.admits("C0 joins A1"));
        assertFalse(joined.admits("C0 left the O1 in W2"));
        assertFalse(joined.admits("P0 joined the meeting"), "no organisation");
    }

    @Test
    void whatMayBeAbsentIsNotRequired() {
        RequiredText optional = RequiredText.of("(?:formally )?join(?:ed)? (?=the )(?:new |full )*members?");
        assertTrue(optional.admits("join the members"));
        assertFalse(optional.admits("joined the club"));
        RequiredText either = RequiredText.of("(?:founded|established)|set up by");
        assertTrue(either.admits("it was set up by C0"));
        assertFalse(either.admits("it was created by C0"));
        RequiredText anything = RequiredText.of("(?:[a-z]+ )*|summit");
        assertTrue(anything.admits(""));
    }

    @Test
    void syntaxItDoesNotReadRequiresNothing() {
        assertTrue(RequiredText.of("(?i)summit").admits("SUMMIT"));
        assertTrue(RequiredText.of("(summit) \\1").admits("meeting"));
        assertTrue(RequiredText.of("\\Qsummit\\E").admits("meeting"));
        assertTrue(RequiredText.of("\\p{Lu}summit").admits("meeting"));
    }

    /**
     * Whatever text a pattern finds a match in, the reading admits: texts made from an example of each pattern by
     * dropping, repeating and replacing words at random, so that many match and many nearly do.
     */
    @Test
    void neverRulesOutTextThePatternMatches() {
        List<List<String>> patternsAndExamples = List.of(
                List.of(
                        ShapePattern.compile(
                                        "(?:(?<org>{OA}) 's )?(?:full |new )*(?<rel>members?|observers?) (?:of|in) {O}")
                                .toString(),
                        "A2 's new full members of O1"),
                List.of(
                        ShapePattern.compile(
                                        "(?<list>(?:the )?{CO}(?: (?:,|and|, and) (?:the )?{CO})*) (?:was|were) admitted"
                                                + "(?: (?:to|into) (?:the )?{OA})?(?: (?:in|on) (?<date>{W}))?")
                                .toString(),
                        "the C0 , C4 and O1 were admitted into the A2 in W3"),
                List.of(
                        ShapePattern.compile("(?<![a-z] )(?:member state|observer) (?<list>{C})(?! (?:,|and) {C})")
                                .toString(),
                        "; member state C0 , then C4"),
                List.of(
                        ShapePattern.compile("{O} (?:[^;,]*? )?(?:is |are )?made up of (?:the )?{C}\\.?")
                                .toString(),
                        "O1 which is made up of the C0."),
                List.of("^(?:a|b|ab|)+c{2,3}(?:d|e)?f", "a b ab c c c d f"),
                List.of("[xy]{2}z|[^z]+?zz", "x y z zz"));
        List<String> words = List.of(
                "C0",
                "C4",
                "O1",
                "A2",
                "W3",
                "the",
                "'s",
                "of",
                "in",
                "into",
                "member",
                "observers",
                "state",
                "was",
                ",",
                "and",
                "is",
                ";",
                "a",
                "b",
                "c",
                "x",
                "z");
        Random random = new Random(7);
        for (List<String> patternAndExample : patternsAndExamples) {
            Pattern pattern = Pattern.compile(patternAndExample.get(0));
            RequiredText required = RequiredText.of(patternAndExample.get(0));
            List<String> example = List.of(patternAndExample.get(1).split(" "));
            int matched = 0;
            for (int i = 0; i < 5_000; i++) {
                List<String> text = new ArrayList<>(example);
                for (int edits = random.nextInt(4); edits > 0; edits--) {
                    int at = random.nextInt(text.size());
                    switch (random.nextInt(3)) {
                        case 0 -> text.remove(at);
                        case 1 -> text.add(at, text.get(at));
                        default -> text.set(at, words.get(random.nextInt(words.size())));
                    }
                    if (text.isEmpty()) {
                        text.add(words.get(random.nextInt(words.size())));
                    }
                }
                String joined = String.join(random.nextInt(5) > 0 ? " " : "", text);
                if (pattern.matcher(joined).find()) {
                    matched++;
                    assertTrue(required.admits(joined), pattern + " matches \"" + joined + "\"");
                }
            }
            assertTrue(matched > 200, "enough texts match " + pattern + " to test it: " + matched);
        }
    }
}
