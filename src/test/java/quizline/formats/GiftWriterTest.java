package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizline.formats.Q.multi;
import static quizline.formats.Q.shortAnswer;
import static quizline.formats.Q.trueFalse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;
import quizline.pack.SourceRef;

class GiftWriterTest {
    static Pack pack(List<Question> questions) {
        return new Pack(
                null, Pack.FORMAT, "p", "P", 1, LocalDate.of(2024, 7, 5), null, List.of(), questions, List.of());
    }

    /** What a question should be after a trip through a format: no source or status, multi answers in order. */
    static Question carried(Question q) {
        return Questions.canonical(Questions.carried(q, q.tags()));
    }

    static List<String> notices(Exported exported) {
        return exported.notices().stream()
                .map(n -> n.question() + " " + n.message())
                .toList();
    }

    @Test
    void writesEveryTypeTheWayMoodleExports() {
        Exported exported = GiftWriter.write(Fixtures.pack("every-type.json"));
        assertEquals(Fixtures.text("every-type.gift"), exported.text());
        assertEquals(
                List.of(
                        "-1 GIFT has no place for the pack's description and 1 source",
                        "1 question \"host-city\": its source (a.txt, characters 0–40) does not travel in GIFT",
                        "4 question \"kyrgyz-president\": its status \"draft\" does not travel in GIFT",
                        "12 question \"two-blanks\": a cloze question with 2 blanks does not travel in GIFT (one blank a"
                                + " question): not exported"),
                notices(exported));
    }

    @Test
    void everyTypeComesBackTheSame() {
        Pack pack = Fixtures.pack("every-type.json");
        List<Question> expected = new ArrayList<>();
        pack.questions().stream()
                .filter(q -> !q.id().equals("two-blanks"))
                .map(GiftWriterTest::carried)
                .forEach(expected::add);
        Imported back = GiftReader.read(GiftWriter.write(pack).text());
        assertEquals(List.of(), back.errors());
        assertEquals(expected, back.questionList());
        // Ids come back as they were: nothing had to be made into an id.
        assertEquals(List.of(), back.warnings());
    }

    @Test
    void theBundledPackComesBackTheSameButForItsClozesWithTwoBlanks() throws IOException {
        Pack pack = PackReader.read(Files.readString(Path.of("questions/sco-summits.json")))
                .pack()
                .orElseThrow();
        Exported exported = GiftWriter.write(pack);
        List<Question> expected = pack.questions().stream()
                .filter(q -> !(q instanceof Question.Cloze c && c.blanks().size() > 1))
                .map(GiftWriterTest::carried)
                .toList();
        assertEquals(expected, GiftReader.read(exported.text()).questionList());
        assertEquals(pack.questions().size() - 5, expected.size());
        assertTrue(
                exported.notices().stream().noneMatch(n -> n.message().contains("comes back")),
                notices(exported).toString());
    }

    @Test
    void aMoodleFileReadTwiceThroughQuizlineIsStable() {
        for (String file : List.of("moodle-export.gift", "hand-written.gift", "windows.gift")) {
            List<Question> first = GiftReader.read(Fixtures.text(file)).questionList();
            Exported exported = GiftWriter.write(pack(first));
            List<Question> expected = new ArrayList<>();
            boolean categorised = false;
            for (int i = 0; i < first.size(); i++) {
                // "$CATEGORY: $course$/top" reads as no tags, but quizline never writes it: Moodle would file the
                // questions in its hidden top category.
                boolean untagged = categorised && first.get(i).tags().isEmpty();
                categorised |= !first.get(i).tags().isEmpty();
                Question q = Questions.canonical(first.get(i));
                expected.add(untagged ? Questions.carried(q, List.of(GiftWriter.UNTAGGED)) : q);
            }
            assertEquals(expected, GiftReader.read(exported.text()).questionList(), file);
            assertTrue(
                    exported.notices().stream()
                            .allMatch(n -> n.aboutPack() || n.message().contains("untagged")),
                    notices(exported).toString());
        }
    }

    @Test
    void anUntaggedQuestionAfterATaggedOneIsFiledUnderUntagged() {
        Exported exported = GiftWriter.write(pack(List.of(
                trueFalse("a", "Tagged.", true, List.of("hosts"), null),
                trueFalse("b", "Untagged.", true, List.of(), null))));
        assertTrue(exported.text().contains("$CATEGORY: $course$/top/untagged\n"), exported.text());
        assertEquals(
                "1 question \"b\": it has no tags, but GIFT cannot switch back to no category after a $CATEGORY"
                        + " line: it is filed under \"untagged\" and comes back with that tag",
                notices(exported).get(0));
        assertEquals(
                List.of("untagged"),
                GiftReader.read(exported.text()).questionList().get(1).tags());
    }

