package quizline.pack;

/**
 * A fact of a draft read with less than full confidence: the extractor inferred part of it (an organisation taken
 * from the article rather than the sentence, an item of a long list, a relative date). The review shows the
 * questions on such facts first, marked, so that the author checks them against their sentence.
 *
 * @param fact       the {@code fact} key its questions share
 * @param confidence how far the extractor trusts its reading, below 1
 * @param rule       the extractor's rule that read it ("member.7")
 */
public record Doubt(String fact, double confidence, String rule) {}
