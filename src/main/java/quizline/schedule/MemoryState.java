package quizline.schedule;

/**
 * What a memory model knows of one card after its reviews: stability (days for recall to fall to
 * 90 %) and difficulty (1 to 10).
 */
public record MemoryState(double stability, double difficulty) {}
