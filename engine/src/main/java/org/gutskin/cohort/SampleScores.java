package org.gutskin.cohort;

import java.util.List;
import java.util.Map;

/** Per-sample scores (metric or index → one value per sample, in sample order) and what a reader must know about them. */
public record SampleScores(Map<String, double[]> values, List<String> notes) {

    public SampleScores {
        notes = List.copyOf(notes);
    }
}