    @Test
    void aQuestionThatWouldComeBackDifferentlyIsReported() {
        Exported exported = GiftWriter.write(pack(List.of(
                shortAnswer("blank", "Fill in: _____ is the capital.", "Astana", List.of(), List.of(), null),
                shortAnswer("arrow", "Which notation?", "a->b", List.of(), List.of(), null),
                shortAnswer("spaces", "Padded?", " padded ", List.of(), List.of(), null))));
        assertEquals(
                List.of(
                        "0 question \"blank\": comes back from GIFT as a cloze question",
                        "1 question \"arrow\": does not come back from GIFT: question \"arrow\": a matching question has no"
                                + " quizline type: skipped",
                        "2 question \"spaces\": comes back from GIFT with a different answer"),
                notices(exported));
    }

    @Test
    void aLossManyQuestionsShareIsSaidOnceWithTheirCount() {
        SourceRef source = new SourceRef("a.txt", 0, 40);
        List<Question> questions = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            questions.add(trueFalse("q" + i, "Statement " + i + ".", true, List.of("hosts"), null)
                    .withSource(source));
        }
        questions.add(
                trueFalse("draft", "A draft.", true, List.of("hosts"), null).withStatus("draft"));
        assertEquals(
                List.of(
                        "0 5 questions (\"q1\", \"q2\", \"q3\", …) have a source, which does not travel in GIFT",
                        "5 question \"draft\": its status \"draft\" does not travel in GIFT"),
                notices(GiftWriter.write(pack(questions))));
    }

    @Test
    void theHeaderCommentBringsBackThePacksIdTitleVersionAndAsOf() {
        Pack pack = new Pack(
                null,
                Pack.FORMAT,
                "sco-2024",
                "SCO (version 3) summits",
                7,
                LocalDate.of(2024, 7, 5),
                null,
                List.of(),
                List.of(trueFalse("a", "True.", true, List.of(), null)),
                List.of());
        Exported exported = GiftWriter.write(pack);
        assertEquals(List.of(), notices(exported));
        Imported back = GiftReader.read(exported.text());
        assertEquals(java.util.Optional.of("sco-2024"), back.packId());
        assertEquals(java.util.Optional.of("SCO (version 3) summits"), back.title());
        Pack again = back.toPack(
                back.packId().orElseThrow(),
                back.title().orElseThrow(),
                back.asOf().orElseThrow());
        assertEquals(7, again.version());
        assertEquals(LocalDate.of(2024, 7, 5), again.asOf());
    }

    @Test
    void aCommentThatOnlyLooksLikeTheHeaderGivesNothing() {
        Imported back = GiftReader.read("// Pack \"x\": Title (version 1, as of 2024-02-30), exported by quizline\n\n"
                + "// Pack \"Not An Id\": T (version 1, as of 2024-02-03), exported by quizline\n::a::A.{T}\n");
        assertEquals(java.util.Optional.empty(), back.packId());
        assertEquals(java.util.Optional.empty(), back.asOf());
        assertEquals(1, back.questions().size());
    }

    @Test
    void multiWeightsAreOnesMoodleAccepts() {
        // question_bank::fraction_options_full(): Moodle refuses a file with any other weight.
        List<Double> moodle = List.of(
                1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667,
                0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0);
        Pattern weight = Pattern.compile("~%(-?[0-9.]+)%");
        for (int right = 1; right <= 6; right++) {
            List<String> choices = List.of("a", "b", "c", "d", "e", "f");
            List<Integer> answer = new ArrayList<>();
            for (int k = 0; k < right; k++) {
                answer.add(k);
            }
            Matcher m = weight.matcher(
                    GiftWriter.write(pack(List.of(multi("m", "Which?", choices, answer, List.of(), null))))
                            .text());
            while (m.find()) {
                double fraction =
                        new BigDecimal(m.group(1)).movePointLeft(2).abs().doubleValue();
                assertTrue(moodle.stream().anyMatch(w -> Math.abs(w - fraction) < 1e-5), m.group());
            }
        }
    }

    @Test
    void escapesAsMoodlesRepchar() {
        assertEquals("a\\:b \\= c \\# d \\~ e \\{f\\} \\\\ g\\nh", GiftWriter.escape("a:b = c # d ~ e {f} \\ g\nh\r"));
    }
}
