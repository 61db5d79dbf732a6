package org.gutskin.cohort;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;

/**
 * A small fixed table and its Bray–Curtis distances, with the peers' answers recorded from one run of
 * /usr/bin/python3 (SciPy 1.10.1, scikit-bio 0.5.8):
 *
 * <pre>
 * T = np.array(COUNTS, float); R = T / T.sum(1, keepdims=True)
 * D = pdist(R, 'braycurtis'); dm = DistanceMatrix(squareform(D), ids)
 * permanova(dm, g, permutations=999); permdisp(dm, g, test='centroid'); pcoa(dm)
 * clr(multiplicative_replacement(R))
 * </pre>
 */
final class PeerFixture {

    static final double[][] COUNTS = {{10, 0, 3, 5, 0, 1}, {8, 1, 0, 7, 2, 0}, {12, 0, 4, 4, 0, 3}, {9, 2, 2, 6, 1, 1},
            {0, 9, 8, 1, 5, 0}, {1, 7, 9, 0, 6, 2}, {2, 8, 7, 1, 4, 0}, {0, 10, 6, 2, 7, 1}, {5, 5, 5, 5, 5, 5},
            {3, 4, 6, 2, 8, 1}};

    /** scipy.spatial.distance.pdist(R, 'braycurtis'). */
    static final double[] BRAY_CURTIS = {0.2923976608187135, 0.09382151029748283, 0.16541353383458648,
            0.7986270022883293, 0.7494736842105263, 0.7057416267942583, 0.7267206477732794, 0.45614035087719296,
            0.5921052631578948, 0.38164251207729477, 0.18253968253968253, 0.7898550724637682, 0.7933333333333333,
            0.6969696969696969, 0.7564102564102565, 0.5000000000000001, 0.6250000000000001, 0.2546583850931677,
            0.7826086956521736, 0.7060869565217393, 0.6897233201581027, 0.7107023411371237, 0.3695652173913043,
            0.5760869565217392, 0.7184265010351968, 0.6742857142857143, 0.6255411255411255, 0.6465201465201464,
            0.380952380952381, 0.511904761904762, 0.15478260869565216, 0.09288537549407115, 0.1237458193979933,
            0.45652173913043476, 0.322463768115942, 0.18, 0.2107692307692308, 0.38, 0.2616666666666667,
            0.17832167832167833, 0.3636363636363636, 0.26515151515151514, 0.38461538461538464, 0.21794871794871787,
            0.25000000000000006};

    static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < COUNTS.length; i++) ids.add("s" + i);
        return ids;
    }

    static DistanceMatrix distances() {
        return new DistanceMatrix(ids(), BRAY_CURTIS.clone());
    }

    /** Groups A×4, B×4, C×2. */
    static Grouping threeGroups() {
        return Grouping.of(List.of("A", "A", "A", "A", "B", "B", "B", "B", "C", "C"));
    }

    /** Groups A×5, B×5. */
    static Grouping twoGroups() {
        return Grouping.of(List.of("A", "A", "A", "A", "A", "B", "B", "B", "B", "B"));
    }

    static AbundanceTable table() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        for (int t = 0; t < COUNTS[0].length; t++) b.taxon(Lineage.ofName(Rank.SPECIES, "taxon" + t));
        for (int s = 0; s < COUNTS.length; s++) {
            b.sample("s" + s, null);
            for (int t = 0; t < COUNTS[s].length; t++) b.add(t, COUNTS[s][t]);
        }
        return b.build();
    }

    private PeerFixture() {}
}
