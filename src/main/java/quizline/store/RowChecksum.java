package quizline.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The checksum kept in each {@code review} and {@code card} row (schema step 3): a CRC32C of the row's own fields, so
 * a byte changed inside a row (a flipped bit SQLite's checks cannot see, since the row is still well-formed) is told
 * apart from a row quizline wrote. A row written before step 3 has none (NULL): nothing is known about it.
 *
 * <p>Which fields, and why:
 *
 * <ul>
 *   <li>a review row: every column but {@code id} and the checksum itself. The card it is of ({@code pack_id},
 *       {@code question_id}); the history stats, export and the optimizer read ({@code reviewed_at}, {@code kind},
 *       {@code rating}, {@code answer}, {@code correctness}, {@code duration_ms}); {@code answer_hash}, which tells a
 *       card reset by an answer change; and the states ({@code state_before}, {@code state_after}, {@code
 *       card_before}, {@code card_after}) that doctor follows as a chain and rebuilds the card table from. The id is
 *       left out: SQLite gives it on insert, and it is the key of the table's B-tree and of both its indexes, whose
 *       agreement the integrity check verifies; without it a row's checksum does not depend on where it is stored,
 *       so an imported row gets the one it had.
 *   <li>a card row: all its columns ({@code pack_id}, {@code question_id}, {@code state}, {@code due}, {@code card},
 *       {@code answer_hash}): the state a session schedules from and what doctor compares with the log.
 * </ul>
 *
 * <p>The canonical encoding, fed to the CRC: the table's name, then each field in column order; a text as one byte
 * (0 for NULL, 1 otherwise), its length in UTF-8 bytes (4 bytes, big-endian) and those bytes; a whole number as 8
 * bytes, big-endian. A row is checked from the bytes SQLite holds (no decoding, so the check is cheap and a byte
 * that is no longer UTF-8 still counts). The checksum is stored as a whole number from 0 to 2<sup>32</sup> - 1. CRC32C finds every
 * change that lies within 32 consecutive bits (so any one changed byte, or a digit turned into another), and all but
 * about one in four billion of the others; it guards against a failing disk, not against someone editing the file on
 * purpose.
 */
final class RowChecksum {
    private RowChecksum() {}

    /** A review row's checksum, as it is written. */
    static long review(ReviewRow r) {
        return review(
                utf8(r.packId()),
                utf8(r.questionId()),
                r.reviewedAt(),
                utf8(r.kind()),
                r.rating(),
                utf8(r.answer()),
                utf8(r.correctness()),
                r.durationMillis(),
                utf8(r.answerHash()),
                utf8(r.stateBefore()),
                utf8(r.stateAfter()),
                utf8(r.cardBefore()),
                utf8(r.cardAfter()));
    }

    /**
     * A review row's checksum from its columns as stored: each text as its bytes (SQLite keeps the UTF-8 that Java's
     * encoder gave it, so these are the bytes the checksum was computed from when the row was written), or null.
     */
    static long review(
            byte[] packId,
            byte[] questionId,
            long reviewedAt,
            byte[] kind,
            long rating,
            byte[] answer,
            byte[] correctness,
            long durationMillis,
            byte[] answerHash,
            byte[] stateBefore,
            byte[] stateAfter,
            byte[] cardBefore,
            byte[] cardAfter) {
        return new Crc("review")
                .text(packId)
                .text(questionId)
                .number(reviewedAt)
                .text(kind)
                .number(rating)
                .text(answer)
                .text(correctness)
                .number(durationMillis)
                .text(answerHash)
                .text(stateBefore)
                .text(stateAfter)
                .text(cardBefore)
                .text(cardAfter)
                .value();
    }

    /** A card row's checksum, as it is written. */
    static long card(CardRow r) {
        return card(
                utf8(r.key().packId()),
                utf8(r.key().questionId()),
                utf8(r.state()),
                r.due(),
                utf8(r.card()),
                utf8(r.answerHash()));
    }

    /** A card row's checksum from its columns as stored, each text as its bytes. */
    static long card(byte[] packId, byte[] questionId, byte[] state, long due, byte[] card, byte[] answerHash) {
        return new Crc("card")
                .text(packId)
                .text(questionId)
                .text(state)
                .number(due)
                .text(card)
                .text(answerHash)
                .value();
    }

    /** A logged reset: its card, when, and the review row it followed. */
    static long reset(byte[] packId, byte[] questionId, long resetAt, long afterReview) {
        return new Crc("card_reset")
                .text(packId)
                .text(questionId)
                .number(resetAt)
                .number(afterReview)
                .value();
    }

    static long reset(CardKey key, long resetAt, long afterReview) {
        return reset(utf8(key.packId()), utf8(key.questionId()), resetAt, afterReview);
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static final class Crc {
        private final CRC32C crc = new CRC32C();
        private final ByteBuffer eight = ByteBuffer.allocate(8);

        Crc(String table) {
            text(utf8(table));
        }

        Crc text(byte[] bytes) {
            if (bytes == null) {
                crc.update(0);
                return this;
            }
            crc.update(1);
            eight.clear();
            eight.putInt(bytes.length);
            crc.update(eight.array(), 0, 4);
            crc.update(bytes);
            return this;
        }

        Crc number(long n) {
            eight.clear();
            eight.putLong(n);
            crc.update(eight.array(), 0, 8);
            return this;
        }

        long value() {
            return crc.getValue();
        }
    }
}
