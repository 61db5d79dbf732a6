package org.gutskin.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a seeded synthetic cohort (a MetaPhlAn-style merged species table in percent, and metadata with groups
 * A and B, B with 10 species shifted up), as {@code bench/cohort_synth.py} does at scale: each sample holds
 * 20–60 of 300 species.
 */
public final class SyntheticCohort {

    private SyntheticCohort() {}

    /** Writes {@code profiles.tsv} and {@code metadata.tsv} into {@code dir}. */
    public static void write(Path dir, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int pool = 300;
        double[][] x = new double[pool][n];
        String[] group = new String[n];
        for (int i = 0; i < n; i++) {
            group[i] = r.nextBoolean() ? "A" : "B";
            int k = 20 + r.nextInt(41);
            double sum = 0;
            for (int t = 0; t < k; t++) {
                int sp = (int) (pool * Math.pow(r.nextDouble(), 2)); // common species more often
                double v = Math.exp(2 * r.nextGaussian());
                if (group[i].equals("B") && sp < 10) v *= 3;
                x[sp][i] += v;
                sum += v;
            }
            for (int t = 0; t < pool; t++) x[t][i] = x[t][i] / sum * 100;
        }
        StringBuilder p = new StringBuilder("clade_name");
        for (int i = 0; i < n; i++) p.append("\tS").append(i);
        p.append('\n');
        for (int t = 0; t < pool; t++) {
            p.append("k__Bacteria|p__P").append(t % 7).append("|c__C").append(t % 13).append("|o__O").append(t % 29)
                    .append("|f__F").append(t % 53).append("|g__G").append(t % 120).append("|s__Species_").append(t);
            for (int i = 0; i < n; i++) p.append('\t').append(x[t][i] == 0 ? "0" : Double.toString(x[t][i]));
            p.append('\n');
        }
        StringBuilder m = new StringBuilder("sample_id\tgroup\n");
        for (int i = 0; i < n; i++) m.append('S').append(i).append('\t').append(group[i]).append('\n');
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("profiles.tsv"), p);
            Files.writeString(dir.resolve("metadata.tsv"), m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
