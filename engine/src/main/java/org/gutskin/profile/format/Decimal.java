package org.gutskin.profile.format;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * Parses a decimal number straight from bytes. The common cells of a profile ({@code 0}, {@code 0.01202},
 * {@code 27}) take the exact fast path of Clinger (1990, doi:10.1145/93548.93557): a mantissa of at most 15
 * significant digits and a power of ten of at most 22 are both exact doubles, so one multiplication or division
 * is correctly rounded. Everything else goes to FastDoubleParser (bundled in Jackson; Eisel-Lemire, also correctly
 * rounded), so the result always equals {@link Double#parseDouble} (DecimalTest checks it against it). Leading and trailing spaces and CSV quotes are ignored; {@code NaN}, {@code inf} and empty
 * cells are refused with {@link NumberFormatException} (a profile has no use for them).
 */
final class Decimal {

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Decimal() {}

    static double parse(byte[] b, int from, int to) {
        while (from < to && (b[from] == ' ' || b[from] == '"')) from++;
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '"')) to--;
        if (from == to) throw new NumberFormatException("empty");
        if (to - from == 1 && b[from] == '0') return 0.0;
        int i = from;
        boolean neg = false;
        if (b[i] == '-' || b[i] == '+') {
            neg = b[i] == '-';
            i++;
        }
        long m = 0;
        int digits = 0, fracDigits = 0;
        boolean dot = false, any = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                any = true;
                if (m == 0 && c == '0') {
                    if (dot) fracDigits++;
                    continue;
                }
                if (digits >= 15) return slow(b, from, to);
                m = m * 10 + (c - '0');
                digits++;
                if (dot) fracDigits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slow(b, from, to);
            }
        }
        if (!any) throw new NumberFormatException("no digits");
        if (fracDigits > 22) return slow(b, from, to);
        double v = fracDigits == 0 ? m : m / POW10[fracDigits];
        return neg ? -v : v;
    }

    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[64]);

    private static double slow(byte[] b, int from, int to) {
        int n = to - from;
        char[] c = CHARS.get();
        if (c.length < n) {
            c = new char[Math.max(n, c.length * 2)];
            CHARS.set(c);
        }
        for (int k = 0; k < n; k++) {
            char ch = (char) b[from + k];
            // digits, sign, point and exponent only: refuses NaN, Infinity, Java's 0x1p3 and 1d suffixes
            if (!(ch >= '0' && ch <= '9' || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E'))
                throw new NumberFormatException("not a decimal number");
            c[k] = ch;
        }
        // Jackson's bundled FastDoubleParser (Eisel-Lemire): correctly rounded like Double.parseDouble, without
        // its big-integer path for the 17-digit values MetaPhlAn 3 writes
        double v = NumberInput.parseDouble(c, 0, n, true);
        if (Double.isNaN(v) || Double.isInfinite(v)) throw new NumberFormatException("not finite");
        return v;
    }
}
