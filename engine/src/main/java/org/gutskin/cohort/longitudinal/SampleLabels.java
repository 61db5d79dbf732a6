package org.gutskin.cohort.longitudinal;

/**
 * What a sample was measured with and where it was taken, when known: the profiler (e.g. the input format's name,
 * {@code metaphlan4}, {@code bracken}) and the body site ({@code gut}, {@code skin}). An empty string means unknown;
 * an unknown label never makes a series mixed (only two known, different labels do).
 */
public record SampleLabels(String profiler, String bodySite) {

    public static final SampleLabels UNKNOWN = new SampleLabels("", "");

    public SampleLabels {
        profiler = profiler == null ? "" : profiler.strip();
        bodySite = bodySite == null ? "" : bodySite.strip();
    }

    /**
     * Why two samples are not comparable as they stand (different known profilers or body sites), or empty when
     * they are. The text is the label an allowed mixed comparison carries.
     */
    public java.util.Optional<String> mismatch(SampleLabels other) {
        java.util.List<String> why = new java.util.ArrayList<>();
        if (differ(profiler, other.profiler)) why.add("profilers differ (" + profiler + " vs " + other.profiler + ")");
        if (differ(bodySite, other.bodySite)) why.add("body sites differ (" + bodySite + " vs " + other.bodySite + ")");
        return why.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("; ", why));
    }

    private static boolean differ(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
    }
}
