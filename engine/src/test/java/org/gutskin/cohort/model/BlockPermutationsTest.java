package org.gutskin.cohort.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.gutskin.cohort.Permutations;
import org.junit.jupiter.api.Test;

/**
 * Permutations restricted to blocks (vegan's {@code how(blocks = …)}): every permutation is a bijection that
 * never moves a sample out of its block, a block of one sample stays put, blocks do get shuffled, and the free
 * case is the labels' permutation of the identity.
 */
class BlockPermutationsTest {

    @Test
    void permutationsStayWithinBlocks() {
        // 28 family pairs, then 5 singletons, interleaved in sample order as in a real metadata table
        int n = 61;
        int[] strata = new int[n];
        for (int i = 0; i < 56; i++) strata[i] = (i * 5) % 28; // each block id twice (i and i + 28), scattered
        for (int i = 56; i < n; i++) strata[i] = 100 + i;
        int moved = 0;
        int[] swapped = new int[28];
        for (int k = 0; k < 1000; k++) {
            int[] p = Permutations.permutedIndices(n, strata, 42L, k);
            assertThat(Arrays.stream(p).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0, n).toArray());
            for (int i = 0; i < n; i++) {
                assertThat(strata[p[i]]).as("permutation %d position %d", k, i).isEqualTo(strata[i]);
                if (p[i] != i) moved++;
            }
            for (int i = 56; i < n; i++) assertThat(p[i]).isEqualTo(i);
            for (int i = 0; i < 56; i++) if (p[i] != i) swapped[strata[i]]++;
        }
        assertThat(moved).isPositive();
        // each pair is swapped in about half the permutations (2 positions × ~500): all far from 0 and from 2000
        assertThat(Arrays.stream(swapped).boxed().toList()).allMatch(c -> c > 700 && c < 1300);
        // the same k gives the same permutation (any machine, any order)
        assertThat(Permutations.permutedIndices(n, strata, 42L, 17)).isEqualTo(Permutations.permutedIndices(n, strata, 42L, 17));
    }

    @Test
    void freePermutationsAreTheLabelPermutationsOfTheIdentity() {
        int[] identity = java.util.stream.IntStream.range(0, 30).toArray();
        for (int k = 0; k < 20; k++)
            assertThat(Permutations.permutedIndices(30, null, 9L, k)).isEqualTo(Permutations.permuted(identity, 9L, k));
    }
}
