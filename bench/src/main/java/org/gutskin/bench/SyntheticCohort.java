package org.gutskin.bench;

import java.util.SplittableRandom;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.ValueKind;

/**
 * A seeded synthetic count cohort for the kernel benchmarks, shaped like shotgun species profiles: a taxonomy of
 * 1,500 species (2 kingdoms, 12 phyla … 400 genera), per-sample richness log-normal around 110 species (the
 * range of MetaPhlAn species per gut sample), species drawn by a Zipf-like prevalence, log-normal abundances and
 * multinomial-like read counts (so there are singletons for Chao1). The cross-check script's Python generator
 * follows the same recipe.
 */
public final class SyntheticCohort {

    private SyntheticCohort() {}

    public static AbundanceTable counts(int samples, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int species = 1500;
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        int[] genus = new int[species];
        for (int s = 0; s < species; s++) {
            int g = s < 400 ? s : rng.nextInt(400);
            genus[s] = g;
            int f = g % 120, o = f % 60, c = o % 30, p = c % 12, k = p < 11 ? 0 : 1;
            b.taxon(Lineage.of(k == 0 ? "Bacteria" : "Archaea", "P" + p, "C" + c, "O" + o, "F" + f, "G" + g,
                    "G" + g + "_sp" + s));
        }
        double[] weight = new double[species];
        for (int s = 0; s < species; s++) weight[s] = 1.0 / Math.pow(s + 1, 0.9);
        boolean[] taken = new boolean[species];
        int[] chosen = new int[species];
        double[] ab = new double[species];
        double total = 0;
        for (double w : weight) total += w;
        for (int i = 0; i < samples; i++) {
            b.sample("S" + i, null);
            int richness = (int) Math.max(5, Math.min(600, Math.round(110 * Math.exp(0.5 * gaussian(rng)))));
            int n = 0;
            while (n < richness) {
                double u = rng.nextDouble() * total, acc = 0;
                int s = 0;
                while (s < species - 1 && (acc += weight[s]) < u) s++;
                if (!taken[s]) {
                    taken[s] = true;
                    chosen[n++] = s;
                }
            }
            double sum = 0;
            for (int k = 0; k < n; k++) sum += ab[k] = Math.exp(2 * gaussian(rng));
            double depth = 50_000 * Math.exp(0.5 * gaussian(rng));
            java.util.Arrays.sort(chosen, 0, n);
            for (int k = 0; k < n; k++) {
                taken[chosen[k]] = false;
                double mean = depth * ab[k] / sum;
                long c = poisson(rng, mean);
                if (c > 0) b.add(chosen[k], c);
            }
        }
        return b.build();
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static long poisson(SplittableRandom r, double mean) {
        if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(r)));
        double l = Math.exp(-mean), p = 1;
        long k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
