package org.nnsh.tensor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr} of a float: the shortest decimal that reads back as the same double,
 * positional for exponents from −4 to 15 ({@code 0.000862}, {@code 1.0}), scientific outside
 * ({@code 2.6881171418161356e+43}). Java's {@code Double.toString} differs in both rules.
 */
public final class PythonFloat {
    private PythonFloat() {
    }

    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        if (x == 0) {
            return sign + "0.0";
        }
        BigDecimal digits = DecimalDigits.scientific(x, 16);
        int exponent = digits.precision() - digits.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = digits.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        return sign + scientific(digits);
    }

    /**
     * numpy's str() of a float32 scalar, which is how a Java float prints: its own shortest digits
     * (0.1f is 0.1, not 0.10000000149011612), positional from 1e-4 up to 1e6 and scientific outside,
     * numpy's cut-offs for float32 (1e10f is 1e+10, 16777217f is 1.6777216e+07, and 1e-4f, which lies
     * just below 1e-4, is 1e-04); Float.toString writes 1.0E10 and NaN.
     */
    public static String float32(float f) {
        if (Float.isNaN(f)) {
            return "nan";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "inf" : "-inf";
        }
        String sign = Float.floatToRawIntBits(f) < 0 ? "-" : "";
        if (f == 0) {
            return sign + "0.0";
        }
        BigDecimal digits = shortest(Math.abs(f));
        double abs = Math.abs((double) f);
        if (abs >= 1e-4 && abs < 1e6) {
            String plain = digits.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        return sign + scientific(digits);
    }

    /** The fewest significant digits that read back as f (a positive finite float), trailing zeros removed. */
    static BigDecimal shortest(float f) {
        BigDecimal exact = new BigDecimal(f);
        for (int p = 1; ; p++) {
            BigDecimal rounded = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (rounded.floatValue() == f) {
                return rounded.stripTrailingZeros();
            }
        }
    }

    /** Positive digits as Python's scientific repr writes them: 1e+16, 2.5e-07 (two exponent digits at least). */
    private static String scientific(BigDecimal digits) {
        int exponent = digits.precision() - digits.scale() - 1;
        String mantissa = digits.unscaledValue().toString();
        String body = mantissa.length() == 1 ? mantissa : mantissa.charAt(0) + "." + mantissa.substring(1);
        return body + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }
}
