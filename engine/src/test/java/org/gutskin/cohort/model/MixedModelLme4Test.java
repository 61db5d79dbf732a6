package org.gutskin.cohort.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.gutskin.cohort.CohortDesign;
import org.gutskin.cohort.SampleScoring;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SampleMetadata;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.testkit.Peer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --random} against R: lme4 {@code lmer} (REML) with lmerTest's Satterthwaite t-tests, on MaAsLin2's own
 * HMP2 example (1595 samples of 131 subjects at 5 sites, 1576 with every covariate; {@code
 * src/test/resources/…/model/hmp2}, see its README)
 * with the model of MaAsLin2's README: fixed {@code diagnosis + dysbiosisnonIBD + dysbiosisUC + dysbiosisCD +
 * antibiotics + age}, reference diagnosis CD, not standardised, random {@code (1 | subject) + (1 | site)}; and with
 * {@code (1 | subject)} alone (the one-grouping optimiser). The responses R fits are the ones gutskin fits —
 * MaAsLin2's TSS + LOG of each kept taxon (that transform is pinned against statsmodels in
 * {@link TaxonModelsStatsmodelsTest}), and Shannon and richness for the alpha models — written out by this test
 * and read by {@code lmer_satterthwaite.R}. Pinned to 1e-6 with subject alone, 5e-6 with subject and site (see
 * {@link #subjectAndSiteEqualLmerTest}): estimate (relative to max(|β̂|, SE)), standard
 * error and σ̂ (relative), t (relative to max(|t|, 1)), p and the BH q-values over all rows (absolute); p also ten
 * times that relative, and Satterthwaite's df ten times that relative (lmerTest's Hessian is numerical, gutskin's exact). lme4 is run to the
 * REML optimum: its optimisers stop where the criterion (≈ 10⁴) no longer changes in its last digits, which leaves
 * θ̂ uncertain in the sixth digit, so the peer script finishes with Newton steps on lme4's own deviance function
 * (numDeriv derivatives) — at lme4's default stopping point numDeriv's gradient was 10⁻⁵, at gutskin's θ̂
 * (exact-gradient Newton steps) 10⁻⁸. Skipped when Rscript, lme4 or lmerTest is missing.
 */
@Peer
class MixedModelLme4Test {

    static final String FIXED = "diagnosis + dysbiosisnonIBD + dysbiosisUC + dysbiosisCD + antibiotics + age";
    static final List<String> META = List.of("subject", "site", "diagnosis", "dysbiosisnonIBD", "dysbiosisUC",
            "dysbiosisCD", "antibiotics", "age");

    @BeforeAll
    static void needsLme4() throws Exception {
        boolean ok;
        try {
            Process p = new ProcessBuilder("Rscript", "-e", "suppressPackageStartupMessages({library(lme4); library(lmerTest)})")
                    .redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            ok = p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        }
        assumeTrue(ok, "Rscript with lme4 and lmerTest is needed for the peer (Debian: r-cran-lme4 r-cran-lmertest)");
    }

    @TempDir
    Path dir;

    /** MaAsLin2's HMP2 files, the metadata decompressed (the profile reader takes gzip as it is). */
    static Path[] hmp2(Path dir) throws IOException {
        Path meta = dir.resolve("HMP2_metadata.tsv"), tax = dir.resolve("HMP2_taxonomy.tsv.gz");
        try (InputStream in = new GZIPInputStream(MixedModelLme4Test.class.getResourceAsStream("hmp2/HMP2_metadata.tsv.gz"))) {
            Files.copy(in, meta);
        }
        try (InputStream in = MixedModelLme4Test.class.getResourceAsStream("hmp2/HMP2_taxonomy.tsv.gz")) {
            Files.copy(in, tax);
        }
        return new Path[] {tax, meta};
    }

    /**
     * With site (5 levels) the REML criterion is flat along θ_site: numDeriv's gradient of lme4's deviance has a
     * noise floor near 1e-6 there, so the peer's θ_site is known to about 3e-7 (its Newton steps go back and forth
     * by that much), and a covariate varying mostly between sites (age) moves its estimate by up to 1.3e-6 of its
     * SE. Pinned to 5e-6 here; 1e-6 with subject alone, where both sides agree to 1e-8.
     */
    @Test
    void subjectAndSiteEqualLmerTest() throws Exception {
        compare(List.of("subject", "site"), "(1 | subject) + (1 | site)", 5e-6);
    }

    @Test
    void subjectAloneEqualsLmerTest() throws Exception {
        compare(List.of("subject"), "(1 | subject)", 1e-6);
    }

    private void compare(List<String> random, String rRandom, double tolerance) throws Exception {
        Path[] files = hmp2(dir);
        SampleMetadata md = SampleMetadata.read(files[1]);
        AbundanceTable full = ProfileFiles.read(files[0], (Format) null).abundance();
        CohortDesign cd = CohortDesign.of(full.atRank(Rank.SPECIES), md, "diagnosis");
        AbundanceTable relative = cd.table().normalized(1.0, cd.table().kind());
        DesignBuilder.Result built = DesignBuilder.build(md, relative.sampleIds(), Formula.parse(FIXED), null, random,
                MissingValues.DROP, Map.of("diagnosis", "CD"), false);
        ModelDesign design = built.design();
        AbundanceTable table = relative.select(built.kept());
        assertThat(design.size()).isEqualTo(1576); // 19 samples have NA for age and the dysbiosis columns (R drops them too)

        long t0 = System.nanoTime();
        TaxonModels tm = TaxonModels.prepare(table, design, TaxonModels.DEFAULT_MIN_PREVALENCE, "lmm");
        List<CoefficientEstimate> taxa = tm.fitAll();
        Map<String, double[]> scores = new LinkedHashMap<>(SampleScoring.compute(table, full.select(
                table.sampleIds().stream().mapToInt(full::indexOfSample).toArray()), List.of("shannon", "observed")).values());
        List<CoefficientEstimate> alpha = AlphaModels.fit(scores, design, "lmm");
        System.out.printf("gutskin: %d taxa and %d alpha metrics fitted with %s in %.1f s%n", tm.taxonCount(), scores.size(),
                random, (System.nanoTime() - t0) / 1e9);

        Map<String, double[]> responses = new LinkedHashMap<>();
        for (int j = 0; j < tm.taxonCount(); j++) responses.put(tm.taxon(j), tm.response(j));
        Map<String, String[]> taxaPeer = peer(md, design, responses, rRandom, "taxa");
        Map<String, String[]> alphaPeer = peer(md, design, scores, rRandom, "alpha");
        assertEqual(taxa, taxaPeer, random, tolerance);
        assertEqual(alpha, alphaPeer, random, tolerance);
    }

    /**
     * Both optimisers stop where the REML criterion (≈ 10⁴) stops changing in its last digits, so θ̂ agrees to about
     * 1e-7 relative and so do the quantities that scale with it. An estimate near zero is then compared on the scale
     * of its standard error (its error is a fraction of the SE, not of itself), t on the scale max(|t|, 1).
     */
    private static void assertEqual(List<CoefficientEstimate> ours, Map<String, String[]> peer, List<String> random, double tol) {
        assertThat(ours).hasSize(peer.size());
        double[] worst = new double[6];
        double relP = 0;
        for (CoefficientEstimate c : ours) {
            String[] r = peer.get(c.response() + "\t" + c.column());
            assertThat(r).as(c.response() + " " + c.column() + " in the peer").isNotNull();
            String what = c.response() + " " + c.column() + " " + random;
            double se = num(r[3]);
            worst[0] = Math.max(worst[0], close(c.estimate(), num(r[2]), Math.max(Math.abs(num(r[2])), se), tol, what + " estimate"));
            worst[1] = Math.max(worst[1], close(c.standardError(), se, se, tol, what + " SE"));
            // lmerTest differentiates numerically (numDeriv's Richardson extrapolation), gutskin exactly: the df,
            // which rests on the Hessian alone, agree to 1e-5 (the p-values they give, to 1e-6)
            worst[2] = Math.max(worst[2], close(c.degreesOfFreedom(), num(r[4]), 10 * num(r[4]), tol, what + " df") * 10);
            worst[3] = Math.max(worst[3], close(c.statistic(), num(r[5]), Math.max(1, Math.abs(num(r[5]))), tol, what + " t"));
            // p to 1e-6 absolute and 1e-5 relative: with few df (a covariate varying mostly between the 5 sites) p
            // moves with the df, and so with lmerTest's numerical Hessian
            worst[4] = Math.max(worst[4], close(c.pValue(), num(r[6]), 1, tol, what + " p"));
            worst[5] = Math.max(worst[5], close(c.qValue(), num(r[10]), 1, tol, what + " q"));
            relP = Math.max(relP, close(c.pValue(), num(r[6]), 10 * Math.max(1e-7, num(r[6])), tol, what + " p, relative") * 10);
            close(c.residualSd(), num(r[7]), num(r[7]), tol, what + " sigma");
            assertThat(c.model()).isEqualTo("lmm");
        }
        System.out.printf(java.util.Locale.ROOT, "%s, %d rows, largest scaled differences from lmerTest: estimate %.1e, SE %.1e, "
                + "df %.1e, t %.1e, p %.1e (relative %.1e), q %.1e%n", random, ours.size(), worst[0], worst[1], worst[2], worst[3],
                worst[4], relP, worst[5]);
    }

    /** Asserts |ours − peer| ≤ tol · scale and returns |ours − peer| / scale. */
    private static double close(double ours, double peer, double scale, double tol, String what) {
        assertThat(ours).as(what).isCloseTo(peer, within(tol * scale));
        return Math.abs(ours - peer) / scale;
    }

    private static double num(String s) {
        return s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    /** Writes the metadata and responses, runs the R script; response \t column → its row. */
    private Map<String, String[]> peer(SampleMetadata md, ModelDesign design, Map<String, double[]> responses,
            String rRandom, String what) throws Exception {
        Path data = dir.resolve(what + ".tsv"), out = dir.resolve(what + "_lmer.tsv"), script = dir.resolve("lmer_satterthwaite.R");
        if (!Files.exists(script))
            try (InputStream in = getClass().getResourceAsStream("lmer_satterthwaite.R")) {
                Files.copy(in, script);
            }
        StringBuilder sb = new StringBuilder("sample_id");
        for (String c : META) sb.append('\t').append(c);
        for (String r : responses.keySet()) sb.append('\t').append(r);
        sb.append('\n');
        List<Integer> cols = new ArrayList<>();
        for (String c : META) cols.add(md.column(c));
        for (int i = 0; i < design.size(); i++) {
            String id = design.sampleIds().get(i);
            sb.append(id);
            for (int c : cols) sb.append('\t').append(md.value(id, c).orElse("NA"));
            for (double[] v : responses.values()) sb.append('\t').append(Double.isFinite(v[i]) ? Double.toString(v[i]) : "NA");
            sb.append('\n');
        }
        Files.writeString(data, sb);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("Rscript", script.toString(), data.toString(), String.valueOf(2 + META.size()),
                FIXED, rRandom, "diagnosis", "CD", out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        System.out.printf("lmerTest peer (%s, %s; %.1f s wall): %s", what, rRandom, (System.nanoTime() - t0) / 1e9, log);
        Map<String, String[]> rows = new HashMap<>();
        for (String line : Files.readAllLines(out).subList(1, Files.readAllLines(out).size())) {
            String[] f = line.split("\t", -1);
            rows.put(f[0] + "\t" + f[1], f);
        }
        return rows;
    }
}
