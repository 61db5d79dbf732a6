package org.gutskin.cohort.model;

import org.gutskin.testkit.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.beta.Aitchison;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ProfileFiles;

/**
 * Test-only: the real psoriasis cohort (shared/data/skin-conditions/psoriasis_qqwxp1987, 143 gut metagenomes,
 * MetaPhlAn 4) as a {@link ModelDesign} for {@code Disease + Sex + BMI} (samples with a missing value dropped;
 * factors treatment-coded against their alphabetically first level, as R) and the Bray–Curtis distances of its
 * species relative abundances (the diversity layer's metric, as the cohort command computes them). Not a formula
 * parser: the columns are fixed here.
 */
final class PsoriasisCohort {

    static final Path DIR = Shared.root()
            .resolve("data/skin-conditions/psoriasis_qqwxp1987");

    final List<Map<String, String>> rows;
    final ModelDesign design;
    final DistanceMatrix distances;

    private PsoriasisCohort(List<Map<String, String>> rows, ModelDesign design, DistanceMatrix distances) {
        this.rows = rows;
        this.design = design;
        this.distances = distances;
    }

    /** The samples passing {@code keep} with Disease, Sex and BMI present; blocks = Family when {@code strata}. */
    static PsoriasisCohort load(Predicate<Map<String, String>> keep, boolean strata) {
        List<Map<String, String>> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(DIR.resolve("samples.tsv"));
            String[] head = lines.get(0).split("\t", -1);
            for (String l : lines.subList(1, lines.size())) {
                String[] f = l.split("\t", -1);
                Map<String, String> r = new LinkedHashMap<>();
                for (int c = 0; c < head.length; c++) r.put(head[c], f[c]);
                if (keep.test(r) && present(r, "Disease") && present(r, "Sex") && present(r, "BMI")) rows.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> ids = rows.stream().map(r -> r.get("sample_id")).toList();
        List<DesignTerm> terms = List.of(factor(rows, "Disease"), factor(rows, "Sex"), numeric(rows, "BMI"));
        int[] blocks = null;
        if (strata) {
            List<String> fam = new ArrayList<>(new TreeSet<>(rows.stream().map(r -> r.get("Family")).toList()));
            blocks = rows.stream().mapToInt(r -> fam.indexOf(r.get("Family"))).toArray();
        }
        ModelDesign design = new ModelDesign(ids, terms, blocks, List.of());
        AbundanceTable full = ProfileFiles.read(DIR.resolve("profiles_merged.tsv"), (Format) null).abundance();
        AbundanceTable species = full.atRank(Rank.SPECIES);
        int[] sel = ids.stream().mapToInt(species::indexOfSample).toArray();
        if (Arrays.stream(sel).anyMatch(i -> i < 0)) throw new IllegalStateException("a sample without a profile");
        AbundanceTable relative = species.select(sel).normalized(1.0, species.kind());
        DistanceMatrix dm = BetaMetrics.create("braycurtis", null, Aitchison.DEFAULT_PSEUDOCOUNT).compute(relative, 1);
        return new PsoriasisCohort(rows, design, dm);
    }

    private static boolean present(Map<String, String> r, String c) {
        String v = r.get(c);
        return v != null && !v.isEmpty() && !v.equals("NA");
    }

    static DesignTerm factor(List<Map<String, String>> rows, String column) {
        List<String> levels = new ArrayList<>(new TreeSet<>(rows.stream().map(r -> r.get(column)).toList()));
        double[][] cols = new double[levels.size() - 1][rows.size()];
        List<String> names = new ArrayList<>();
        for (int l = 1; l < levels.size(); l++) {
            names.add(column + levels.get(l));
            for (int i = 0; i < rows.size(); i++) cols[l - 1][i] = rows.get(i).get(column).equals(levels.get(l)) ? 1 : 0;
        }
        return new DesignTerm(column, true, names, cols);
    }

    static DesignTerm numeric(List<Map<String, String>> rows, String column) {
        return new DesignTerm(column, false, List.of(column),
                new double[][] {rows.stream().mapToDouble(r -> Double.parseDouble(r.get(column))).toArray()});
    }

    /** Writes the distances (square, shortest round-trip decimals) and the design's metadata for R. */
    void write(Path dist, Path meta) throws IOException {
        int n = distances.size();
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) d.append(j == 0 ? "" : "\t").append(i == j ? "0" : Double.toString(distances.get(i, j)));
            d.append('\n');
        }
        Files.writeString(dist, d);
        StringBuilder m = new StringBuilder("sample_id\tDisease\tSex\tBMI\tFamily\n");
        for (Map<String, String> r : rows)
            m.append(String.join("\t", r.get("sample_id"), r.get("Disease"), r.get("Sex"), r.get("BMI"), r.get("Family"))).append('\n');
        Files.writeString(meta, m);
    }
}
