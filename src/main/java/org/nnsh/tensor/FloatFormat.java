package org.nnsh.tensor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * numpy's {@code FloatingFormat} with the default print options (precision 8, floatmode
 * 'maxprec', suppress False): one format chosen from all the values that will be shown, then
 * applied to each value so that the columns line up.
 *
 * <p>Scientific notation is chosen when, among the finite non-zero values, max|x| ≥ 1e8,
 * min|x| &lt; 1e-4 or max|x| / min|x| &gt; 1e3. Positional values keep at most 8 decimals, trailing
 * zeros dropped, then every value is padded to the widest integer part (spaces on the left) and
 * the widest fraction (spaces on the right). Scientific values keep the widest fraction for all
 * (more digits of each value on the right) and the widest exponent.
 */
final class FloatFormat {
    private static final int PRECISION = 8;
    private static final double EXP_CUTOFF_MAX = 1e8;
    private static final double EXP_CUTOFF_MIN = 1e-4;
    private static final double EXP_CUTOFF_RATIO = 1e3;

    private final boolean scientific;
    private final int padLeft;
    private final int padRight;
    /** Scientific only: fraction digits every mantissa is padded to. */
    private final int fractionDigits;
    /** Scientific only: digits every exponent is padded to. */
    private final int exponentDigits;
    /** The values are float32 ones (held exactly as doubles): their shortest digits are a float's. */
    private final boolean float32;

    private FloatFormat(boolean scientific, int padLeft, int padRight, int fractionDigits, int exponentDigits,
            boolean float32) {
        this.scientific = scientific;
        this.padLeft = padLeft;
        this.padRight = padRight;
        this.fractionDigits = fractionDigits;
        this.exponentDigits = exponentDigits;
        this.float32 = float32;
    }

    /** The format numpy would pick for an array whose shown values are {@code values}. */
    static FloatFormat of(double[] values) {
        return of(values, false);
    }

    /**
     * As {@link #of(double[])}; with {@code float32} the values are floats widened exactly, printed as numpy
     * prints a float32 array: a float's shortest digits, and the padding digits of scientific notation from
     * the float's exact value (1e-9f, 9.99999972e-10, next to a value that needs 8 decimals).
     */
    static FloatFormat of(double[] values, boolean float32) {
        boolean scientific = choosesScientific(values, float32);
        int padLeft = 0;
        int fraction = 0;
        int exponent = 0;
        boolean anyFinite = false;
        boolean anyNan = false;
        boolean anyNegativeInf = false;
        boolean anyInf = false;
        for (double x : values) {
            if (Double.isNaN(x)) {
                anyNan = true;
                continue;
            }
            if (Double.isInfinite(x)) {
                anyInf = true;
                anyNegativeInf |= x < 0;
                continue;
            }
            anyFinite = true;
            Number n = scientific ? Number.scientific(x, 0, 0, float32) : Number.positional(x, float32);
            padLeft = Math.max(padLeft, n.integerPart.length());
            fraction = Math.max(fraction, n.fraction.length());
            exponent = Math.max(exponent, n.exponent.length() - 1);
        }
        int padRight = !anyFinite ? 0 : scientific ? exponent + 2 + fraction : fraction;
        if (anyNan || anyInf) {
            // nan and inf are right-aligned in the full width of a number: they may widen it
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, "nan".length() - offset);
            padLeft = Math.max(padLeft, "inf".length() + (anyNegativeInf ? 1 : 0) - offset);
        }
        return new FloatFormat(scientific, padLeft, padRight, fraction, exponent, float32);
    }

    private static boolean choosesScientific(double[] values, boolean float32) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double x : values) {
            double a = Math.abs(x);
            if (a != 0 && Double.isFinite(a)) {
                max = Math.max(max, a);
                min = Math.min(min, a);
            }
        }
        if (float32 && max > 0) {
            // numpy 2 compares a float32 array's values with the cut-offs as float32 (NEP 50), and divides in
            // float32: 1e-4f alone is positional, 0.0001, though as a double it lies just below 1e-4
            float hi = (float) max;
            float lo = (float) min;
            return hi >= (float) EXP_CUTOFF_MAX || lo < (float) EXP_CUTOFF_MIN || hi / lo > (float) EXP_CUTOFF_RATIO;
        }
        return max > 0 && (max >= EXP_CUTOFF_MAX || min < EXP_CUTOFF_MIN || max / min > EXP_CUTOFF_RATIO);
    }

    /** One value, padded to this format's width. */
    String format(double x) {
        if (!Double.isFinite(x)) {
            String s = Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
            return " ".repeat(Math.max(0, padLeft + padRight + 1 - s.length())) + s;
        }
        if (scientific) {
            Number n = Number.scientific(x, fractionDigits, exponentDigits, float32);
            return " ".repeat(padLeft - n.integerPart.length()) + n.integerPart + '.' + n.fraction + 'e' + n.exponent;
        }
        Number n = Number.positional(x, float32);
        return " ".repeat(padLeft - n.integerPart.length()) + n.integerPart + '.' + n.fraction
                + " ".repeat(padRight - n.fraction.length());
    }

    /** A finite value split as numpy's Dragon4 prints it: sign and integer part, fraction, exponent. */
    private static final class Number {
        final String integerPart;
        final String fraction;
        /** Sign and digits, without the 'e'; empty in positional form. */
        final String exponent;

        private Number(String integerPart, String fraction, String exponent) {
            this.integerPart = integerPart;
            this.fraction = fraction;
            this.exponent = exponent;
        }

        static Number positional(double x, boolean float32) {
            String plain = (float32 ? DecimalDigits.positional32(x, PRECISION) : DecimalDigits.positional(x, PRECISION))
                    .toPlainString();
            int dot = plain.indexOf('.');
            String integer = dot < 0 ? plain : plain.substring(0, dot);
            String fraction = dot < 0 ? "" : plain.substring(dot + 1);
            return new Number(sign(x) + integer, fraction, "");
        }

        /**
         * Mantissa with at least minFraction fraction digits, exponent with at least max(2, minExponent).
         * numpy's Dragon4 makes the extra digits from the exact value, rounded half to even, not zeros:
         * the same for normal doubles, whose shortest digits are exact far beyond 9 digits, but not for
         * the smallest subnormals (5e-324 is 4.94…e-324, so next to 1.5 it prints 4.9e-324), nor for
         * float32 values, whose exact digits pad their shortest ones (1e-9f is 9.99999972e-10).
         */
        static Number scientific(double x, int minFraction, int minExponent, boolean float32) {
            BigDecimal d = float32 ? DecimalDigits.scientific32(x, PRECISION) : DecimalDigits.scientific(x, PRECISION);
            if (x != 0 && d.precision() < 1 + minFraction) {
                d = new BigDecimal(Math.abs(x)).round(new MathContext(1 + minFraction, RoundingMode.HALF_EVEN));
            }
            String digits = d.unscaledValue().toString();
            int exp = x == 0 ? 0 : digits.length() - 1 - d.scale();
            String fraction = digits.substring(1);
            fraction += "0".repeat(Math.max(0, minFraction - fraction.length()));
            String expDigits = Integer.toString(Math.abs(exp));
            expDigits = "0".repeat(Math.max(0, Math.max(2, minExponent) - expDigits.length())) + expDigits;
            return new Number(sign(x) + digits.charAt(0), fraction, (exp < 0 ? "-" : "+") + expDigits);
        }

        private static String sign(double x) {
            return Double.doubleToRawLongBits(x) < 0 ? "-" : "";
        }
    }
}
