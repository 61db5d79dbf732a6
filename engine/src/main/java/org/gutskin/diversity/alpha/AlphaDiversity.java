package org.gutskin.diversity.alpha;

import java.util.List;
import java.util.stream.IntStream;
import org.gutskin.profile.AbundanceTable;

/**
 * Alpha diversity of every sample of a table: {@code result[sample][metric]}. Samples are independent, so they
 * are spread over the cores (a parallel stream); each metric reads only the sample's non-zero entries.
 */
public final class AlphaDiversity {

    private AlphaDiversity() {}

    public static double[][] compute(AbundanceTable table, List<AlphaMetric> metrics) {
        double[][] out = new double[table.sampleCount()][metrics.size()];
        IntStream.range(0, table.sampleCount()).parallel().forEach(s -> {
            var v = table.sample(s);
            for (int m = 0; m < metrics.size(); m++) out[s][m] = metrics.get(m).of(v);
        });
        return out;
    }
}
