package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizline.formats.Q.cloze;
import static quizline.formats.Q.multi;
import static quizline.formats.Q.shortAnswer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

class MoodleXmlWriterTest {
    private static List<String> notices(Exported exported) {
        return GiftWriterTest.notices(exported);
    }

    @Test
    void writesEveryTypeTheWayMoodleExports() {
        Exported exported = MoodleXmlWriter.write(Fixtures.pack("every-type.json"));
        assertEquals(Fixtures.text("every-type.moodle.xml"), exported.text());
        assertEquals(
                List.of(
                        "-1 Moodle XML has no place for the pack's description and 1 source",
                        "1 question \"host-city\": its source (a.txt, characters 0–40) does not travel in Moodle XML",
                        "4 question \"kyrgyz-president\": its status \"draft\" does not travel in Moodle XML"),
                notices(exported));
    }

    @Test
    void everyTypeComesBackTheSameWithThePacksHeader() {
        Pack pack = Fixtures.pack("every-type.json");
        Imported back = MoodleXmlReader.read(MoodleXmlWriter.write(pack).text());
        assertEquals(List.of(), back.errors());
        assertEquals(List.of(), back.warnings());
        assertEquals(pack.questions().stream().map(GiftWriterTest::carried).toList(), back.questionList());
        assertEquals(Optional.of(pack.id()), back.packId());
        assertEquals(Optional.of(pack.title()), back.title());
        assertEquals(Optional.of(pack.version()), back.version());
        assertEquals(Optional.of(pack.asOf()), back.asOf());
    }

    @Test
    void theBundledPackComesBackWhole() throws IOException {
        Pack pack = PackReader.read(Files.readString(Path.of("questions/sco-summits.json")))
                .pack()
                .orElseThrow();
        Exported exported = MoodleXmlWriter.write(pack);
        assertEquals(pack.questions().size(), exported.questions());
        assertEquals(
                pack.questions().stream().map(GiftWriterTest::carried).toList(),
                MoodleXmlReader.read(exported.text()).questionList());
        assertTrue(
                exported.notices().stream().noneMatch(n -> n.message().contains("comes back")),
                notices(exported).toString());
    }

    @Test
    void markupCharactersAndCdataEndsSurvive() {
        List<Question> questions = List.of(
                shortAnswer("a", "Is 3 < 4 & \"x\" > 'y' ]]> here?", "a]]>b", List.of("<c>"), List.of("x&y"), "1 < 2"),
                cloze("c", "Braces {x} and {{a~b#c}}, {{d\\e|f}g}}.", List.of(), null),
                multi("m", "Which?", List.of("a", "b", "c", "d"), List.of(2, 0), List.of(), null));
        Exported exported = MoodleXmlWriter.write(GiftWriterTest.pack(questions));
        assertTrue(exported.text().contains("<![CDATA[Is 3 < 4 & \"x\" > 'y' ]]]]><![CDATA[> here?]]>"));
        assertTrue(
                exported.text().contains("{1:SHORTANSWER:=a\\~b\\#c}, {1:SHORTANSWER:=d\\\\e~=f\\}g}"),
                exported.text());
        assertEquals(List.of(), notices(exported));
        assertEquals(
                questions.stream().map(GiftWriterTest::carried).toList(),
                MoodleXmlReader.read(exported.text()).questionList());
    }
}
