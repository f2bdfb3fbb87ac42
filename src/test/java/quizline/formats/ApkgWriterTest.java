package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizline.formats.Q.cloze;
import static quizline.formats.Q.shortAnswer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

class ApkgWriterTest {
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    @TempDir
    Path dir;

    private AnkiPackage.Collection written(Pack pack, Instant now) throws IOException {
        Path file = dir.resolve("p" + now.toEpochMilli() + ".apkg");
        Files.write(file, ApkgWriter.write(pack, now).bytes());
        return AnkiPackage.read(file);
    }

    @Test
    void everyTypeComesBackAsItWentOutButForClozeAliasesAndTagSpaces() throws IOException {
        Pack pack = Fixtures.pack("every-type.json");
        ExportedZip written = ApkgWriter.write(pack, NOW);
        assertEquals(14, written.questions());
        assertTrue(
                written.notices().stream().noneMatch(n -> n.message().contains("comes back")),
                written.notices().toString());
        AnkiPackage.Collection collection = written(pack, NOW);
        ApkgReader.Read back = ApkgReader.read(collection);
        assertEquals(List.of(), back.imported().errors());
        assertEquals(Optional.of("every-type"), back.imported().packId());
        assertEquals(Optional.of(pack.title()), back.imported().title());
        List<String> ids = pack.questions().stream().map(Question::id).toList();
        assertEquals(
                ids, back.imported().questionList().stream().map(Question::id).toList());
        // One note and one card a question, whatever its number of blanks.
        assertEquals(14, collection.notes().size());
        assertEquals(14, collection.cards().size());
        assertTrue(collection.notes().stream()
                .allMatch(n -> n.guid()
                        .equals("every-type/" + ids.get(collection.notes().indexOf(n)))));
    }

    @Test
    void theBundledPackComesBackWholeButForItsClozeAliases() throws IOException {
        Pack pack = PackReader.read(Files.readString(Path.of("questions/sco-summits.json")))
                .pack()
                .orElseThrow();
        ExportedZip written = ApkgWriter.write(pack, NOW);
        assertEquals(102, written.questions());
        assertTrue(
                written.notices().stream().noneMatch(n -> n.message().contains("comes back")),
                written.notices().toString());
    }

    @Test
    void aClozeOfTwoBlanksIsOneCardAskingBoth() throws IOException {
        Pack pack = GiftWriterTest.pack(
                List.of(cloze("c", "{{Astana}} is the capital of {{Kazakhstan}}.", List.of(), null)));
        AnkiPackage.Collection collection = written(pack, NOW);
        assertEquals(
                "{{c1::Astana}} is the capital of {{c1::Kazakhstan}}.\u001f",
                String.join("\u001f", collection.notes().get(0).fields()));
        assertEquals(1, collection.cards().size());
        assertEquals(
                pack.questions().get(0),
                ApkgReader.read(collection).imported().questionList().get(0));
    }

    @Test
    void guidsNoteTypesAndTheDeckStayTheSameFromOneExportToTheNext() throws IOException {
        Pack pack = GiftWriterTest.pack(
                List.of(shortAnswer("a", "Tab\there,  two spaces & <b>?", "x", List.of(), List.of(), null)));
        AnkiPackage.Collection first = written(pack, NOW);
        AnkiPackage.Collection later = written(pack, NOW.plusSeconds(86_400));
        assertEquals(first.notes().get(0).guid(), later.notes().get(0).guid());
        assertEquals("p/a", later.notes().get(0).guid());
        assertEquals(first.models().keySet(), later.models().keySet());
        assertEquals(first.cards().get(0).deckId(), later.cards().get(0).deckId());
        assertEquals("P", first.decks().get(first.cards().get(0).deckId()));
        assertEquals(pack.questions(), ApkgReader.read(later).imported().questionList());
    }
}
