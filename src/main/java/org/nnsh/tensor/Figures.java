package org.nnsh.tensor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A figure of a progress line or a history table in a bounded width: a diverging fit reaches
 * losses of 1e300, which a fixed-point format prints with 300 digits. Ordinary values keep the
 * fixed decimals the book prints; from {@value #SCIENTIFIC_FROM} up, three significant digits
 * ({@code 1.32e+23}); NaN and infinities as numpy and Python print them ({@code nan}, {@code inf},
 * {@code -inf}).
 */
public final class Figures {
    public static final double SCIENTIFIC_FROM = 1e6;

    private Figures() {
    }

    /** {@code x} with {@code decimals} decimals when it is finite and below {@value #SCIENTIFIC_FROM}. */
    public static String fixed(double x, int decimals) {
        if (!Double.isFinite(x) || Math.abs(x) >= SCIENTIFIC_FROM) {
            return significant(x);
        }
        // Python's '%.3f' rounds the double's exact binary value, ties to even (0.0625 → 0.062, 1.0005 →
        // 1.000, which is 1.000499…); Java's %.3f rounds its shortest decimal half up (0.063, 1.001)
        String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = x < 0 || 1 / x < 0;
        return negative && s.charAt(0) != '-' ? "-" + s : s;
    }

    /**
     * Non-zero finite {@code x} as Python's {@code '%.Ne' % x} ({@code 1.234e-04}): the exact binary
     * value rounded half to even, where Java's %.3e rounds the shortest decimal half up (1.2345e-4,
     * which is 1.23449…e-4, gave 1.235e-04).
     */
    public static String scientific(double x, int decimals) {
        BigDecimal d = new BigDecimal(x).round(new MathContext(decimals + 1, RoundingMode.HALF_EVEN));
        int exponent = d.precision() - d.scale() - 1;
        String mantissa = d.movePointLeft(exponent).setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
        return mantissa + pythonExponent(exponent);
    }

    /**
     * {@code x} as Python's {@code '%g' % x}: six significant digits without trailing zeros
     * ({@code 0.001}, {@code 0.0499750}, {@code 5e-07}), where Java's {@code %g} keeps the zeros.
     */
    public static String general(double x) {
        if (!Double.isFinite(x)) {
            return significant(x);
        }
        String s = String.format(Locale.ROOT, "%.6g", x);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        if (e < 0) {
            return mantissa;
        }
        return mantissa + pythonExponent(Integer.parseInt(s.substring(e + 1)));
    }

    /** Python's exponent suffix: a sign and at least two digits ({@code e-07}, {@code e+23}), where Java writes {@code e-7}. */
    private static String pythonExponent(int exponent) {
        return String.format(Locale.ROOT, "e%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
    }

    /** {@code x} with three significant digits, positional from 1e-4 up to 1000 ({@code 0.0500}). */
    public static String significant(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%.3g", x);
    }
}
