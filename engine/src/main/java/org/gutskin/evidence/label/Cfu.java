package org.gutskin.evidence.label;

/**
 * Formats a colony-forming-unit amount: for the contract's reasons in powers of ten (1e10 → "1×10^10"), and for
 * people in words (1e10 → "10 billion", 2.5e9 → "2.5 billion", 5e8 → "500 million").
 */
public final class Cfu {

    private Cfu() {}

    public static String format(double cfu) {
        int exp = (int) Math.floor(Math.log10(cfu));
        double mantissa = cfu / Math.pow(10, exp);
        String m = Math.abs(mantissa - Math.rint(mantissa)) < 1e-9 ? String.valueOf((long) Math.rint(mantissa))
                : String.format(java.util.Locale.ROOT, "%.2g", mantissa).replaceAll("0+$", "");
        return m + "×10^" + exp;
    }

    private static final String[] SCALE = {"", " thousand", " million", " billion", " trillion"};

    /** The amount in words with at most three significant digits: 1e10 → "10 billion", 123456 → "123 thousand". */
    public static String words(double amount) {
        if (!(amount > 0) || !Double.isFinite(amount)) return String.valueOf(amount);
        int group = Math.min(SCALE.length - 1, Math.max(0, (int) Math.floor(Math.log10(amount) / 3)));
        double v = amount / Math.pow(10, 3 * group);
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros();
        return d.toPlainString() + SCALE[group];
    }
}
