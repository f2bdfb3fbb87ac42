package quizline.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every string some shape pattern's {@link RequiredText} asks for, each given a number, and a search that finds all of
 * them in a sentence's shape in one pass (Aho and Corasick's automaton, made a full transition table). A sentence is
 * searched once, then each of some 300 patterns asks a few bits instead of searching the sentence for each of its
 * strings, which had become a fifth of extraction's time.
 *
 * <p>Patterns register their strings when their classes load, so the set may grow between two searches: a search
 * says how many strings it looked for ({@link Found#count}), and a shape searched before the set grew is searched
 * again ({@link Shape#requiredStrings}).
 */
final class RequiredStrings {
    private static final Map<String, Integer> IDS = new HashMap<>();
    private static final List<String> STRINGS = new ArrayList<>();
    /** The automaton for every string registered, or null when one was registered since it was built. */
    private static Automaton automaton;

    private static volatile int count;

    private RequiredStrings() {}

    /** The strings found in a text: bit {@code id} is set when the string numbered {@code id} occurs in it. */
    record Found(BitSet present, int count) {}

    /** The number of a string, registering it the first time. The empty string is not one: every text holds it. */
    static synchronized int id(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("the empty string needs no search");
        }
        Integer id = IDS.get(s);
        if (id == null) {
            id = STRINGS.size();
            IDS.put(s, id);
            STRINGS.add(s);
            automaton = null;
            count = STRINGS.size();
        }
        return id;
    }

    /** How many strings are registered now. */
    static int count() {
        return count;
    }

    /** Every registered string the text holds. */
    static Found search(String text) {
        return automaton().search(text);
    }

    private static synchronized Automaton automaton() {
        if (automaton == null) {
            automaton = new Automaton(List.copyOf(STRINGS));
        }
        return automaton;
    }

    /**
     * A trie of the strings whose missing transitions are filled in from the longest suffix that is also a prefix, so
     * each character of a text costs one table lookup. Characters are numbered by the strings' own alphabet; any other
     * character (class 0) leads back to the start.
     */
    private static final class Automaton {
        private final int count;
        private final int[] classOf = new int[Character.MAX_VALUE + 1];
        private final int width;
        private final int[][] next;
        private final int[][] output;

        Automaton(List<String> strings) {
            count = strings.size();
            int classes = 1;
            for (String s : strings) {
                for (int i = 0; i < s.length(); i++) {
                    if (classOf[s.charAt(i)] == 0) {
                        classOf[s.charAt(i)] = classes++;
                    }
                }
            }
            width = classes;
            List<int[]> trie = new ArrayList<>();
            List<List<Integer>> ends = new ArrayList<>();
            trie.add(empty());
            ends.add(new ArrayList<>());
            for (int id = 0; id < strings.size(); id++) {
                String s = strings.get(id);
                int state = 0;
                for (int i = 0; i < s.length(); i++) {
                    int c = classOf[s.charAt(i)];
                    if (trie.get(state)[c] < 0) {
                        trie.get(state)[c] = trie.size();
                        trie.add(empty());
                        ends.add(new ArrayList<>());
                    }
                    state = trie.get(state)[c];
                }
                ends.get(state).add(id);
            }
            // breadth first, so a state's fallback (shallower) is complete before the state itself
            int[] fallback = new int[trie.size()];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            int[] root = trie.get(0);
            for (int c = 0; c < width; c++) {
                if (root[c] < 0) {
                    root[c] = 0;
                } else {
                    fallback[root[c]] = 0;
                    queue.add(root[c]);
                }
            }
            while (!queue.isEmpty()) {
                int state = queue.poll();
                ends.get(state).addAll(ends.get(fallback[state]));
                int[] row = trie.get(state);
                int[] fallbackRow = trie.get(fallback[state]);
                for (int c = 0; c < width; c++) {
                    if (row[c] < 0) {
                        row[c] = fallbackRow[c];
                    } else {
                        fallback[row[c]] = fallbackRow[c];
                        queue.add(row[c]);
                    }
                }
            }
            next = trie.toArray(int[][]::new);
            output = ends.stream()
                    .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }

        private int[] empty() {
            int[] row = new int[width];
            Arrays.fill(row, -1);
            return row;
        }

        Found search(String text) {
            BitSet present = new BitSet(count);
            int state = 0;
            for (int i = 0; i < text.length(); i++) {
                state = next[state][classOf[text.charAt(i)]];
                for (int id : output[state]) {
                    present.set(id);
                }
            }
            return new Found(present, count);
        }
    }
}
