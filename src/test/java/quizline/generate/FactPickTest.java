package quizline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import quizline.facts.FactKind;
import quizline.facts.Memberships;
import quizline.pack.AnswerMatcher;
import quizline.pack.Pack;
import quizline.pack.Question;

/** What a draft asks of each fact: one or two questions, the kinds an instructor writes, statements keyed False a third of the time. */
class FactPickTest {
    private static final String SCO = "Shanghai Cooperation Organisation";
    private static final String NATO = "North Atlantic Treaty Organization";

    /** Before the memberships data file's date, so that it can tell who was not a member. */
    private static final LocalDate JULY = LocalDate.of(2024, 7, 4);

    static Pack generate(Facts facts) {
        return DraftGenerator.generate(
                new DraftSpec("t", "T", Optional.empty()),
                List.of(new ArticleFacts(Facts.ARTICLE, Optional.of(JULY), facts.list())));
    }

    private static List<Question> of(Pack pack, String fact) {
        return pack.questions().stream().filter(q -> fact.equals(q.fact())).toList();
    }

    private static Question byId(Pack pack, String id) {
        return pack.question(id)
                .orElseThrow(() -> new AssertionError("no question " + id + " in "
                        + pack.questions().stream().map(Question::id).toList()));
    }

    /**
     * "Who was the President of the country that hosted …?" beside "who was the President of Ghana?": the instructor's
     * review rejected the second as teaching nothing new. Who holds an office is asked once, by either fact.
     */
    @Test
    void whoHoldsAnOfficeIsAskedOnceThoughTwoFactsCouldAskIt() {
        Pack pack = generate(new Facts()
                .host("2024 African Union summit", "Accra", "Ghana")
                .position("Kofi Mensah", "President", "Ghana"));
        List<String> asked = pack.questions().stream()
                .filter(q -> answer(q).equals("Kofi Mensah"))
                .map(Question::id)
                .toList();
        assertEquals(1, asked.size(), asked.toString());
        assertEquals(2, of(pack, "host-2024-au-summit-accra").size(), "the host fact still gets two questions");
    }

    private static String answer(Question q) {
        return q instanceof Question.Choice c
                ? c.choices().get(c.answer())
                : q instanceof Question.Short s ? s.answer() : "";
    }

    /**
     * A typed answer about a person accepts the surname alone, written where the family name goes: "Tokayev",
     * "von der Leyen", "Xi"; not a surname two people of the articles share, which would name neither.
     */
    @Test
    void aTypedAnswerAboutAPersonAcceptsTheSurnameUnlessTwoPeopleShareIt() {
        assertEquals(Optional.of("Tokayev"), People.surname("Kassym-Jomart Tokayev"));
        assertEquals(Optional.of("von der Leyen"), People.surname("Ursula von der Leyen"));
        assertEquals(Optional.of("da Silva"), People.surname("Luiz Inácio Lula da Silva"));
        assertEquals(Optional.of("Xi"), People.surname("Xi Jinping"));
        assertEquals(Optional.empty(), People.surname("Lula"));
        People people = new People(
                List.of("Kassym-Jomart Tokayev", "Kim Jong Un", "Kim Yo Jong", "Narendra Modi", "Narendra Modi"));
        assertEquals(List.of("Tokayev"), people.accepted(people.person("Kassym-Jomart Tokayev")));
        assertEquals(List.of(), people.accepted(people.person("Kim Jong Un")));
        Pack pack = generate(new Facts().position("Kassym-Jomart Tokayev", "President", "Kazakhstan"));
        List<Question.Short> typed = pack.questions().stream()
                .filter(q -> q instanceof Question.Short)
                .map(q -> (Question.Short) q)
                .toList();
        assertTrue(typed.stream().allMatch(q -> q.accept().contains("Tokayev")), typed.toString());
    }

    /** Five presidents, three SCO members, a summit and a founding year: a small draft with every kind of fact. */
    private static Facts world() {
        return new Facts()
                .position("Ana Lima", "President", "Chile")
                .position("Tomas Berg", "Prime Minister", "Ghana")
                .position("Ivan Petrov", "President", "Kazakhstan")
                .position("Li Wen", "President", "China")
                .position("Omar Haddad", "King", "Jordan")
                .member("Kazakhstan", "founding member", SCO)
                .member("Russia", "founding member", SCO)
                .member("India", "member", SCO)
                .member("Pakistan", "member", SCO)
                .host("2025 SCO summit", "Astana", "Kazakhstan")
                .date("founding of the Shanghai Cooperation Organisation", "2001");
    }

