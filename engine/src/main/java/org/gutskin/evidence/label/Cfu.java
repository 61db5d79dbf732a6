package org.gutskin.evidence.label;

/** Formats a colony-forming-unit amount for people: 1e10 → "1×10^10", 2.5e9 → "2.5×10^9". */
public final class Cfu {

    private Cfu() {}

    public static String format(double cfu) {
        int exp = (int) Math.floor(Math.log10(cfu));
        double mantissa = cfu / Math.pow(10, exp);
        String m = Math.abs(mantissa - Math.rint(mantissa)) < 1e-9 ? String.valueOf((long) Math.rint(mantissa))
                : String.format(java.util.Locale.ROOT, "%.2g", mantissa).replaceAll("0+$", "");
        return m + "×10^" + exp;
    }
}
