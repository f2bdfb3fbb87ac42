package quizline.session;

import java.time.Instant;
import quizline.pack.Checked;
import quizline.schedule.Preview;
import quizline.schedule.Rating;

/**
 * A judged answer waiting for its grade: the suggestion (wrong → Again, typo → Hard,
 * right → Good) and what each grade would do to the card. Cram outcomes have no preview.
 */
public record Outcome(
        StudyItem item, Checked checked, Instant at, long durationMillis, Rating suggested, Preview preview) {
    public boolean graded() {
        return preview != null;
    }
}
