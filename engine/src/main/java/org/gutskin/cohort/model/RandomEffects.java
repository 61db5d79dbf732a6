package org.gutskin.cohort.model;

import java.io.Serializable;
import java.util.List;

/**
 * The random intercepts of a mixed model ({@code --random subject,site}): per grouping column, its name and the
 * level of each sample ({@code levels[k][i]} in 0..{@code levelCounts[k]}−1, numbered in order of first
 * appearance). Crossed or nested groupings alike: each column is its own variance component, as lme4's
 * {@code (1 | subject) + (1 | site)}.
 */
public record RandomEffects(List<String> names, int[][] levels, int[] levelCounts) implements Serializable {

    public RandomEffects {
        names = List.copyOf(names);
        if (names.size() != levels.length || levels.length != levelCounts.length)
            throw new IllegalArgumentException("one level vector and count per grouping");
        if (names.isEmpty()) throw new IllegalArgumentException("at least one grouping");
    }

    public int terms() {
        return names.size();
    }

    /** The groupings restricted to {@code rows}, levels renumbered (a level without samples is dropped, as R drops unused factor levels). */
    public RandomEffects select(int[] rows) {
        int[][] out = new int[levels.length][rows.length];
        int[] counts = new int[levels.length];
        for (int k = 0; k < levels.length; k++) {
            int[] code = new int[levelCounts[k]];
            java.util.Arrays.fill(code, -1);
            for (int i = 0; i < rows.length; i++) {
                int l = levels[k][rows[i]];
                if (code[l] < 0) code[l] = counts[k]++;
                out[k][i] = code[l];
            }
        }
        return new RandomEffects(names, out, counts);
    }
}
