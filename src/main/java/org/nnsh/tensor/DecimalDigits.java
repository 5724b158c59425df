package org.nnsh.tensor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits numpy's Dragon4 prints for one finite double in "unique" mode with a
 * precision cut-off: the shortest decimal that reads back as the same double, unless that needs
 * more digits than the cut-off allows, in which case the exact binary value is rounded at the
 * cut-off (half to even on exact ties, as numpy does: 0.001953125 prints as 0.00195312).
 *
 * <p>JDK 17's {@code Double.toString} is not always the shortest round-tripping decimal, so the
 * search is done exactly with {@link BigDecimal}: the candidates with p significant digits are
 * the exact value rounded down and up; one qualifies when it lies inside the double's rounding
 * interval (ends included when the mantissa is even, the IEEE round-half-even rule that makes
 * 1e23 print as {@code 1.e+23}).
 */
final class DecimalDigits {
    private static final int MAX_SIGNIFICANT = 17;

    private DecimalDigits() {
    }

    /**
     * |x| with at most {@code fractionDigits} digits after the point, trailing zeros removed,
     * never a negative scale.
     */
    static BigDecimal positional(double x, int fractionDigits) {
        BigDecimal exact = new BigDecimal(Math.abs(x));
        if (x == 0) {
            return BigDecimal.ZERO;
        }
        int magnitude = exact.precision() - exact.scale() - 1;
        BigDecimal digits = shortest(Math.abs(x), exact, magnitude + 1 + fractionDigits);
        if (digits == null) {
            digits = exact.setScale(fractionDigits, RoundingMode.HALF_EVEN);
        }
        return strip(digits);
    }

    /** |x| with at most {@code 1 + fractionDigits} significant digits, trailing zeros removed. */
    static BigDecimal scientific(double x, int fractionDigits) {
        if (x == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = new BigDecimal(Math.abs(x));
        BigDecimal digits = shortest(Math.abs(x), exact, 1 + fractionDigits);
        if (digits == null) {
            digits = exact.round(new MathContext(1 + fractionDigits, RoundingMode.HALF_EVEN));
        }
        return digits.stripTrailingZeros();
    }

    /**
     * As {@link #positional(double, int)} for a float32 value held exactly in {@code x}: its own shortest
     * digits as a float (0.1f is 0.1), else its exact value rounded, as numpy's Dragon4 does for float32.
     */
    static BigDecimal positional32(double x, int fractionDigits) {
        if (x == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal digits = PythonFloat.shortest((float) Math.abs(x));
        if (digits.scale() > fractionDigits) {
            digits = new BigDecimal(Math.abs(x)).setScale(fractionDigits, RoundingMode.HALF_EVEN);
        }
        return strip(digits);
    }

    /** As {@link #scientific(double, int)} for a float32 value held exactly in {@code x}. */
    static BigDecimal scientific32(double x, int fractionDigits) {
        if (x == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal digits = PythonFloat.shortest((float) Math.abs(x));
        if (digits.precision() > 1 + fractionDigits) {
            digits = new BigDecimal(Math.abs(x)).round(new MathContext(1 + fractionDigits, RoundingMode.HALF_EVEN));
        }
        return digits.stripTrailingZeros();
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The shortest round-tripping decimal for positive finite v, or null if it needs more than maxDigits. */
    private static BigDecimal shortest(double v, BigDecimal exact, int maxDigits) {
        BigDecimal below = new BigDecimal(Math.nextDown(v));
        BigDecimal above = Double.isInfinite(Math.nextUp(v))
                ? exact.add(new BigDecimal(Math.ulp(v)))
                : new BigDecimal(Math.nextUp(v));
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal low = exact.add(below).divide(two);
        BigDecimal high = exact.add(above).divide(two);
        boolean endsIncluded = (Double.doubleToRawLongBits(v) & 1) == 0;
        for (int p = 1; p <= Math.min(maxDigits, MAX_SIGNIFICANT); p++) {
            BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
            boolean downOk = inside(down, low, high, endsIncluded);
            boolean upOk = inside(up, low, high, endsIncluded);
            if (downOk && upOk) {
                int cmp = exact.subtract(down).compareTo(up.subtract(exact));
                return cmp < 0 ? down : cmp > 0 ? up : exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            }
            if (downOk) {
                return down;
            }
            if (upOk) {
                return up;
            }
        }
        return null;
    }

    private static boolean inside(BigDecimal d, BigDecimal low, BigDecimal high, boolean endsIncluded) {
        int lo = d.compareTo(low);
        int hi = d.compareTo(high);
        return endsIncluded ? lo >= 0 && hi <= 0 : lo > 0 && hi < 0;
    }
}
