package quizline.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import quizline.schedule.Card;
import quizline.store.CardKey;
import quizline.store.ProgressStore;

/**
 * A store that records what a start asks of it when it resets cards and keeps the answer check's finding, and is
 * asked nothing else: the tests of the changed-answer check and of the start from study cards share it.
 */
final class RecordingStore implements ProgressStore {
    final List<CardKey> resets = new ArrayList<>();
    final List<String> agreed = new ArrayList<>();
    Map<String, String> answersFrom;

    @Override
    public void reset(CardKey key) {
        resets.add(key);
    }

    @Override
    public void answersAgreed(String packId, String answers, long writes) {
        agreed.add(packId + " " + answers + " " + writes);
    }

    @Override
    public void answersFrom(Map<String, String> packAnswers) {
        answersFrom = packAnswers;
    }

    @Override
    public Map<CardKey, CardProgress> cards() {
        throw new UnsupportedOperationException();
    }

    @Override
    public StudyCards studyCards(Instant dayStart, Instant dayEnd) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<CardKey, Due> dues() {
        throw new UnsupportedOperationException();
    }

    @Override
    public DayCounts counts(Today today) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Recorded record(
            CardKey key, Today today, java.util.function.Function<Card, quizline.store.ReviewRecord> grading) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void undo(quizline.store.ReviewRecord review) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean forget(CardKey key, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<quizline.store.ReviewRecord> history(CardKey key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<CardKey, Suspension> suspended() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void suspend(Suspension suspension) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean unsuspend(CardKey key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<CardKey, Instant> burials(Instant now) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void bury(CardKey key, Instant until) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void unbury(CardKey key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void flag(Flag flag) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Flag> flags() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int unflag(CardKey key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, String> settings() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putSetting(String key, String value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
}
