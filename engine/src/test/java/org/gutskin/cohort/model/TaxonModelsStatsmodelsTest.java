package org.gutskin.cohort.model;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Peer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.CohortDesign;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SampleMetadata;
import org.gutskin.profile.format.ProfileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-taxon adjusted models on the real psoriasis cohort (MetaPhlAn 4, 143 samples; {@code Disease + Sex + BMI},
 * 131 samples with every value) against statsmodels OLS, with MaAsLin2's default pipeline written out
 * independently in {@code maaslin_lm_statsmodels.py} (run in the set-up; skipped when /usr/bin/python3 has no
 * statsmodels). Same taxa kept; estimate, SE, 95% CI, t and p to 1e-8 relative (1e-12 absolute for tiny p);
 * q-values equal to statsmodels' {@code multipletests(method="fdr_bh")} over all rows. The paired variant
 * (fixed intercept per Family, samples alone in their family left out) against the same script with
 * {@code + C(Family)}.
 */
@Peer
@RequiresShared
class TaxonModelsStatsmodelsTest {

    @TempDir
    Path dir;

    @Test
    void ordinaryLeastSquaresEqualStatsmodels() throws Exception {
        compare(null, "lm");
    }

    @Test
    void pairedModelsEqualStatsmodelsWithFamilyDummies() throws Exception {
        compare("Family", "lm+strata");
    }

    private void compare(String strata, String model) throws Exception {
        Path profiles = PsoriasisCohort.DIR.resolve("profiles_merged.tsv"), samples = PsoriasisCohort.DIR.resolve("samples.tsv");
        Map<String, double[]> peer = peer(profiles, samples, strata);

        SampleMetadata md = SampleMetadata.read(samples);
        AbundanceTable atRank = ProfileFiles.read(profiles, (Format) null).abundance().atRank(Rank.SPECIES);
        CohortDesign cd = CohortDesign.of(atRank, md, "Disease");
        AbundanceTable relative = cd.table().normalized(1.0, cd.table().kind());
        DesignBuilder.Result built = DesignBuilder.build(md, relative.sampleIds(), Formula.parse("Disease + Sex + BMI"),
                strata, MissingValues.DROP, Map.of(), true);
        ModelDesign design = built.design();
        AbundanceTable table = relative.select(built.kept());
        if (strata != null) {
            DesignBuilder.Result paired = PairedDesign.of(design);
            design = paired.design();
            table = table.select(paired.kept());
        }
        List<CoefficientEstimate> ours = TaxonModels.prepare(table, design, TaxonModels.DEFAULT_MIN_PREVALENCE, model).fitAll();

        assertThat(ours).hasSize(peer.size());
        for (CoefficientEstimate c : ours) {
            double[] p = peer.get(c.response() + "\t" + c.column());
            assertThat(p).as(c.response() + " " + c.column() + " in the peer").isNotNull();
            String what = c.response() + " " + c.column();
            close(c.estimate(), p[0], what + " estimate");
            close(c.standardError(), p[1], what + " SE");
            // an interval end is estimate ± t·SE: near zero it is a difference of two larger numbers, so its error is
            // relative to their size, not to the end itself
            double scale = Math.abs(p[0]) + Math.abs(p[3] - p[0]);
            assertThat(c.ciLow()).as(what + " CI low").isCloseTo(p[2], within(1e-8 * scale));
            assertThat(c.ciHigh()).as(what + " CI high").isCloseTo(p[3], within(1e-8 * scale));
            close(c.statistic(), p[4], what + " t");
            close(c.pValue(), p[5], what + " p");
            close(c.qValue(), p[6], what + " q");
            assertThat(c.model()).isEqualTo(model);
        }
    }

    private static void close(double ours, double peer, String what) {
        assertThat(ours).as(what).isCloseTo(peer, within(Math.max(1e-12, 1e-8 * Math.abs(peer))));
    }

    /** taxon \t column → estimate, se, lo, hi, t, p, q */
    private Map<String, double[]> peer(Path profiles, Path samples, String strata) throws Exception {
        Path script = dir.resolve("maaslin_lm_statsmodels.py"), out = dir.resolve("peer.tsv");
        try (InputStream in = getClass().getResourceAsStream("maaslin_lm_statsmodels.py")) {
            Files.copy(in, script);
        }
        Process check = new ProcessBuilder("/usr/bin/python3", "-c", "import statsmodels, pandas").redirectErrorStream(true).start();
        check.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assumeTrue(check.waitFor() == 0, "/usr/bin/python3 with statsmodels and pandas is needed for the peer (Debian: python3-statsmodels)");
        List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/python3", script.toString(), profiles.toString(),
                samples.toString(), out.toString()));
        if (strata != null) cmd.add(strata);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        Map<String, double[]> m = new HashMap<>();
        for (String line : Files.readAllLines(out).subList(1, Files.readAllLines(out).size())) {
            String[] f = line.split("\t");
            double[] v = new double[7];
            for (int k = 0; k < 7; k++) v[k] = Double.parseDouble(f[k + 2]);
            m.put(f[0] + "\t" + f[1], v);
        }
        return m;
    }
}
