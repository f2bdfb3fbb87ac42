package quizline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.Pack;
import quizline.pack.PackCache;
import quizline.pack.PackJson;
import quizline.pack.PackLibrary;
import quizline.pack.Question;
import quizline.pack.SourceRef;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.store.CardKey;
import quizline.store.ProgressStore;

/**
 * A study's start reads less than every card and every question: the card rows through {@link
 * ProgressStore.StudyCards} (each card looked up once, the states of the cards in play alone), and the packs from the
 * cache, each question decoded only when asked for. Over seeded profiles, the queue made that way must be the queue made
 * from every card's state and every question read from its file: the same counts on the dashboard, the same questions
 * in the same order, the same "left" line after each answer, the same resets of changed answers. The profiles hold
 * cards of a pack not loaded, cards of questions no longer in a pack, cards set aside (suspended or buried: not among
 * the items asked), cards answered today (their siblings wait), learning and review cards due today and later, and
 * answers that changed since they were learned.
 */
class StartFromStudyCardsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final FileTime SETTLED = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

    @TempDir
    Path home;

    /** A pack of questions written from shared facts and sentences, so some are siblings of others. */
    private static Pack pack(String id, int questions, Random random) {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            String fact = random.nextInt(3) == 0 ? id + "-fact-" + random.nextInt(questions / 3 + 1) : null;
            int sentence = random.nextInt(questions / 2 + 1);
            SourceRef source = random.nextInt(4) == 0
                    ? null
                    : new SourceRef("a.txt", sentence * 10, sentence * 10 + 8 + random.nextInt(2));
            qs.add(new Question.TrueFalse(
                    id + "-q" + i,
                    "Statement " + i + " of " + id,
                    random.nextBoolean(),
                    List.of(random.nextBoolean() ? "even" : "odd"),
                    null,
                    source,
                    null,
                    null,
                    fact));
        }
        return new Pack(
                null,
                1,
                id,
                "Pack " + id,
                1,
                LocalDate.of(2026, 1, 1),
                null,
                List.of(new quizline.pack.Source("a.txt", null, null, null)),
                qs,
                List.of());
    }

    private static Card card(Random random, Instant dayStart, Instant dayEnd) {
        if (random.nextInt(40) == 0) {
            // A row of a card that has not started (an import can write one): new, due at once
            return new Card(CardState.NEW, 0, 0, 0, 0, null, dayStart.minus(Duration.ofDays(2)), 0, 0, 0, 1);
        }
        CardState state = switch (random.nextInt(6)) {
            case 0 -> CardState.LEARNING;
            case 1 -> CardState.RELEARNING;
            default -> CardState.REVIEW;
        };
        // Due: overdue, today before the day's end, or on a later day
        Instant due = switch (random.nextInt(3)) {
            case 0 -> dayStart.minus(Duration.ofHours(1 + random.nextInt(24 * 30)));
            case 1 -> dayStart.plus(Duration.ofMinutes(random.nextInt(24 * 60)));
            default -> dayEnd.plus(Duration.ofHours(1 + random.nextInt(24 * 30)));
        };
        // Last answered: today (its siblings wait) for one card in five, else days before
        Instant last = random.nextInt(5) == 0
                ? dayStart.plus(Duration.ofMinutes(random.nextInt(120)))
                : dayStart.minus(Duration.ofDays(1 + random.nextInt(40)));
        int step = state == CardState.REVIEW ? 0 : 1;
        return new Card(state, step, 5, 5, 0, last, due, 1 + random.nextInt(5), random.nextInt(3), 5, 1);
    }

    /** The packs as a start reads them: written to files, loaded once, then again from the cache. */
    private List<PackLibrary.Loaded> fromTheCache(List<Pack> packs, String name) throws IOException {
        Path folder = Files.createDirectories(home.resolve(name));
        List<Path> files = new ArrayList<>();
        for (Pack pack : packs) {
            Path file = Files.writeString(folder.resolve(pack.id() + ".json"), PackJson.write(pack));
            Files.setLastModifiedTime(file, SETTLED);
            files.add(file);
        }
        PackCache cache = PackCache.in(home.resolve(name + "-cache"));
        PackLibrary.load(home.resolve("data"), files, cache);
        PackLibrary library = PackLibrary.load(home.resolve("data"), files, cache);
        return library.packs().stream().filter(l -> !l.bundled()).toList();
    }

    @Test
    void theQueueFromTheCardsInPlayAndTheCachedPacksIsTheQueueFromEverything() throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            StudyRules rules = new StudyRules(
                    random.nextInt(4) == 0 ? 0 : 5 + random.nextInt(20),
                    random.nextInt(5) == 0 ? 3 : 20 + random.nextInt(200),
                    StudyRules.DEFAULTS.dayStartsAt(),
                    StudyRules.DEFAULTS.learnAhead(),
                    StudyRules.DEFAULTS.leechLapses(),
                    random.nextBoolean(),
                    random.nextBoolean());
            Instant dayStart = rules.dayStart(NOW, ZONE);
            Instant dayEnd = rules.dayEnd(NOW, ZONE);
            List<Pack> loaded = List.of(pack("a", 30 + random.nextInt(40), random), pack("b", 20, random));
            Pack notLoaded = pack("c", 15, random);

            // Every card with a row: of the loaded packs, of a pack not loaded, of questions no longer in a pack
            Map<CardKey, Card> states = new LinkedHashMap<>();
            Map<CardKey, String> hashes = new HashMap<>();
            List<Pack> all = List.of(loaded.get(0), loaded.get(1), notLoaded);
            for (Pack pack : all) {
                for (Question q : pack.questions()) {
                    if (random.nextInt(10) < 7) {
                        CardKey key = new CardKey(pack.id(), q.id());
                        states.put(key, card(random, dayStart, dayEnd));
                        hashes.put(key, quizline.pack.Answers.keyHash(q));
                    }
                }
            }
            for (int i = 0; i < 5; i++) {
                CardKey gone = new CardKey("a", "removed-" + i);
                states.put(gone, card(random, dayStart, dayEnd));
                hashes.put(gone, "0123456789abcdef");
            }
            // Answers learned with another key: their cards start again
            List<CardKey> keys = new ArrayList<>(hashes.keySet());
            for (int i = 0; i < 4; i++) {
                hashes.put(keys.get(random.nextInt(keys.size())), "fedcba9876543210");
            }

            List<PackLibrary.Loaded> read = fromTheCache(loaded, "packs-" + seed);
            List<PackLibrary.Loaded> decoded = loaded.stream()
                    .map(p -> new PackLibrary.Loaded(p, p.id(), null))
                    .toList();
            String tag = random.nextInt(4) == 0 ? "even" : null;
            List<StudyItem> everything = StudyQueue.select(
                    read.stream().map(PackLibrary.Loaded::pack).toList(), null, tag);
            // Set aside (suspended or buried): not among the items asked
            Set<CardKey> setAside = new HashSet<>();
            for (StudyItem item : everything) {
                if (random.nextInt(12) == 0) {
                    setAside.add(item.key());
                }
            }

            // The start as it reads now: the rows of the cards in play whole, the question ids of the others started,
            // each pack's answer hashes when asked for, the cached packs
            Map<CardKey, ProgressStore.StudyCard> rows = new HashMap<>();
            Map<String, Set<String>> started = new HashMap<>();
            states.forEach((key, card) -> {
                boolean inPlay = card.due().isBefore(dayEnd)
                        || card.lastReview() != null && !card.lastReview().isBefore(dayStart);
                if (inPlay) {
                    rows.put(key, new ProgressStore.StudyCard(hashes.get(key), card.state() != CardState.NEW, card));
                } else if (card.state() != CardState.NEW) {
                    started.computeIfAbsent(key.packId(), p -> new HashSet<>()).add(key.questionId());
                }
            });
            ProgressStore.StudyCards cards = new ProgressStore.StudyCards(
                    rows,
                    started,
                    packId -> {
                        Map<String, String> ofPack = new HashMap<>();
                        hashes.forEach((key, hash) -> {
                            if (key.packId().equals(packId)) {
                                ofPack.put(key.questionId(), hash);
                            }
                        });
                        return ofPack;
                    },
                    Map.of());
            RecordingStore resets = new RecordingStore();
            List<String> notices = AnswerChanges.resetChanged(resets, read, cards);
            List<StudyItem> items =
                    everything.stream().filter(i -> !setAside.contains(i.key())).toList();

            // The start as it read before: every state, every question decoded
            Map<CardKey, Card> allStates = new HashMap<>(states);
            Map<CardKey, String> allHashes = new HashMap<>(hashes);
            RecordingStore resetsBefore = new RecordingStore();
            List<String> noticesBefore = new ArrayList<>();
            for (PackLibrary.Loaded l : decoded) {
                for (Question q : l.pack().questions()) {
                    CardKey key = new CardKey(l.pack().id(), q.id());
                    String learned = allHashes.get(key);
                    if (learned != null && !learned.equals(quizline.pack.Answers.keyHash(q))) {
                        resetsBefore.reset(key);
                        allStates.remove(key);
                        noticesBefore.add("Notice: the answer to " + key
                                + " changed in the pack, so its progress starts again (its history is kept).");
                    }
                }
            }
            List<StudyItem> itemsBefore =
                    StudyQueue.select(
                                    decoded.stream()
                                            .map(PackLibrary.Loaded::pack)
                                            .toList(),
                                    null,
                                    tag)
                            .stream()
                            .filter(i -> !setAside.contains(i.key()))
                            .toList();

            assertEquals(noticesBefore, notices, "seed " + seed);
            assertEquals(resetsBefore.resets, resets.resets, "seed " + seed);
            assertTrue(items.size() > 0, "seed " + seed);
            ProgressStore.DayCounts used = new ProgressStore.DayCounts(random.nextInt(3), random.nextInt(10));
            ProgressStore.Today today = new ProgressStore.Today(dayStart, Set.of("a", "b"));
            int cap = 1 + random.nextInt(60);
            StudyQueue now = new StudyQueue(items, cards, rules, used, today, dayEnd, cap);
            StudyQueue before = new StudyQueue(itemsBefore, allStates, rules, used, today, dayEnd, cap);
            assertEquals(before.dueToday(), now.dueToday(), "seed " + seed);
            assertEquals(before.newAvailable(), now.newAvailable(), "seed " + seed);
            assertEquals(sessionOf(before), sessionOf(now), "seed " + seed);
        }
    }

    /**
     * What a student sees through a session on the queue: each question asked (its key, its prompt and what its
     * siblings share), the "left" line and any note of asking early, each answered the same way in both.
     */
    private static List<String> sessionOf(StudyQueue queue) {
        List<String> seen = new ArrayList<>();
        Random grades = new Random(7);
        Instant at = NOW;
        for (int i = 0; i < 200; i++) {
            Optional<StudyItem> next = queue.next(at);
            seen.add("left " + queue.left(at) + " early " + queue.early());
            if (next.isEmpty()) {
                break;
            }
            StudyItem item = next.get();
            Question q = item.question();
            seen.add(item.key() + " " + q.prompt() + " " + q.fact() + " " + q.source() + " " + q.tags());
            Card before = queue.card(item.key());
            Card after = grades.nextInt(3) == 0
                    ? new Card(CardState.LEARNING, 1, 1, 5, 0, at, at.plus(Duration.ofMinutes(10)), 1, 1, 0, 1)
                    : new Card(CardState.REVIEW, 0, 5, 5, 0, at, at.plus(Duration.ofDays(3)), 2, 0, 3, 1);
            queue.answered(item.key(), before, after, Verdict.RIGHT);
            at = at.plus(Duration.ofMinutes(2));
        }
        return seen;
    }
}
