package quizline.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Phrases as token sequences, found by longest match at a position in a token list. */
final class TokenTrie<V> {
    private final Node<V> root = new Node<>();
    private final UnaryOperator<String> normalise;

    TokenTrie(UnaryOperator<String> normalise) {
        this.normalise = normalise;
    }

    /** Adds a phrase; when it is already present, the value given first stays. */
    void put(String phrase, V value) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (Token token : tokens) {
            node = node.next.computeIfAbsent(normalise.apply(token.key()), k -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
        }
    }

    /** The longest phrase starting at {@code from}, or null. */
    Match<V> longest(List<Token> tokens, int from, int to) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = from; i < to; i++) {
            node = node.next.get(normalise.apply(tokens.get(i).key()));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(node.value, from, i + 1);
            }
        }
        return best;
    }

    record Match<V>(V value, int from, int to) {}

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
    }
}
