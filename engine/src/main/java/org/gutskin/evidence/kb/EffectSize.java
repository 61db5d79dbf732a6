package org.gutskin.evidence.kb;

/**
 * A study's effect on its primary outcome, as reported: the measure ({@code mean-difference},
 * {@code risk-ratio}, {@code odds-ratio}, {@code hazard-ratio}, {@code risk-difference}), the value with its unit,
 * the 95 % confidence interval where reported (null when not), and the outcome scale id it is measured on (for the
 * MCID). A difference favours the intervention when negative for severity scores; ratios below 1 favour it.
 */
public record EffectSize(String measure, double value, String unit, Double ciLow, Double ciHigh, String outcome) {

    /** True for ratio measures, whose "no effect" value is 1 (else 0). */
    public boolean ratio() {
        return measure.endsWith("ratio");
    }

    /** The value meaning "no effect": 1 for ratios, 0 for differences. */
    public double nullValue() {
        return ratio() ? 1.0 : 0.0;
    }

    /** True when a confidence interval is reported and includes the no-effect value. */
    public boolean ciCrossesNoEffect() {
        return ciLow != null && ciHigh != null && ciLow <= nullValue() && ciHigh >= nullValue();
    }

    /** "mean difference −3.07 points (95% CI −6.12 to −0.03)". */
    public String describe() {
        String v = fmt(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
        String ci = ciLow == null || ciHigh == null ? "" : " (95% CI " + fmt(ciLow) + " to " + fmt(ciHigh) + ")";
        return measure.replace('-', ' ') + " " + v + ci;
    }

    private static String fmt(double d) {
        String s = d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        return s.replace("-", "\u2212");
    }
}
