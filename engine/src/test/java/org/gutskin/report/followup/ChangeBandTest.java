package org.gutskin.report.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.gutskin.diversity.alpha.AlphaDiversity;
import org.gutskin.diversity.alpha.AlphaMetrics;
import org.gutskin.diversity.beta.BrayCurtis;
import org.gutskin.evidence.kb.ChangeBands;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.profile.format.ReadOptions;
import org.gutskin.io.InputLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The band of day-to-day variation in {@code change-bands.yaml} is what its recipe gives: the stored numbers were
 * printed by the peer script {@code change_band.py} (scikit-bio alpha diversity, SciPy Bray–Curtis, NumPy's linear
 * quantile) on MaAsLin2's HMP2 example; here the engine's own alpha metrics and Bray–Curtis recompute them from the
 * same files with the same pairing rule, and the quantile by its textbook definition (NumPy's default, type 7:
 * sorted x, h = (n − 1)q, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])). Agreement to the six decimals stored.
 */
class ChangeBandTest {

    @TempDir
    static Path dir;

    private static Map<String, List<Double>> changes;
    private static int subjects, samples;

    @BeforeAll
    static void recompute() throws Exception {
        Path tax = dir.resolve("HMP2_taxonomy.tsv.gz");
        try (InputStream in = ChangeBandTest.class.getResourceAsStream("/org/gutskin/cohort/model/hmp2/HMP2_taxonomy.tsv.gz")) {
            Files.copy(in, tax);
        }
        Profile p = ProfileFiles.read(tax, new ReadOptions(null, true, null, InputLimits.CLI));
        AbundanceTable species = p.relative().atRank(Rank.SPECIES);
        List<String> metrics = AlphaMetrics.defaults(false, false);
        double[][] alpha = AlphaDiversity.compute(species, metrics.stream()
                .map(n -> AlphaMetrics.create(n, Math.E, null)).toList());

        // the pairing rule of change_band.py, written out again here
        Map<String, List<String[]>> bySubject = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                ChangeBandTest.class.getResourceAsStream("/org/gutskin/cohort/model/hmp2/HMP2_metadata.tsv.gz")),
                StandardCharsets.UTF_8))) {
            List<String> head = Arrays.asList(r.readLine().split("\t"));
            int id = head.indexOf("ID"), dx = head.indexOf("diagnosis"), subj = head.indexOf("subject"),
                    abx = head.indexOf("antibiotics"), visit = head.indexOf("collection");
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split("\t");
                if (c[dx].equals("nonIBD") && !c[abx].equals("Yes"))
                    bySubject.computeIfAbsent(c[subj], k -> new ArrayList<>()).add(new String[] {c[id], c[visit]});
            }
        }
        changes = new LinkedHashMap<>();
        for (List<String[]> rows : bySubject.values()) {
            Map<String, Integer> visits = new HashMap<>();
            for (String[] x : rows) visits.merge(x[1], 1, Integer::sum);
            List<String[]> kept = new ArrayList<>(rows.stream().filter(x -> visits.get(x[1]) == 1).toList());
            if (kept.size() < 2) continue;
            kept.sort((a, b) -> Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1])));
            subjects++;
            samples += kept.size();
            for (int k = 1; k < kept.size(); k++) {
                int a = species.indexOfSample(kept.get(k - 1)[0]), b = species.indexOfSample(kept.get(k)[0]);
                assertThat(a).as(kept.get(k - 1)[0]).isNotNegative();
                assertThat(b).as(kept.get(k)[0]).isNotNegative();
                for (int m = 0; m < metrics.size(); m++) {
                    double x = alpha[a][m], y = alpha[b][m];
                    if (!Double.isNaN(x) && !Double.isNaN(y))
                        changes.computeIfAbsent(metrics.get(m), q -> new ArrayList<>()).add(Math.abs(y - x));
                }
                AbundanceTable pair = species.select(new int[] {a, b}).normalized(100, ValueKind.PERCENT);
                changes.computeIfAbsent(ChangeBands.BRAY_CURTIS, q -> new ArrayList<>())
                        .add(new BrayCurtis().compute(pair, 1).get(0, 1));
            }
        }
    }

    /** NumPy's default quantile (linear interpolation between order statistics, type 7). */
    static double quantile(List<Double> values, double q) {
        double[] x = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double h = (x.length - 1) * q;
        int lo = (int) Math.floor(h);
        return lo + 1 < x.length ? x[lo] + (h - lo) * (x[lo + 1] - x[lo]) : x[lo];
    }

    @Test
    void theStoredBandsAreRecomputedFromTheData() {
        ChangeBands b = KnowledgeBase.get().changeBands();
        assertThat(b.subjects()).isEqualTo(subjects).isEqualTo(27);
        assertThat(b.samples()).isEqualTo(samples).isEqualTo(380);
        assertThat(b.measures().keySet()).containsExactlyInAnyOrderElementsOf(changes.keySet());
        for (ChangeBands.Band band : b.measures().values()) {
            List<Double> x = changes.get(band.measure());
            assertThat(x).as(band.measure()).hasSize(band.pairs());
            assertThat(quantile(x, b.quantile())).as(band.measure() + " band").isCloseTo(band.band(), within(6e-7));
            assertThat(quantile(x, 0.5)).as(band.measure() + " median").isCloseTo(band.median(), within(6e-7));
        }
    }

    @Test
    void theQuantileIsNumpysLinearOne() {
        // hand: sorted 1, 2, 4, 8; h = 3 × 0.9 = 2.7 → 4 + 0.7 × (8 − 4) = 6.8; median h = 1.5 → 2 + 0.5 × 2 = 3
        assertThat(quantile(List.of(8.0, 1.0, 4.0, 2.0), 0.9)).isCloseTo(6.8, within(1e-12));
        assertThat(quantile(List.of(8.0, 1.0, 4.0, 2.0), 0.5)).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void theBandIsCitedAndSaysHowItWasMade() {
        ChangeBands b = KnowledgeBase.get().changeBands();
        assertThat(b.quantile()).isEqualTo(0.9);
        assertThat(b.population()).isEqualTo("nonIBD");
        assertThat(b.citations()).allMatch(c -> c.verified()).isNotEmpty();
        assertThat(b.publishedCitations()).allMatch(c -> c.verified()).isNotEmpty();
        assertThat(b.rule()).contains("consecutive").contains("90th percentile");
    }
}
