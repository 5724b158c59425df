package org.nnsh.tensor;

import java.util.Locale;

/**
 * A figure of a progress line or a history table in a bounded width: a diverging fit reaches
 * losses of 1e300, which a fixed-point format prints with 300 digits. Ordinary values keep the fixed decimals the book
 * prints; from {@value #SCIENTIFIC_FROM} up, three significant digits ({@code 1.32e+23}); NaN and
 * infinities as numpy and Python print them ({@code nan}, {@code inf}, {@code -inf}).
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
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
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
