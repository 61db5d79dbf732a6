package org.gutskin.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gutskin.diversity.alpha.AlphaDiversity;
import org.gutskin.diversity.alpha.AlphaMetric;
import org.gutskin.diversity.alpha.AlphaMetrics;
import org.gutskin.index.Gmhi;
import org.gutskin.index.GmhiModel;
import org.gutskin.index.Gmwi2;
import org.gutskin.index.Gmwi2Model;
import org.gutskin.index.IndexApplicability;
import org.gutskin.index.IndexScores;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.RankCoverage;

/**
 * A profile with everything per-sample computed once for all its samples: relative abundance, alpha diversity at
 * species rank (the diversity module, Shannon base e) and both health indices (the index module). A batch of
 * reports reuses one; a single report computes it for one selected sample.
 */
public final class ScoredProfile {

    /**
     * The diversity metrics a report shows on relative abundances: the registry's default rule without a tree
     * ({@link AlphaMetrics#defaults}); the count metrics (chao1) join them when the file has read counts.
     */
    public static final List<String> METRICS = AlphaMetrics.defaults(false, false);

    private final Profile profile;
    private final String sha256;
    private final AbundanceTable relative;
    private final List<String> metrics;
    private final double[][] alpha;
    private final IndexScores gmhi;
    private final IndexScores gmwi2;
    private final Gmwi2 gmwi2Index;
    private final Map<Rank, AbundanceTable> byRank = new EnumMap<>(Rank.class);
    private RankCoverage speciesCoverage;

    private ScoredProfile(Profile profile, String sha256, boolean indices) {
        this.profile = profile;
        this.sha256 = sha256;
        this.relative = profile.relative();
        boolean counts = profile.hasCounts();
        this.metrics = AlphaMetrics.defaults(counts, false);
        AbundanceTable species = speciesTable(relative);
        List<AlphaMetric> m = metrics.stream().map(n -> AlphaMetrics.create(n, Math.E, null)).toList();
        AbundanceTable speciesCounts = counts ? speciesTable(profile.counts().orElseThrow()) : species;
        this.alpha = AlphaDiversity.compute(counts ? speciesCounts : species, m);
        if (indices) {
            // the one applicability rule: not applicable to the profile → no value, no call; too few taxa → no call
            this.gmhi = IndexApplicability.score(new Gmhi(GmhiModel.current()), profile, IndexApplicability.Mode.MARK);
            this.gmwi2Index = new Gmwi2(Gmwi2Model.current());
            this.gmwi2 = IndexApplicability.score(gmwi2Index, profile, IndexApplicability.Mode.MARK);
        } else {
            this.gmhi = null;
            this.gmwi2 = null;
            this.gmwi2Index = null;
        }
    }

    /** Scores every sample of a gut profile (diversity and indices). */
    public static ScoredProfile gut(Profile p, String sha256) {
        return new ScoredProfile(p, sha256, true);
    }

    /** Scores every sample of a skin profile (diversity only: the indices are stool models). */
    public static ScoredProfile skin(Profile p, String sha256) {
        return new ScoredProfile(p, sha256, false);
    }

    /** The species-rank table; a profile without species rows is an input error. */
    private AbundanceTable speciesTable(AbundanceTable t) {
        AbundanceTable s = t.atRank(Rank.SPECIES);
        if (s.taxonCount() == 0)
            throw new InputException(profile.source(), 0, "the profile has no species-rank taxa; a report needs a"
                    + " species-level profile");
        return s;
    }

    public Profile profile() {
        return profile;
    }

    public String sha256() {
        return sha256;
    }

    public List<String> sampleIds() {
        return relative.sampleIds();
    }

    /** The index of a sample, or an input error naming the file and the ids it holds. */
    public int sampleIndex(String id) {
        int i = relative.indexOfSample(id);
        if (i < 0) throw unknownSample(profile, id);
        return i;
    }

    /** The input error for a sample id the profile does not hold, listing (some of) the ids it does. */
    static InputException unknownSample(Profile p, String id) {
        List<String> ids = p.abundance().sampleIds();
        return new InputException(p.source(), 0, "unknown sample '" + id + "' (the file holds " + ids.size()
                + " sample(s): " + String.join(", ", ids.subList(0, Math.min(5, ids.size())))
                + (ids.size() > 5 ? ", …" : "") + ")");
    }

    public List<String> metrics() {
        return metrics;
    }

    public double alpha(int sample, int metric) {
        return alpha[sample][metric];
    }

    public IndexScores gmhi() {
        return gmhi;
    }

    public IndexScores gmwi2() {
        return gmwi2;
    }

    public double gmwi2RejectBand() {
        return gmwi2Index.rejectBand();
    }

    /** Relative abundance (percent of the whole profile) at a rank; empty when the profile has no rows there. */
    public synchronized AbundanceTable atRank(Rank r) {
        return byRank.computeIfAbsent(r, relative::atRank);
    }

    /** How much of each sample the species rank keeps, for every sample at once (a batch asks once per report). */
    public synchronized RankCoverage speciesCoverage() {
        if (speciesCoverage == null) speciesCoverage = RankCoverage.of(profile.abundance(), Rank.SPECIES);
        return speciesCoverage;
    }

    public AbundanceTable relative() {
        return relative;
    }
}
