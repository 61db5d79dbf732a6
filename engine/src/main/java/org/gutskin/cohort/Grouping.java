package org.gutskin.cohort;

import java.util.List;
import java.util.TreeSet;

/**
 * Samples assigned to groups: {@code codes[i]} is sample i's group index into {@link #labels}, which are sorted
 * (so group order, colours and the "second minus first" direction of effect sizes do not depend on file order).
 */
public record Grouping(List<String> labels, int[] codes) {

    public static Grouping of(List<String> groupOfSample) {
        List<String> labels = List.copyOf(new TreeSet<>(groupOfSample));
        int[] codes = new int[groupOfSample.size()];
        for (int i = 0; i < codes.length; i++) codes[i] = labels.indexOf(groupOfSample.get(i));
        return new Grouping(labels, codes);
    }

    public int groupCount() {
        return labels.size();
    }

    public int size() {
        return codes.length;
    }

    public int[] sizes() {
        int[] s = new int[labels.size()];
        for (int c : codes) s[c]++;
        return s;
    }

    /** The values of one group, in sample order. */
    public double[] select(double[] values, int group) {
        int n = 0;
        for (int c : codes) if (c == group) n++;
        double[] out = new double[n];
        int k = 0;
        for (int i = 0; i < codes.length; i++) if (codes[i] == group) out[k++] = values[i];
        return out;
    }
}
