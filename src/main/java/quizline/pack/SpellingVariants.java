package quizline.pack;

/**
 * Word-level spelling comparison for folded (lower-case, unaccented) words: a romanisation key that merges the
 * common English, French and local spellings of Russian, Central Asian and Persian names, and an edit distance
 * that weighs the mistakes that change a name more heavily than the ones that do not.
 */
final class SpellingVariants {
    private static final String VOWELS = "aeiouy";

    private SpellingVariants() {}

    /**
     * Maps a folded word to a key shared by its usual romanisations. Each rule merges spellings of one and the same
     * sound, which is why none of them can turn one real name into another:
     * <ul>
     *   <li>dzh, dj, zh → j: Russian Ж/ДЖ is zh/dzh in English-style systems, j or dj in Kyrgyz, Kazakh and French
     *       ones (Zhaparov, Dzhaparov, Djaparov, Japarov).
     *   <li>kh → h, except at the start of a word: Х/خ is kh or h inside names (Rakhmon/Rahmon,
     *       Kazakhstan/Kazahstan), while an initial kh usually separates names (Khan is not Han).
     *   <li>gh → g: Г and غ written gh in older systems (Kirghizia, Baghdad/Bagdad).
     *   <li>ye → e, then y → i: Е is ye or e (Tokayev/Tokaev, Aliyev/Aliev), Й and Ы are y, i, iy or ii
     *       (Pezeshkiyan, Zelenskyy/Zelenskiy, Kyrgyz/Kirgiz).
     *   <li>the Arabic article ال is al or el (al-Sisi/el-Sisi, Al-Thani/El-Thani): the word "el" is "al".
     *   <li>doubled letters collapse: transliterations disagree about doubling (Gaddafi/Gadafi, Hassan/Hasan) and so
     *       do typists (Philippines).
     * </ul>
     */
    static String romanisationKey(String word) {
        if (word.isEmpty()) {
            return word;
        }
        if (word.equals("el")) {
            return "al";
        }
        String key = word.replace("dzh", "j").replace("dj", "j").replace("zh", "j");
        key = key.charAt(0) + key.substring(1).replace("kh", "h");
        key = key.replace("gh", "g").replace("ye", "e").replace('y', 'i');
        return collapseDoubledLetters(key);
    }

    /**
     * Optimal-string-alignment distance (Damerau–Levenshtein without re-editing a transposed pair), where inserting,
     * deleting or swapping two adjacent letters costs 1, replacing a vowel by a vowel costs 1 and any other
     * replacement costs 2. Vowels are what romanisations and typists disagree on (Lukashenko/Lukashenka,
     * Shehbaz/Shahbaz); swapping a consonant is how different names are made (Iceland/Ireland, Obama/Osama).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            char x = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                char y = b.charAt(j - 1);
                int best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1);
                best = Math.min(best, d[i - 1][j - 1] + substitutionCost(x, y));
                if (i > 1 && j > 1 && x != y && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    private static int substitutionCost(char x, char y) {
        if (x == y) {
            return 0;
        }
        return isVowel(x) && isVowel(y) ? 1 : 2;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static String collapseDoubledLetters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i == 0 || c != word.charAt(i - 1)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
