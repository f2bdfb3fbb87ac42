package quizline.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files the study commands read as packs: drafts and review sidecars are not among them. */
class PackLibraryTest {
    @TempDir
    Path home;

    private static String pack(String id, String status, boolean openConflict) {
        String statusField = status == null ? "" : ", \"status\": \"" + status + "\"";
        String conflicts = openConflict
                ? ", \"conflicts\": [{\"id\": \"c\", \"about\": \"the year\", \"values\": [{\"value\": \"2001\", \"source\": {\"article\": \"a.txt\", "
                        + "\"start\": 0, \"end\": 9}}, {\"value\": \"2002\", \"source\": {\"article\": \"a.txt\", \"start\": 10, "
                        + "\"end\": 19}}], \"questions\": [\"q1\"]}]"
                : "";
        return "{\"format\": 1, \"id\": \"" + id + "\", \"title\": \"T\", \"version\": 1, \"asOf\": \"2026-01-01\", "
                + "\"sources\": [{\"article\": \"a.txt\"}], \"questions\": [{\"id\": \"q1\", \"type\": \"numeric\", \"prompt\": \"Which year?\", "
                + "\"answer\": 2001" + statusField + "}]" + conflicts + "}";
    }

    /** The library with the data folder in {@code home} and {@code more} as QUIZLINE_PACKS would name them. */
    private PackLibrary load(Path... more) {
        return PackLibrary.load(home.resolve("data/quizline"), List.of(more));
    }

    private List<String> ids(PackLibrary library) {
        return library.packList().stream()
                .map(p -> p.id())
                .filter(id -> !id.equals("sco-summits"))
                .toList();
    }

    @Test
    void aDraftIsNotLoadedAndSaysToReviewItFirst() throws IOException {
        for (String status : new String[] {"draft", "draft-conflict"}) {
            Path draft = Files.writeString(home.resolve(status + ".json"), pack("club", status, false));
            PackLibrary library = load(draft);
            assertEquals(List.of(), ids(library));
            assertEquals(
                    List.of(draft + ": a draft (1 question not reviewed yet), not studied: review it first "
                            + "(quizline review " + draft + ")"),
                    library.warnings());
            assertEquals(
                    List.of("club"),
                    library.drafts().stream().map(l -> l.pack().id()).toList());
        }
    }

    @Test
    void aPackWithAnOpenConflictIsADraftToo() throws IOException {
        Path draft = Files.writeString(home.resolve("open.json"), pack("club", null, true));
        PackLibrary library = load(draft);
        assertEquals(List.of(), ids(library));
        assertEquals(
                List.of(draft + ": a draft (1 conflict not settled), not studied: review it first "
                        + "(quizline review " + draft + ")"),
                library.warnings());
    }

    @Test
    void aDraftInThePacksFolderNeverShadowsThePublishedPackOfTheSameId() throws IOException {
        Path folder = Files.createDirectories(home.resolve("data/quizline/packs"));
        // Sorted by name the draft comes first: it used to win and the published pack was skipped.
        Path draft = Files.writeString(folder.resolve("a-club-draft.json"), pack("club", "draft", false));
        Path published = Files.writeString(folder.resolve("b-club.json"), pack("club", null, false));
        PackLibrary library = load();
        assertEquals(List.of("club"), ids(library));
        assertEquals(
                published.toString(),
                library.packs().stream()
                        .filter(l -> l.pack().id().equals("club"))
                        .findFirst()
                        .orElseThrow()
                        .origin());
        assertEquals(1, library.warnings().size(), library.warnings().toString());
        assertTrue(
                library.warnings().get(0).startsWith(draft + ": a draft"),
                library.warnings().toString());
    }

    @Test
    void reviewSidecarsInThePacksFolderAreNotReadAsPacks() throws IOException {
        Path folder = Files.createDirectories(home.resolve("data/quizline/packs"));
        Files.writeString(folder.resolve("club.json"), pack("club", null, false));
        Files.writeString(folder.resolve("club-draft.review.json"), "{\n  \"format\" : 1,\n  \"questions\" : { }\n}\n");
        PackLibrary library = load();
        assertEquals(List.of("club"), ids(library));
        assertEquals(List.of(), library.warnings());
    }

    @Test
    void aReviewFileNamedExplicitlyIsSkippedWithOneLine() throws IOException {
        Path review = Files.writeString(home.resolve("club-draft.review.json"), "{\"format\": 1}");
        PackLibrary library = load(review);
        assertEquals(List.of(), ids(library));
        assertEquals(
                List.of(review + ": skipped: a review file (the decisions on a draft), not a pack"),
                library.warnings());
    }

    @Test
    void aPackPublishedToTheClassJoinsThoseHereAndTheHigherVersionWins() throws IOException {
        Path packs = Files.createDirectories(home.resolve("data/quizline/packs"));
        String v1 = pack("mini", null, false);
        String v2 = v1.replace("\"version\": 1", "\"version\": 2");
        Files.writeString(packs.resolve("mini.json"), v1);
        Files.writeString(
                packs.resolve("local.json"), pack("local", null, false).replace("\"version\": 1", "\"version\": 3"));

        PackLibrary library = load();
        library.addPublished("published to the class", v2);
        library.addPublished("published to the class", pack("local", null, false));
        library.addPublished("published to the class", pack("other", null, false));
        assertEquals(List.of("local", "mini", "other"), ids(library), "replaced in its place, a new id added");
        PackLibrary.Loaded mini = library.pack("mini").orElseThrow();
        assertEquals(2, mini.pack().version());
        assertEquals("published to the class", mini.origin());
        assertTrue(!mini.bundled() && mini.folder() == null, "published: neither bundled nor a file");
        assertEquals(3, library.pack("local").orElseThrow().pack().version());
        assertEquals(
                List.of("published to the class: skipped: pack \"local\" v1 is older than the v3 loaded from "
                        + packs.resolve("local.json")),
                library.warnings());

        PackLibrary same = load();
        same.addPublished("published to the class", v1);
        assertEquals(
                packs.resolve("mini.json").toString(),
                same.pack("mini").orElseThrow().origin());
        assertEquals(List.of(), same.warnings(), "the same version here is kept, without a word");
    }

    @Test
    void aPublishedPackThatDoesNotReadIsSkippedWithOneLine() {
        PackLibrary library = load();
        library.addPublished("published to the class", "{\"format\": 1");
        library.addPublished("published to the class", pack("draft", "draft", false));
        assertEquals(List.of(), ids(library));
        assertEquals(2, library.warnings().size(), library.warnings().toString());
        assertTrue(
                library.warnings().get(0).startsWith("published to the class: skipped: "),
                library.warnings().toString());
    }
}
