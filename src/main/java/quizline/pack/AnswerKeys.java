package quizline.pack;

import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprints of a pack's keyed answers ({@link Answers#keyHash}), one per question in the pack's order. A
 * session compares them with every card's (a changed answer resets the card), and a SHA-256 per question costs
 * seconds for a bank of a hundred thousand in a fresh JVM: so they are worked out once per pack file and kept in the
 * {@link PackCache} beside the pack; a pack read otherwise works them out when first asked.
 */
public final class AnswerKeys {
    /**
     * The revision of what {@link Answers#keyHash} computes: kept fingerprints of another revision are not used (a
     * change to the fingerprint must change this, so the cache is not trusted over the code).
     */
    static final int REVISION = 1;

    private final Pack pack;
    private final List<Question> questions;
    private long[] digests;
    private String ofPack;

    private AnswerKeys(Pack pack, long[] digests, String ofPack) {
        this.pack = pack;
        this.questions = pack.questions();
        this.digests = digests;
        this.ofPack = ofPack;
    }

    /** The pack's fingerprints, worked out when first asked for. */
    static AnswerKeys of(Pack pack) {
        return new AnswerKeys(pack, null, null);
    }

    /**
     * The pack's fingerprints as kept; {@code digests} must be the pack's, in its order, and {@code ofPack} what
     * {@link #ofPack} gives for them.
     */
    static AnswerKeys kept(Pack pack, long[] digests, String ofPack) {
        if (digests.length != pack.questions().size()) {
            throw new IllegalArgumentException(
                    digests.length + " fingerprints for " + pack.questions().size() + " questions");
        }
        return new AnswerKeys(pack, digests, ofPack);
    }

    /** The fingerprint of the answer of the pack's question at {@code index}, as {@link Answers#keyHash} gives it. */
    public String hash(int index) {
        return HexFormat.of().toHexDigits(digests()[index]);
    }

    /**
     * Whether {@code hash} is the fingerprint of the answer at {@code index}, as {@code hash(index).equals(hash)} says,
     * without making the fingerprint's text: a start compares one per card with progress.
     */
    public boolean is(int index, String hash) {
        if (hash.length() != 16) {
            return false;
        }
        long digest = digests()[index];
        for (int i = 0; i < 16; i++) {
            char c = hash.charAt(i);
            int nibble = (int) (digest >>> (60 - 4 * i)) & 0xf;
            if (c != (nibble < 10 ? '0' + nibble : 'a' + nibble - 10)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The fingerprint of the whole pack's answers: a SHA-256, in hex, of each question's id and the fingerprint of its
     * answer, in the pack's order. Two versions of a pack with the same one key the same answer to each question id, so
     * a profile whose every card agreed with one version's answers agrees with the other's. A bank of a hundred
     * thousand questions takes a tenth of a second of a fresh JVM for it: the cache keeps it beside the pack.
     */
    public synchronized String ofPack() {
        if (ofPack == null) {
            long[] all = digests();
            java.security.MessageDigest sha;
            try {
                sha = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
            java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(1 << 16);
            block.putInt(REVISION).putInt(all.length);
            for (int i = 0; i < all.length; i++) {
                byte[] id = pack.questionId(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (block.remaining() < id.length + Integer.BYTES + Long.BYTES) {
                    sha.update(block.flip());
                    block.clear();
                }
                if (block.remaining() < id.length + Integer.BYTES + Long.BYTES) {
                    // An id longer than the block: written through on its own
                    sha.update(java.nio.ByteBuffer.allocate(Integer.BYTES)
                            .putInt(id.length)
                            .flip());
                    sha.update(id);
                    block.putLong(all[i]);
                } else {
                    block.putInt(id.length).put(id).putLong(all[i]);
                }
            }
            sha.update(block.flip());
            ofPack = HexFormat.of().formatHex(sha.digest());
        }
        return ofPack;
    }

    /** Every fingerprint, in the pack's order, as the cache keeps them. */
    synchronized long[] digests() {
        if (digests == null) {
            long[] computed = new long[questions.size()];
            for (int i = 0; i < computed.length; i++) {
                computed[i] = Answers.keyDigest(questions.get(i));
            }
            digests = computed;
        }
        return digests;
    }
}
