package quizline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks of a profile's review log written independently of the store, for the tests of concurrent sessions: each
 * card's reviews must form one chain, and no card may be introduced as new twice.
 */
public final class ReviewChain {
    private ReviewChain() {}

    /** Scheduled reviews, in commit order, whose card before is not what the card's previous review left. */
    public static int staleReviews(Connection db) throws Exception {
        Map<String, String> last = new HashMap<>();
        int stale = 0;
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT pack_id || '/' || question_id, card_before, card_after FROM review WHERE kind = 'review' ORDER BY id")) {
            while (r.next()) {
                String previous = last.put(r.getString(1), r.getString(3));
                if (previous != null && !previous.equals(r.getString(2))) {
                    stale++;
                }
            }
        }
        return stale;
    }

    /** Cards with more than one scheduled review that started from the new state. */
    public static int doublyNew(Connection db) throws Exception {
        return count(db, """
                SELECT COUNT(*) FROM (SELECT 1 FROM review WHERE kind = 'review' AND state_before = 'new'
                  GROUP BY pack_id, question_id HAVING COUNT(*) > 1) AS doubly""");
    }

    /** The one number a query gives. */
    public static int count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new AssertionError("no row: " + sql);
            }
            return r.getInt(1);
        }
    }
}
