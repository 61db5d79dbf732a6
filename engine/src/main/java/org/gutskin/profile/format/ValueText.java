package org.gutskin.profile.format;

/** How writers spell a value: whole numbers without a decimal point, others in Java's shortest round-trip form. */
final class ValueText {

    private ValueText() {}

    static String of(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