    @Test
    void everyFactGetsOneOrTwoQuestionsCarryingItsKeyAndAskingDifferentThings() {
        Pack pack = generate(world());
        Map<String, List<Question>> byFact = pack.questions().stream()
                .collect(Collectors.groupingBy(Question::fact, TreeMap::new, Collectors.toList()));
        assertEquals(11, byFact.size(), byFact.keySet().toString());
        byFact.forEach((fact, questions) -> {
            assertTrue(
                    questions.size() <= FactQuestions.MOST,
                    fact + ": " + questions.stream().map(Question::id).toList());
            questions.forEach(q -> assertTrue(q.id().startsWith(fact + "-"), q.id()));
        });
        List<Question> lima = of(pack, "position-ana-lima-president-chile");
        assertTrue(
                lima.get(0)
                        .prompt()
                        .matches("As of July 2024, (which of these people|who) was the President of Chile\\?"),
                lima.get(0).prompt());
        if (lima.size() == 2) {
            assertFalse(
                    lima.get(1).prompt().contains("who was the President"),
                    "the second asks something else: " + lima.get(1).prompt());
        }
    }

    @Test
    void noTwoQuestionsOfADraftShareAPrompt() {
        Facts facts = world();
        for (String country : List.of("Chile", "Peru", "Brazil", "Mexico")) {
            facts.member(country, "observer", "Pacific Alliance");
        }
        Pack pack = generate(facts);
        Set<String> prompts = new HashSet<>();
        for (Question q : pack.questions()) {
            assertTrue(prompts.add(AnswerMatcher.fold(q.prompt())), "twice: " + q.prompt());
        }
    }

    @Test
    void theFirstMemberOfAnOrganisationIsAskedWhichIsNotAMemberNeverOfferingOneTiedToIt() {
        Pack pack = generate(world());
        Question.Choice not = (Question.Choice) byId(pack, "member-kazakhstan-founding-member-sco-not-member");
        assertEquals(
                "As of July 2024, which of these countries was NOT a member of the Shanghai Cooperation Organisation?",
                not.prompt());
        assertEquals(JULY, not.asOf(), "membership changes: the question is dated");
        String outsider = not.choices().get(not.answer());
        assertTrue(
                Memberships.get().status(SCO, outsider).isEmpty(), outsider + " has a tie to the SCO in the data file");
        for (int i = 0; i < not.choices().size(); i++) {
            if (i != not.answer()) {
                assertTrue(
                        Memberships.get()
                                .status(SCO, not.choices().get(i))
                                .orElseThrow()
                                .fullMember(),
                        not.choices().get(i));
            }
        }
        assertTrue(
                not.explanation()
                        .endsWith("were members of the Shanghai Cooperation Organisation; " + outsider + " was not."),
                not.explanation());
    }

    @Test
    void theSecondIsAskedToSelectAllMembersWhenFiveAreNamed() {
        Pack pack = generate(world().member("Uzbekistan", "founding member", SCO));
        Question.Multi all = (Question.Multi) byId(pack, "member-russia-founding-member-sco-members");
        assertEquals(
                "As of July 2024, which of these countries were members of the Shanghai Cooperation Organisation? Select all that apply.",
                all.prompt());
        assertTrue(
                all.answer().size() >= 2 && all.choices().size() - all.answer().size() == 2, all.toString());
        for (int i = 0; i < all.choices().size(); i++) {
            boolean member = Memberships.get()
                    .status(SCO, all.choices().get(i))
                    .map(Memberships.Status::fullMember)
                    .orElse(false);
            assertEquals(all.answer().contains(i), member, all.choices().get(i));
            if (!all.answer().contains(i)) {
                assertTrue(
                        Memberships.get().status(SCO, all.choices().get(i)).isEmpty(),
                        "no observer or partner as a non-member");
            }
        }
    }

    /** The fourth review: with four members named, both questions would offer the same countries twice. */
    @Test
    void withFewMembersNamedOnlyTheFirstIsAskedAboutAllOfThem() {
        Pack pack = generate(world());
        assertTrue(pack.question("member-kazakhstan-founding-member-sco-not-member")
                .isPresent());
        assertTrue(
                pack.questions().stream().noneMatch(q -> q.id().endsWith("-members")),
                pack.questions().toString());
    }

