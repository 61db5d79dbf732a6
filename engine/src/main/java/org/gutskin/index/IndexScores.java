package org.gutskin.index;

import java.util.List;

/**
 * One index's scores for every sample of a table, with the model that produced them and the warnings about how
 * well the input fits that model. {@code values[i]} is {@code NaN} when the index is undefined for sample i
 * (a warning then says why).
 */
public record IndexScores(ModelProvenance model, List<String> sampleIds, double[] values, HealthCall[] calls,
        List<String> warnings) {

    public IndexScores {
        sampleIds = List.copyOf(sampleIds);
        warnings = List.copyOf(warnings);
        if (values.length != sampleIds.size() || calls.length != sampleIds.size())
            throw new IllegalArgumentException("one value and one call per sample");
    }

    public int size() {
        return sampleIds.size();
    }

    public double value(int i) {
        return values[i];
    }

    public HealthCall call(int i) {
        return calls[i];
    }
}
