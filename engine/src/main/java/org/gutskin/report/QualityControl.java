package org.gutskin.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.RankCoverage;
import org.gutskin.profile.SparseVector;
import org.gutskin.report.model.Indices;
import org.gutskin.report.model.SampleQc;

/**
 * The sample QC block of the clinician summary ({@link SampleQc}): reads assigned (the sum of the top-level rows of
 * the count table, when the file has counts), the unclassified share (100 % minus the species rank's total, the same
 * number the composition bar shows), the profiler (the input format), the database the file names in its header
 * (MetaPhlAn writes {@code #mpa_v30_CHOCOPhlAn_201901} on its first line), the species detected, and whether a
 * gut health index gives a value and call here, and how much of the classified abundance the species rank keeps
 * ({@link RankCoverage}: a 16S table may name few features to species).
 */
final class QualityControl {

    /** A MetaPhlAn database tag in a header comment ({@code #mpa_v30_CHOCOPhlAn_201901}, {@code --index mpa_vJan21…}). */
    private static final Pattern DATABASE = Pattern.compile("(mpa_v[0-9A-Za-z]+_[0-9A-Za-z_]+)");

    private QualityControl() {}

    static SampleQc of(ScoredProfile p, int s, Indices ix) {
        Profile profile = p.profile();
        Long reads = null;
        if (profile.counts().isPresent()) {
            AbundanceTable c = profile.counts().get();
            boolean[] top = c.topLevelRows();
            double sum = 0;
            SparseVector v = c.sample(s);
            for (int k = 0; k < v.size(); k++) if (top == null || top[v.taxon(k)]) sum += v.value(k);
            reads = Math.round(sum);
        }
        AbundanceTable species = p.atRank(Rank.SPECIES);
        SparseVector v = species.sample(s);
        double total = 0;
        int detected = 0;
        for (int k = 0; k < v.size(); k++) {
            total += v.value(k);
            if (v.value(k) > 0) detected++;
        }
        boolean applies = measured(ix.gmwi2Call()) || measured(ix.gmhiCall());
        String note = applies ? null : ix.gmwi2Note() != null ? ix.gmwi2Note() : ix.gmhiNote();
        RankCoverage coverage = p.speciesCoverage();
        double dropped = 100 * coverage.dropped(s);
        String rankNote = dropped <= 100 * RankCoverage.MAX_DROPPED ? null : String.format(Locale.ROOT,
                "%.1f %% of this sample's classified abundance has no species name, so every species-level measure "
                        + "in this report describes only the other %.1f %%", dropped, 100 - dropped)
                + coverage.suggested().map(r -> "; a " + r.label() + "-level analysis would keep at least "
                        + Math.round(100 * (1 - RankCoverage.MAX_DROPPED)) + " %").orElse("") + ".";
        return new SampleQc(reads, Math.max(0, 100 - total), profile.format() == null ? null : profile.format().label(),
                database(profile.source()), detected, applies, note, dropped, rankNote);
    }

    private static boolean measured(String call) {
        return "healthy".equals(call) || "non-healthy".equals(call) || "uncertain".equals(call);
    }

    /** The database named in the first comment lines of a profile file, or null. */
    static String database(Path source) {
        if (source == null || !Files.isRegularFile(source)) return null;
        try (BufferedReader r = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 5; i++) {
                String line = r.readLine();
                if (line == null || !line.startsWith("#")) break;
                Matcher m = DATABASE.matcher(line);
                if (m.find()) return m.group(1);
            }
        } catch (IOException | RuntimeException e) {
            return null; // a header we cannot read names no database; the profile itself was read already
        }
        return null;
    }
}
