package quizline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quizline.env.Env;
import quizline.fit.LoggedReview;
import quizline.fit.TrainingSet;
import quizline.formats.RevlogCsv;
import quizline.formats.RevlogFormatException;
import quizline.io.InputFile;
import quizline.io.UserError;
import quizline.schedule.FsrsParameters;
import quizline.schedule.Steps;
import quizline.session.ProfileSettings;
import quizline.store.CardKey;
import quizline.store.RevlogExport;
import quizline.store.SqlProgressStore;

/**
 * The review log the {@code fsrs} commands fit and judge: a CSV file in the layout {@code export
 * --revlog} writes, or the profile's own scheduled reviews (cram answers left out), with the
 * profile's settings for the day start and the weights in use.
 */
final class FsrsLog {
    private static final int REVIEW = 2;
    private static final int FILTERED = 4;
    private static final int MANUAL = 5;
    final List<LoggedReview> reviews;
    final String source;
    final ProfileSettings settings;
    final ZoneId zone;

    private FsrsLog(List<LoggedReview> reviews, String source, ProfileSettings settings, ZoneId zone) {
        this.reviews = reviews;
        this.source = source;
        this.settings = settings;
        this.zone = zone;
    }

    /** Reads {@code file}, or the profile's log when it is null; {@code timezone} overrides the clock's zone. */
    static FsrsLog read(Path file, ProfileOptions profile, Env env, String timezone) {
        ZoneId zone;
        try {
            zone = timezone == null ? env.clock().getZone() : ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw UserError.usage("--timezone: not a time zone: \"" + timezone + "\" (e.g. Europe/Paris, UTC, +02:00)");
        }
        try (SqlProgressStore store = profile.openForReadingOrEmpty(env)) {
            ProfileSettings settings = ProfileSettings.of(store.settings());
            if (file != null) {
                return new FsrsLog(csv(file), file.toString(), settings, zone);
            }
            return new FsrsLog(reviewsOf(store), "the profile's log", settings, zone);
        }
    }

    /** The profile's scheduled reviews, cram answers left out. */
    static List<LoggedReview> reviewsOf(SqlProgressStore store) {
        List<LoggedReview> reviews = new ArrayList<>();
        // One name per card, shared by its reviews: a million reviews of 100,000 cards hold 100,000 names
        Map<CardKey, String> names = new HashMap<>();
        RevlogExport.eachScheduled(
                store,
                false,
                (key, id, reviewedAt, rating, state) -> reviews.add(new LoggedReview(
                        names.computeIfAbsent(key, FsrsLog::name), Instant.ofEpochMilli(reviewedAt), rating, state)));
        return reviews;
    }

    /** What {@link #eachCard} hands on: a card's name and its scheduled reviews in order. */
    interface CardLog {
        void accept(String cardId, List<LoggedReview> reviews);
    }

    /** The profile's scheduled reviews card after card, keeping one card's at a time. */
    static void eachCard(SqlProgressStore store, CardLog each) {
        List<LoggedReview> card = new ArrayList<>();
        CardKey[] current = {null};
        RevlogExport.eachScheduled(store, true, (key, id, reviewedAt, rating, state) -> {
            if (!key.equals(current[0])) {
                if (current[0] != null) {
                    each.accept(card.get(0).cardId(), List.copyOf(card));
                }
                card.clear();
                current[0] = key;
            }
            String name = card.isEmpty() ? name(key) : card.get(0).cardId();
            card.add(new LoggedReview(name, Instant.ofEpochMilli(reviewedAt), rating, state));
        });
        if (current[0] != null) {
            each.accept(card.get(0).cardId(), List.copyOf(card));
        }
    }

    /** A card's id in a training set: its pack and question. */
    static String name(CardKey key) {
        return key.packId() + "/" + key.questionId();
    }

    private static List<LoggedReview> csv(Path file) {
        try (Reader reader = new BufferedReader(
                new InputStreamReader(InputFile.open(file, InputFile.TEXT_CAP), StandardCharsets.UTF_8.newDecoder()))) {
            // A manual entry (a due date set by hand, a reset) is no answer; a filtered-deck review counts as one.
            return RevlogCsv.read(reader, file.toString()).stream()
                    .filter(row -> row.state() != MANUAL)
                    .map(row ->
                            new LoggedReview(row.cardId(), row.reviewTime(), row.rating(), LoggedReview.UNKNOWN_STATE))
                    .toList();
        } catch (RevlogFormatException e) {
            throw new UserError(e.getMessage());
        } catch (InputFile.Refused e) {
            throw new UserError(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": cannot read: no such file");
        } catch (CharacterCodingException e) {
            throw new UserError(file + ": cannot read: not UTF-8 text");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage());
        }
    }

    TrainingSet trainingSet() {
        return TrainingSet.of(reviews, LocalTime.parse(settings.value("day-starts-at")), zone);
    }

    int relearningSteps() {
        return Steps.parse(settings.value("relearning-steps")).size();
    }

    /** The weights the profile schedules with. */
    FsrsParameters profileWeights() {
        String text = settings.value("fsrs-params");
        return text.isBlank() ? FsrsParameters.defaults() : FsrsParameters.parse(text);
    }
}
