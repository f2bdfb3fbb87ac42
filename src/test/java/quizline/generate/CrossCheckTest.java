package quizline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import quizline.facts.Fact;
import quizline.facts.FactKind;

/** The cross-checks over all facts of a run, on made-up facts: conflicts, and changes that are not conflicts. */
class CrossCheckTest {
    private static Fact fact(
            FactKind kind, String subject, String relation, String object, String article, LocalDate asOf) {
        String quote = subject + " " + relation + " " + object + ".";
        return new Fact(
                kind,
                subject,
                relation,
                object,
                new TreeMap<>(),
                article,
                0,
                quote.length(),
                quote,
                Optional.ofNullable(asOf),
                "test",
                0.9);
    }

    private static FactBase base(Fact... facts) {
        return new FactBase(List.of(new ArticleFacts("a.txt", Optional.empty(), List.of(facts))));
    }

    private static List<String> conflicts(Fact... facts) {
        return ConflictFinder.find(base(facts)).stream().map(FoundConflict::id).toList();
    }

    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);
    private static final LocalDate JULY = LocalDate.of(2024, 7, 1);

    @Test
    void oneOfficeWithTwoHoldersOnTheSameDateIsAConflict() {
        assertEquals(
                List.of("holder-president-ruritania"),
                conflicts(
                        fact(FactKind.POSITION, "Anna Berg", "President", "Ruritania", "a.txt", MAY),
                        fact(FactKind.POSITION, "Carl Dahl", "President", "Ruritania", "b.txt", MAY)));
    }

    @Test
    void aLaterArticleNamingANewHolderIsAChange() {
        Fact older = fact(FactKind.POSITION, "Anna Berg", "President", "Ruritania", "a.txt", MAY);
        Fact newer = fact(FactKind.POSITION, "Carl Dahl", "President", "Ruritania", "b.txt", JULY);
        assertEquals(List.of(), conflicts(older, newer));
        FactBase base = base(older, newer);
        assertEquals(1, base.supersessions().size());
        assertEquals("Anna Berg", base.supersessions().get(0).older().subject());
        assertEquals("Carl Dahl", base.supersessions().get(0).newer().subject());
        assertEquals(
                List.of("Carl Dahl"),
                base.facts().stream().map(KnownFact::subject).toList(),
                "questions are asked on the newer");
        assertEquals(2, base.all().size(), "the older is kept, marked");
    }

    @Test
    void twoSpellingsOfOneHolderAreNoChange() {
        assertEquals(
                List.of(),
                base(
                                fact(
                                        FactKind.POSITION,
                                        "Luiz Inacio Lula da Silva",
                                        "President",
                                        "Brazil",
                                        "a.txt",
                                        MAY),
                                fact(FactKind.POSITION, "Lula da Silva", "President", "Brazil", "b.txt", JULY))
                        .supersessions());
    }

    /** The office-holders file lists both as spellings of Nepal's prime minister, whose initials one writes out. */
    @Test
    void spellingsTheOfficeHoldersFileGivesOnePersonAreNoConflict() {
        LocalDate august2018 = LocalDate.of(2018, 8, 31);
        Fact inFull =
                fact(FactKind.POSITION, "Khadga Prasad Sharma Oli", "Prime Minister", "Nepal", "a.txt", august2018);
        assertEquals(
                List.of(),
                conflicts(
                        inFull,
                        fact(FactKind.POSITION, "KP Sharma Oli", "Prime Minister", "Nepal", "a.txt", august2018)));
        assertEquals(
                List.of("holder-prime-minister-nepal"),
                conflicts(
                        inFull,
                        fact(FactKind.POSITION, "Sher Bahadur Deuba", "Prime Minister", "Nepal", "a.txt", august2018)),
                "two holders the file keeps apart still conflict");
    }

    @Test
    void titlesHeldTogetherAreNoConflict() {
        assertEquals(
                List.of(),
                conflicts(
                        fact(FactKind.POSITION, "Faisal Rashid", "Crown Prince", "Saudi Arabia", "a.txt", MAY),
                        fact(FactKind.POSITION, "Faisal Rashid", "Prime Minister", "Saudi Arabia", "b.txt", MAY)));
        assertEquals(
                List.of("title-anna-berg-ruritania"),
                conflicts(
                        fact(FactKind.POSITION, "Anna Berg", "Prime Minister", "Ruritania", "a.txt", MAY),
                        fact(FactKind.POSITION, "Anna Berg", "President", "Ruritania", "b.txt", MAY)));
    }

    @Test
    void datesOfDifferentDetailAgree() {
        assertEquals(
                List.of(),
                conflicts(
                        fact(FactKind.DATE, "accession of Finland to NATO", "date", "2023-04-04", "a.txt", MAY),
                        fact(FactKind.DATE, "accession of Finland to NATO", "date", "2023-04", "b.txt", MAY)));
    }

    @Test
    void officesManyHoldAtOnceAreNoConflict() {
        assertEquals(
                List.of(),
                conflicts(
                        fact(FactKind.POSITION, "Anna Berg", "Ambassador", "Ruritania", "a.txt", MAY),
                        fact(FactKind.POSITION, "Carl Dahl", "Ambassador", "Ruritania", "b.txt", MAY)));
    }

    @Test
    void onePersonHeadingTwoCountriesIsAListMistake() {
        assertEquals(
                List.of("office-anna-berg"),
                conflicts(
                        fact(FactKind.POSITION, "Anna Berg", "President", "Ruritania", "a.txt", MAY),
                        fact(FactKind.POSITION, "Anna Berg", "Prime Minister", "Freedonia", "a.txt", MAY)));
    }

    @Test
    void memberAgainstObserverIsAConflict() {
        assertEquals(
                List.of("status-freedonia-league-of-nations"),
                conflicts(
                        fact(FactKind.MEMBER, "Freedonia", "member", "League of Nations", "a.txt", MAY),
                        fact(FactKind.MEMBER, "Freedonia", "observer", "League of Nations", "b.txt", MAY)));
        assertEquals(
                List.of(),
                conflicts(
                        fact(FactKind.MEMBER, "Freedonia", "founding member", "League of Nations", "a.txt", MAY),
                        fact(FactKind.MEMBER, "Freedonia", "member", "League of Nations", "b.txt", MAY)),
                "both say member");
    }

    @Test
    void aDatedOfficeOrStatusIsAskedAsOfItsDateInThePast() {
        Fact president = fact(FactKind.POSITION, "Anna Berg", "President", "Peru", "a.txt", JULY);
        Fact observer = fact(FactKind.MEMBER, "Chile", "observer", "League of Nations", "a.txt", JULY);
        PositionQuestions positions = new PositionQuestions(base(president), new Distractors(base(president)));
        List<String> prompts = positions.of(base(president).facts().get(0), java.util.Set.of()).stream()
                .map(g -> g.generated().question().prompt())
                .toList();
        assertTrue(prompts.contains("As of July 2024, who was the President of Peru?"), prompts.toString());
        assertTrue(prompts.contains("As of July 2024, Anna Berg was the President of {{Peru}}."), prompts.toString());
        MemberQuestions members =
                new MemberQuestions(base(observer), new Distractors(base(observer)), Optional.empty(), 2024);
        List<String> memberPrompts = members.of(base(observer).facts().get(0), java.util.Set.of()).stream()
                .map(g -> g.generated().question().prompt())
                .toList();
        assertTrue(
                memberPrompts.contains(
                        "True or false: as of July 2024, Chile was an observer of the League of Nations."),
                memberPrompts.toString());
    }

    @Test
    void anUndatedOfficeIsNotAskedUnlessTheAuthorDeclaresADate() {
        Fact president = fact(FactKind.POSITION, "Anna Berg", "President", "Peru", "a.txt", null);
        FactBase base = base(president);
        assertEquals(
                List.of(),
                new PositionQuestions(base, new Distractors(base))
                        .of(base.facts().get(0), java.util.Set.of()),
                "'Anna Berg is the President of Peru' would be taught as true today");
        assertTrue(new PositionQuestions(base, new Distractors(base), Optional.of(JULY))
                .of(base.facts().get(0), java.util.Set.of()).stream()
                        .anyMatch(g -> g.generated()
                                .question()
                                .prompt()
                                .equals("As of July 2024, who was the President of Peru?")));
        Fact founder = fact(FactKind.MEMBER, "Chile", "founding member", "League of Nations", "a.txt", null);
        FactBase founding = base(founder);
        assertTrue(
                new MemberQuestions(founding, new Distractors(founding), Optional.empty(), 2024)
                        .of(founding.facts().get(0), java.util.Set.of()).stream()
                                .anyMatch(g -> g.generated()
                                        .question()
                                        .prompt()
                                        .equals("True or false: Chile is a founding member of the League of Nations.")),
                "a founding member stays one: asked undated");
    }

    @Test
    void aCandidateThatLaterJoinedIsAChange() {
        FactBase base = base(
                fact(FactKind.MEMBER, "Freedonia", "prospective member", "League of Nations", "a.txt", MAY),
                fact(FactKind.MEMBER, "Freedonia", "joined", "League of Nations", "b.txt", JULY));
        assertEquals(List.of(), ConflictFinder.find(base));
        assertTrue(
                base.supersessions().stream().anyMatch(s -> s.older().relation().equals("prospective member")));
    }
}
