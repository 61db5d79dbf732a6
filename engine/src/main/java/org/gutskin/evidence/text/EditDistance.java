package org.gutskin.evidence.text;

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of one substring): insertions,
 * deletions, substitutions and adjacent transpositions each cost 1, so "psoraisis" is 1 from "psoriasis" and
 * "Lactobacilus" 1 from "Lactobacillus". Used to read misspelt organism and condition names on labels and alarm words in questions.
 */
public final class EditDistance {

    private EditDistance() {}

    public static int of(String a, String b) {
        int n = a.length(), m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        return d[n][m];
    }

    /** The typo budget for a word of this length: none below 5 letters, 1 up to 7, 2 from 8. */
    public static int budget(int length) {
        return length < 5 ? 0 : length < 8 ? 1 : 2;
    }

    /** True when {@code word} is within the typo budget of {@code target} (both compared as given). */
    public static boolean close(String word, String target) {
        if (word.equals(target)) return true;
        int b = budget(target.length());
        return b > 0 && Math.abs(word.length() - target.length()) <= b && of(word, target) <= b;
    }
}