    @Test
    void afterTheDataFilesDateNoQuestionSaysWhoIsNotAMember() {
        Pack pack = DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), world().article());
        assertTrue(Facts.DATE.isAfter(Memberships.get().asOf()));
        assertTrue(
                pack.questions().stream().noneMatch(q -> q.id().endsWith("-not-member") || q.id().endsWith("-members")),
                "a country may have joined since the file's date");
    }

    @Test
    void aMemberOfALaterArticleIsNotOfferedAsAMemberAtAnEarlierDate() {
        // Pakistan as a member in July 2025 says nothing about March 2025 (it might have joined in between)
        Facts facts = new Facts().member("Kazakhstan", "member", SCO).member("Russia", "founding member", SCO);
        List<ArticleFacts> articles = List.of(
                new ArticleFacts("a.txt", Optional.of(LocalDate.of(2023, 3, 1)), facts.list()),
                new ArticleFacts(
                        "b.txt",
                        Optional.of(LocalDate.of(2024, 7, 1)),
                        new Facts().member("Pakistan", "member", SCO).list()));
        Pack pack = DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), articles);
        Question.Choice not = (Question.Choice) byId(pack, "member-kazakhstan-member-sco-not-member");
        assertFalse(not.choices().contains("Pakistan"), not.choices().toString());
    }

    @Test
    void aCountryThatJoinedOnAKnownDateIsAskedWhichJoinedAndInWhatYear() {
        Facts facts = new Facts().add(FactKind.MEMBER, "Finland", "joined", NATO, Map.of("date", "2023-04-04"));
        Pack pack = generate(facts);
        Question.Choice who = (Question.Choice) byId(pack, "member-finland-joined-nato-who-choice");
        assertEquals(
                "Which of these countries joined the North Atlantic Treaty Organization in April 2023?", who.prompt());
        assertEquals("Finland", who.choices().get(who.answer()));
        // wrong choices: NATO's founders first (they did not join in 2023), never a member that joined some year
        List<String> wrong =
                who.choices().stream().filter(c -> !c.equals("Finland")).toList();
        assertTrue(
                wrong.stream()
                        .allMatch(c -> Memberships.get()
                                .status(NATO, c)
                                .equals(Optional.of(Memberships.Status.FOUNDING_MEMBER))),
                wrong.toString());
        Question.Choice year = (Question.Choice) byId(pack, "member-finland-joined-nato-year-choice");
        assertEquals("In what year did Finland join the North Atlantic Treaty Organization?", year.prompt());
        assertEquals("2023", year.choices().get(year.answer()));
        assertEquals(2, of(pack, "member-finland-joined-nato").size());
    }

    @Test
    void aSummitIsAskedItsCityWithTheHostCountrysLeaderOfThatYear() {
        List<ArticleFacts> articles = List.of(new ArticleFacts(
                "a.txt",
                Optional.of(LocalDate.of(2024, 7, 4)),
                new Facts()
                        .host("2024 SCO summit", "Astana", "Kazakhstan")
                        .position("Ivan Petrov", "President", "Kazakhstan")
                        .position("Li Wen", "President", "China")
                        .position("Omar Haddad", "King", "Jordan")
                        .list()));
        Pack pack = DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), articles);
        List<Question> summit = of(pack, "host-2024-sco-summit-astana");
        assertEquals(2, summit.size());
        Question leader = byId(pack, "host-2024-sco-summit-astana-leader");
        assertEquals(
                "As of July 2024, who was the President of the country that hosted the 2024 SCO summit?",
                leader.prompt());
        assertEquals(LocalDate.of(2024, 7, 4), leader.asOf());
        assertEquals(
                "The 2024 SCO summit was held in Astana, Kazakhstan; as of July 2024, Ivan Petrov was the President of Kazakhstan.",
                leader.explanation());
        Question.Choice choice = (Question.Choice) leader;
        assertEquals("Ivan Petrov", choice.choices().get(choice.answer()));
    }

    @Test
    void aSummitsHostCountryIsAChoiceAmongTheOrganisationsMembers() {
        Pack pack = DraftGenerator.everyCandidate(
                new DraftSpec("t", "T", Optional.empty()),
                new Facts().host("2024 SCO summit", "Astana", "Kazakhstan").article());
        Question.Choice country = (Question.Choice) byId(pack, "host-2024-sco-summit-astana-country-choice");
        assertEquals("In which country was the 2024 SCO summit held?", country.prompt());
        assertEquals("Kazakhstan", country.choices().get(country.answer()));
        country.choices()
                .forEach(c -> assertTrue(
                        Memberships.get().status(SCO, c).isPresent(), c + ": not a member, an implausible host"));
    }

    @Test
    void aboutAThirdOfTheStatementsToJudgeAreKeyedFalseAndNoneIsTrueElsewhere() {
        Facts facts = new Facts();
        String[] countries = {
            "Chile",
            "Peru",
            "Brazil",
            "Mexico",
            "Colombia",
            "Ecuador",
            "Bolivia",
            "Uruguay",
            "Paraguay",
            "Ghana",
            "Kenya",
            "Nigeria",
            "Senegal",
            "Egypt",
            "Morocco",
            "Tunisia",
            "Norway",
            "Sweden",
            "Finland",
            "Poland"
        };
        for (String country : countries) {
            facts.position("Ana " + country, "President", country);
            facts.member(country, "member", "African Union");
            facts.date("founding of the " + country + " Society", "19" + (50 + country.length()));
        }
        Pack pack = DraftGenerator.everyCandidate(new DraftSpec("t", "T", Optional.empty()), facts.article());
        List<Question.TrueFalse> statements = pack.questions().stream()
                .filter(q -> q instanceof Question.TrueFalse)
                .map(q -> (Question.TrueFalse) q)
                .toList();
        long keyedFalse = statements.stream().filter(t -> !t.answer()).count();
        assertTrue(
                keyedFalse * 4 >= statements.size() && keyedFalse * 2 <= statements.size(),
                keyedFalse + " of " + statements.size());
        for (Question.TrueFalse t : statements) {
            if (!t.answer()) {
                assertTrue(
                        t.id().endsWith("-truefalse-false") && t.explanation().startsWith("False: "), t.id());
                // A country of the data file's AU members called a mere observer, never its true status
                assertFalse(t.prompt().contains("member of the African Union"), t.prompt());
            }
        }
    }

    @Test
    void aFalseFoundingMemberIsAMemberThatJoinedLater() {
        Pack pack = DraftGenerator.everyCandidate(
                new DraftSpec("t", "T", Optional.empty()),
                new Facts()
                        .member("Kazakhstan", "founding member", SCO)
                        .member("Russia", "founding member", SCO)
                        .member("China", "founding member", SCO)
                        .member("Tajikistan", "founding member", SCO)
                        .article());
        List<Question.TrueFalse> wrong = pack.questions().stream()
                .filter(q -> q instanceof Question.TrueFalse t && !t.answer())
                .map(q -> (Question.TrueFalse) q)
                .toList();
        assertFalse(wrong.isEmpty(), "one of four founding members is stated falsely");
        for (Question.TrueFalse t : wrong) {
            String country = t.prompt().replaceFirst("^True or false: (.+) is a founding member of .*$", "$1");
            assertEquals(
                    Optional.of(Memberships.Status.MEMBER), Memberships.get().status(SCO, country), t.prompt());
        }
    }

    @Test
    void noFoundingMemberIsCalledFalseWhereTheDataFileDoesNotNameTheFounders() {
        Facts facts = new Facts();
        for (String country :
                List.of("Ghana", "Kenya", "Nigeria", "Senegal", "Egypt", "Tunisia", "Ethiopia", "Angola")) {
            facts.member(country, "founding member", "African Union");
        }
        Pack pack = DraftGenerator.everyCandidate(new DraftSpec("t", "T", Optional.empty()), facts.article());
        assertTrue(
                pack.questions().stream().noneMatch(q -> q instanceof Question.TrueFalse t && !t.answer()),
                "the AU's members in the file are not marked as founders or not: \"Kenya is a founding member\" may be true");
    }

    @Test
    void aFoundersWrongChoicesAreLaterMembersOrHaveNoTieEvenOneNoArticleNames() {
        Pack pack = DraftGenerator.everyCandidate(
                new DraftSpec("t", "T", Optional.empty()),
                new Facts()
                        .member("Norway", "founding member", NATO)
                        .position("Ana Lima", "President", "Austria")
                        .position("Per Holm", "President", "Finland")
                        .position("Jan Kowalski", "President", "Poland")
                        .article());
        Question.Choice choice = (Question.Choice) byId(pack, "member-norway-founding-member-nato-choice");
        List<String> wrong =
                choice.choices().stream().filter(c -> !c.equals("Norway")).toList();
        assertEquals(3, wrong.size());
        // members that joined later (Germany, Finland...), which the review asked for, and never another founder
        assertTrue(
                wrong.stream()
                        .allMatch(
                                c -> Memberships.get().status(NATO, c).equals(Optional.of(Memberships.Status.MEMBER))),
                wrong.toString());
    }

    /**
     * As of a date the memberships file covers, a member's wrong choices are the organisation's observers, partners and
     * candidates, which the file says are no members; after its date a candidate may have joined, so none is offered.
     */
    @Test
    void aMembersWrongChoicesAreTheOrganisationsLesserTiesUpToTheFilesDate() {
        List<ArticleFacts> then = List.of(new ArticleFacts(
                "a.txt",
                Optional.of(LocalDate.of(2023, 6, 1)),
                new Facts().member("Paraguay", "member", "Mercosur").list()));
        Question.Choice choice = (Question.Choice) byId(
                DraftGenerator.everyCandidate(new DraftSpec("t", "T", Optional.empty()), then),
                "member-paraguay-member-mercosur-choice");
        List<String> wrong =
                choice.choices().stream().filter(c -> !c.equals("Paraguay")).toList();
        assertTrue(
                wrong.stream()
                        .allMatch(c -> Memberships.get()
                                .status("Mercosur", c)
                                .equals(Optional.of(Memberships.Status.ASSOCIATE_MEMBER))),
                wrong.toString());
        List<ArticleFacts> later = List.of(new ArticleFacts(
                "a.txt",
                Optional.of(LocalDate.of(2026, 6, 1)),
                new Facts().member("Paraguay", "member", "Mercosur").list()));
        Question.Choice after = (Question.Choice) byId(
                DraftGenerator.everyCandidate(new DraftSpec("t", "T", Optional.empty()), later),
                "member-paraguay-member-mercosur-choice");
        assertTrue(
                after.choices().stream()
                        .filter(c -> !c.equals("Paraguay"))
                        .allMatch(c -> Memberships.get().status("Mercosur", c).isEmpty()),
                after.choices().toString());
    }

    /**
     * The fourth review's near-duplicates: Sweden and Finland applied to NATO together, India and Pakistan joined the
     * SCO together. The second country's date is not asked again.
     */
    @Test
    void aStepTwoCountriesTookTogetherIsAskedOnce() {
        Pack pack = DraftGenerator.everyCandidate(
                new DraftSpec("t", "T", Optional.empty()),
                new Facts()
                        .date("application of Finland to NATO", "2022-05")
                        .date("application of Sweden to NATO", "2022-05")
                        .add(FactKind.MEMBER, "India", "joined", SCO, Map.of("date", "2017"))
                        .add(FactKind.MEMBER, "Pakistan", "joined", SCO, Map.of("date", "2017"))
                        .article());
        assertFalse(of(pack, "date-application-of-finland-to-nato-2022-05").isEmpty());
        assertTrue(of(pack, "date-application-of-sweden-to-nato-2022-05").isEmpty());
        assertTrue(pack.questions().stream().anyMatch(q -> q.id().equals("member-india-joined-sco-year-choice")));
        assertTrue(pack.questions().stream()
                .noneMatch(q -> q.id().startsWith("member-pakistan-joined-sco-year")
                        || q.id().startsWith("member-pakistan-joined-sco-who")));
        assertFalse(of(pack, "member-pakistan-joined-sco").isEmpty(), "Pakistan's membership is still asked");
    }

    /** "Colombia was a member of Mercosur" may be read as true of an associate: the false statement says "full". */
    @Test
    void aLesserTieIsJudgedAgainstFullMembership() {
        Pack pack = DraftGenerator.everyCandidate(
                new DraftSpec("t", "T", Optional.empty()),
                new Facts()
                        .member("Colombia", "associate member", "Mercosur")
                        .member("Peru", "associate member", "Mercosur")
                        .member("Chile", "associate member", "Mercosur")
                        .article());
        List<String> statements = pack.questions().stream()
                .filter(q -> q instanceof Question.TrueFalse t && !t.answer())
                .map(Question::prompt)
                .toList();
        assertFalse(statements.isEmpty());
        assertTrue(
                statements.stream().allMatch(p -> p.contains("was a full member of Mercosur")), statements.toString());
    }

    /** An acting envoy is too minor to ask; an acting President leads a country and is asked. */
    @Test
    void aStandInBelowACountrysHeadIsNotAsked() {
        Pack pack = DraftGenerator.everyCandidate(
                new DraftSpec("t", "T", Optional.empty()),
                new Facts()
                        .position("Ali Khan", "acting Permanent Representative to the UN", "Pakistan")
                        .position("Ana Lima", "acting President", "Peru")
                        .article());
        assertTrue(
                pack.questions().stream().noneMatch(q -> q.id().contains("ali-khan")),
                pack.questions().toString());
        assertTrue(pack.questions().stream().anyMatch(q -> q.id().contains("ana-lima")));
    }

    /**
     * The fifth review's wrong choices that were right: founders offered for "which of these countries has joined the
     * SCO?" (a founder has joined too), and an associate member for "which was a member of the CIS?".
     */
    @Test
    void noWrongChoiceIsRightUnderAnotherReading() {
        List<ArticleFacts> articles = List.of(new ArticleFacts(
                "a.txt",
                Optional.of(JULY),
                new Facts()
                        .add(FactKind.MEMBER, "India", "joined", SCO, Map.of("date", "2017"))
                        .add(FactKind.MEMBER, "Pakistan", "joined", SCO, Map.of("date", "2017"))
                        .member("Belarus", "member", "Commonwealth of Independent States")
                        .list()));
        Pack pack = DraftGenerator.everyCandidate(new DraftSpec("t", "T", Optional.empty()), articles);
        Question.Choice joined = (Question.Choice) byId(pack, "member-pakistan-joined-sco-choice");
        assertEquals("Which of these countries has joined the Shanghai Cooperation Organisation?", joined.prompt());
        assertTrue(
                joined.choices().stream()
                        .filter(c -> !c.equals("Pakistan"))
                        .noneMatch(c -> Memberships.get()
                                .status(SCO, c)
                                .map(Memberships.Status::fullMember)
                                .orElse(false)),
                joined.choices().toString());
        Question.Choice cis = (Question.Choice) byId(pack, "member-belarus-member-cis-choice");
        boolean associateOffered = cis.choices().stream()
                .anyMatch(c -> Memberships.get()
                        .status("Commonwealth of Independent States", c)
                        .equals(Optional.of(Memberships.Status.ASSOCIATE_MEMBER)));
        assertTrue(associateOffered, "Turkmenistan, an associate, is the plausible wrong answer: " + cis.choices());
        assertEquals(
                "As of July 2024, which of these countries was a full member of the Commonwealth of Independent States?",
                cis.prompt());
    }

    /** Two lesser statuses of one country on one date, and an OPEC partnership beside OPEC+ membership: asked once. */
    @Test
    void aTieAnotherFactGivesIsNotAskedAgain() {
        Pack pack = DraftGenerator.everyCandidate(
                new DraftSpec("t", "T", Optional.empty()),
                List.of(new ArticleFacts(
                        "a.txt",
                        Optional.of(JULY),
                        new Facts()
                                .member("Bolivia", "prospective member", "Mercosur")
                                .member("Bolivia", "associate member", "Mercosur")
                                .member("Russia", "member", "OPEC+")
                                .member("Russia", "partner", "Organization of the Petroleum Exporting Countries")
                                .list())));
        assertFalse(of(pack, "member-bolivia-prospective-member-mercosur").isEmpty());
        assertTrue(of(pack, "member-bolivia-associate-member-mercosur").isEmpty());
        assertFalse(of(pack, "member-russia-member-opec").isEmpty());
        assertTrue(pack.questions().stream().noneMatch(q -> q.fact().startsWith("member-russia-partner")));
    }

    /** "How many members does ASEAN have?" where an article states it, as of its date; two counts for one date: none. */
    @Test
    void aCountAnArticleStatesIsAskedAsOfItsDate() {
        Pack pack = generate(new Facts()
                .add(FactKind.COUNT, "Association of Southeast Asian Nations", "members", "10", Map.of())
                .add(FactKind.COUNT, "BRICS", "members", "5", Map.of())
                .add(FactKind.COUNT, "BRICS", "members", "10", Map.of())
                .member("Ghana", "member", "African Union"));
        Question.Numeric count = (Question.Numeric) byId(pack, "count-asean-10-numeric");
        assertEquals(
                "As of July 2024, how many members did the Association of Southeast Asian Nations have?",
                count.prompt());
        assertEquals(10.0, count.answer());
        assertEquals(LocalDate.of(2024, 7, 4), count.asOf());
        assertTrue(pack.questions().stream().noneMatch(q -> q.id().startsWith("count-brics")), "BRICS: two counts");
    }
}
