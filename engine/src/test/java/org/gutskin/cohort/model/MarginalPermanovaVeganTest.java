package org.gutskin.cohort.model;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Peer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gutskin.cohort.Permutations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Marginal PERMANOVA against R vegan 2.6's {@code adonis2(d ~ Disease + Sex + BMI, by = "margin")} on the real
 * psoriasis cohort (Bray–Curtis of species relative abundances), vegan run in the set-up by
 * {@code src/test/resources/org/gutskin/cohort/model/adonis2_margin.R} on the distances and metadata this test
 * writes. Pinned: Df, sums of squares, R² and pseudo-F to 1e-9 relative; p-values exactly when vegan's own
 * permutation matrix is replayed (same scheme), and within Monte-Carlo error with gutskin's seeded permutations
 * (|p − p_vegan| ≤ 4·√(p(1−p)/999) + 2/1000). Skipped when Rscript or vegan is missing.
 */
@Peer
@RequiresShared
class MarginalPermanovaVeganTest {

    @BeforeAll
    static void needsVegan() throws Exception {
        boolean ok;
        try {
            Process p = new ProcessBuilder("Rscript", "-e", "suppressPackageStartupMessages(library(vegan))")
                    .redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            ok = p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        }
        assumeTrue(ok, "Rscript with the vegan package is needed for the peer (Debian: r-cran-vegan)");
    }

    /** vegan's table rows (term, Df, SS, R2, F, p) and its permutations (0-based). */
    record Peer(List<String[]> rows, int[][] permutations, String printed) {
        String[] row(String term) {
            return rows.stream().filter(r -> r[0].equals(term)).findFirst().orElseThrow();
        }
    }

    static Peer vegan(PsoriasisCohort c, boolean blocks, Path dir) throws Exception {
        Path dist = dir.resolve("dist.tsv"), meta = dir.resolve("meta.tsv"), table = dir.resolve("table.tsv"),
                perms = dir.resolve("perms.tsv"), script = dir.resolve("adonis2_margin.R");
        c.write(dist, meta);
        try (InputStream in = MarginalPermanovaVeganTest.class.getResourceAsStream("adonis2_margin.R")) {
            Files.copy(in, script);
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("Rscript", script.toString(), dist.toString(), meta.toString(), blocks ? "1" : "0",
                table.toString(), perms.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        System.out.printf("vegan peer (Rscript, %.1f s wall):%n%s%n", (System.nanoTime() - t0) / 1e9, out);
        System.out.println(Files.readString(table));
        List<String[]> rows = Files.readAllLines(table).stream().skip(1).map(l -> l.split("\t")).toList();
        int[][] pm = Files.readAllLines(perms).stream()
                .map(l -> java.util.Arrays.stream(l.split("\t")).mapToInt(Integer::parseInt).toArray()).toArray(int[][]::new);
        return new Peer(rows, pm, out);
    }

    static double num(String s) {
        return s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    static void assertStatisticsEqual(MarginalPermanovaTable ours, Peer peer) {
        List<MarginalPermanovaRow> all = new java.util.ArrayList<>(ours.terms());
        all.add(ours.residual());
        all.add(ours.total());
        for (MarginalPermanovaRow r : all) {
            String[] v = peer.row(r.term());
            assertThat(r.df()).as(r.term() + " Df").isEqualTo(Integer.parseInt(v[1]));
            assertThat(r.sumOfSquares()).as(r.term() + " SS").isCloseTo(num(v[2]), within(1e-9 * num(v[2])));
            assertThat(r.r2()).as(r.term() + " R2").isCloseTo(num(v[3]), within(1e-9 * num(v[3])));
            if (!Double.isNaN(num(v[4])))
                assertThat(r.pseudoF()).as(r.term() + " F").isCloseTo(num(v[4]), within(1e-9 * num(v[4])));
            else assertThat(r.pseudoF()).isNaN();
        }
    }

    static void assertPValues(MarginalPermanovaTable replay, MarginalPermanovaTable seeded, Peer peer) {
        for (int t = 0; t < seeded.terms().size(); t++) {
            MarginalPermanovaRow r = seeded.terms().get(t);
            double pv = num(peer.row(r.term())[5]);
            // vegan's own permutations replayed: the same null, the same count
            assertThat(replay.terms().get(t).pValue()).as(r.term() + " p, vegan's permutations").isCloseTo(pv, within(1e-12));
            double tol = 4 * Math.sqrt(pv * (1 - pv) / 999) + 2.0 / 1000;
            assertThat(r.pValue()).as(r.term() + " p, seeded permutations").isCloseTo(pv, within(tol));
            assertThat(r.permutations()).isEqualTo(999);
        }
    }

    static void print(String what, MarginalPermanovaTable t) {
        System.out.println("gutskin " + what + ":\n          Df  SumOfSqs        R2         F  Pr(>F)");
        List<MarginalPermanovaRow> all = new java.util.ArrayList<>(t.terms());
        all.add(t.residual());
        all.add(t.total());
        for (MarginalPermanovaRow r : all)
            System.out.printf(java.util.Locale.ROOT, "%-9s %3d %9.5f %9.5f %9.4f %7.3f%n", r.term(), r.df(), r.sumOfSquares(),
                    r.r2(), r.pseudoF(), r.pValue());
    }

    @Test
    void wholeCohortEqualsVegan(@TempDir Path dir) throws Exception {
        PsoriasisCohort c = PsoriasisCohort.load(r -> true, false);
        assertThat(c.design.size()).isEqualTo(131); // 143 − 12 without BMI (the 2 without Sex among them)
        Peer peer = vegan(c, false, dir);
        MarginalPermanovaTable seeded = MarginalPermanova.test(c.distances, c.design, 999, Permutations.DEFAULT_SEED);
        MarginalPermanovaTable replay = MarginalPermanova.test(c.distances, c.design, peer.permutations());
        print("Disease + Sex + BMI, 999 seeded permutations", seeded);
        assertStatisticsEqual(seeded, peer);
        assertPValues(replay, seeded, peer);
    }

    @Test
    void trainPairsWithinFamilyBlocksEqualVegan(@TempDir Path dir) throws Exception {
        PsoriasisCohort c = PsoriasisCohort.load(r -> r.get("Dataset").equals("Train"), true);
        // 56 Train samples in 28 family pairs; 5 lack BMI, so 23 pairs and 5 singleton blocks (which stay put)
        assertThat(c.design.size()).isEqualTo(51);
        assertThat(java.util.Arrays.stream(c.design.strata()).distinct().count()).isEqualTo(28);
        Peer peer = vegan(c, true, dir);
        // vegan's permutations are within blocks too (a check on the peer set-up itself)
        for (int[] perm : peer.permutations())
            for (int i = 0; i < perm.length; i++) assertThat(c.design.strata()[perm[i]]).isEqualTo(c.design.strata()[i]);
        MarginalPermanovaTable seeded = MarginalPermanova.test(c.distances, c.design, 999, Permutations.DEFAULT_SEED);
        MarginalPermanovaTable replay = MarginalPermanova.test(c.distances, c.design, peer.permutations());
        print("Train pairs, blocks = Family, 999 seeded permutations", seeded);
        assertStatisticsEqual(seeded, peer);
        assertPValues(replay, seeded, peer);
    }
}
