package org.gutskin.evidence.label;

import java.util.Locale;

/**
 * The dose a label prints: the amount per serving as printed, its unit, how many servings a day the directions give,
 * and the amount per day. {@code servingsPerDay} is 1 and {@code frequency} null when the label prints no frequency
 * (the usual "one a day" reading, and the output says so). An AFU amount (active fluorescent units, counted by flow
 * cytometry) is never reported as CFU; an mg amount is a weight, not a count of organisms.
 */
public record Dose(double amount, Unit unit, double servingsPerDay, String frequency) {

    /** The frequency recorded when the amount itself is printed per day ("1×10^9 CFU per daily dose"). */
    public static final String PRINTED_PER_DAY = "amount printed per day";

    /** The unit the amount was printed in. */
    public enum Unit {
        CFU, AFU, MG;

        /** As printed in JSON and text: {@code CFU}, {@code AFU}, {@code mg}. */
        public String word() {
            return this == MG ? "mg" : name();
        }
    }

    /** The amount per day: per serving times servings per day. */
    public double perDay() {
        return amount * servingsPerDay;
    }

    /** True when the amount counts organisms by colony-forming units (comparable with trial doses). */
    public boolean isCfu() {
        return unit == Unit.CFU;
    }

    /** The amount per day as people read it: "10 billion CFU a day", "100 mg a day". */
    public String perDayWords() {
        return (unit == Unit.MG ? format(perDay()) : Cfu.words(perDay())) + " " + unit.word() + " a day";
    }

    /** "2×10^9 CFU/day (1×10^9 CFU twice daily)", for reasons and the CLI. */
    public String describe() {
        String per = format(perDay()) + " " + unit.word() + "/day";
        if (frequency == null) return per + " (one serving a day assumed: no frequency printed)";
        if (frequency.equals(PRINTED_PER_DAY)) return per;
        return per + " (" + format(amount) + " " + unit.word() + " per serving, " + frequency + ")";
    }

    private String format(double v) {
        if (unit == Unit.MG) {
            return Math.rint(v) == v ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
        }
        return Cfu.format(v);
    }
}
