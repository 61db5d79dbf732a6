package org.gutskin.diversity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.io.InputException;
import org.gutskin.profile.SparseVector;
import org.gutskin.profile.ValueKind;

/**
 * Rarefaction: each sample's reads subsampled <em>without replacement</em> to the same depth, so richness is
 * compared at equal sequencing effort (Sanders 1968, doi:10.1086/282541; as QIIME's {@code rarefy} and
 * scikit-bio's {@code subsample_counts(replace=False)} do). Samples with fewer reads than the depth are dropped
 * (and reported by {@link Result#dropped}).
 *
 * <p>Reproducible: sample {@code s} draws from {@code SplittableRandom(seed ^ mix(s))}, independent of threads and
 * of the other samples. The draw is a sequential selection (Knuth's Algorithm S, TAOCP vol. 2, §3.4.2) over the
 * reads taxon by taxon: each read is kept with probability (still needed)/(still unseen), which gives every
 * subset of {@code depth} reads the same probability without materialising the reads.
 */
public final class Rarefaction {

    private Rarefaction() {}

    public record Result(AbundanceTable table, List<String> dropped) {}

    public static Result rarefy(AbundanceTable counts, long depth, long seed) {
        if (!counts.hasCounts()) throw new InputException("rarefaction needs read counts, the table holds relative abundances");
        if (depth <= 0) throw new InputException("the rarefaction depth must be positive, got " + depth);
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        for (var l : counts.taxa()) b.taxon(l);
        List<String> dropped = new ArrayList<>();
        for (int s = 0; s < counts.sampleCount(); s++) {
            SparseVector v = counts.sample(s);
            long total = 0;
            for (int k = 0; k < v.size(); k++) {
                double x = v.value(k);
                if (x != Math.rint(x))
                    throw new InputException("rarefaction needs whole read counts; sample '" + counts.sampleIds().get(s)
                            + "' has " + x);
                total += (long) x;
            }
            String id = counts.sampleIds().get(s);
            if (total < depth) {
                dropped.add(id);
                continue;
            }
            b.sample(id, counts.metadata(id));
            SplittableRandom rng = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (s + 1)));
            long need = depth, unseen = total;
            for (int k = 0; k < v.size() && need > 0; k++) {
                long c = (long) v.value(k), kept = 0;
                for (long r = 0; r < c && need > 0; r++, unseen--) {
                    if (rng.nextLong(unseen) < need) {
                        kept++;
                        need--;
                    }
                }
                if (kept > 0) b.add(v.taxon(k), kept);
            }
        }
        return new Result(b.build(), dropped);
    }
}
