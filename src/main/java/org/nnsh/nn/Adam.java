package org.nnsh.nn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (nnfs ch. 10): m = β₁·m + (1 − β₁)·g, c = β₂·c + (1 − β₂)·g², both bias-corrected by
 * 1/(1 − βᵗ⁺¹), then w += −lr·m̂ / (√ĉ + ε). Defaults: lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-7.
 */
public final class Adam extends Optimizer {
    /** nnfs's defaults, which {@link Optimizers#adam(double)} uses and toString leaves out. */
    static final double DEFAULT_BETA1 = 0.9;
    static final double DEFAULT_BETA2 = 0.999;
    static final double DEFAULT_EPSILON = 1e-7;

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private long correctedStep;
    private double correction1;
    private double correction2;

    Adam(double learningRate, double decay, double beta1, double beta2, double epsilon) {
        super(learningRate, decay);
        this.beta1 = fraction("beta1", beta1);
        this.beta2 = fraction("beta2", beta2);
        this.epsilon = positive("epsilon", epsilon);
    }

    @Override
    public String name() {
        return "adam";
    }

    @Override
    public Adam decay(double d) {
        return new Adam(learningRate(), d, beta1, beta2, epsilon);
    }

    public Adam beta1(double b) {
        return new Adam(learningRate(), decay(), b, beta2, epsilon);
    }

    public Adam beta2(double b) {
        return new Adam(learningRate(), decay(), beta1, b, epsilon);
    }

    public Adam epsilon(double e) {
        return new Adam(learningRate(), decay(), beta1, beta2, e);
    }

    public double beta1() {
        return beta1;
    }

    public double beta2() {
        return beta2;
    }

    public double epsilon() {
        return epsilon;
    }

    @Override
    List<String> slotNames() {
        return List.of("momentum", "cache");
    }

    @Override
    Map<String, Double> ownHyperParameters() {
        Map<String, Double> own = new LinkedHashMap<>();
        own.put("beta1", beta1);
        own.put("beta2", beta2);
        own.put("epsilon", epsilon);
        return own;
    }

    @Override
    Map<String, Double> defaults() {
        return Map.of("beta1", DEFAULT_BETA1, "beta2", DEFAULT_BETA2, "epsilon", DEFAULT_EPSILON);
    }

    @Override
    void update(double[][] w, double[][] g, double rate, double[][][] slots) {
        if (correctedStep != iterations() + 1) {
            // once per step, not per parameter: β₁ᵗ is subnormal for t near 7000, where pow is slow
            correctedStep = iterations() + 1;
            correction1 = 1 - Math.pow(beta1, correctedStep);
            correction2 = 1 - Math.pow(beta2, correctedStep);
        }
        // With |m| < 2⁻¹⁰²², this step changes w by at most 2⁻¹⁰¹⁸·rate/(correction₁·ε) + 2⁻¹⁰⁷²/ε + 2⁻¹⁰⁷⁴,
        // rounding included: when ulp(w)·2¹⁰¹⁶ exceeds this bound, that is below a quarter of w's ulp.
        double negligible = 16 * (rate / (correction1 * epsilon) + 1 / epsilon + 1);
        for (int r = 0; r < w.length; r++) {
            double[] wr = w[r];
            double[] gr = g[r];
            double[] mr = slots[0][r];
            double[] cr = slots[1][r];
            for (int c = 0; c < wr.length; c++) {
                double m0 = mr[c];
                double m = gr[c] == 0 && m0 != 0 && Math.abs(m0) < Double.MIN_NORMAL
                        ? decayedSubnormal(m0, gr[c])
                        : beta1 * m0 + (1 - beta1) * gr[c];
                mr[c] = m;
                cr[c] = beta2 * cr[c] + (1 - beta2) * (gr[c] * gr[c]);
                if (Math.abs(m) < Double.MIN_NORMAL && Math.ulp(wr[c]) * 0x1p1016 > negligible) {
                    // a dead unit's momentum decays into subnormals, ~50× slower to compute with (on the
                    // spiral, 72 of them from epoch 7000: 1.6 → 9.9 µs a step); w + change would round
                    // back to w, so skipping it leaves every bit as the formula would
                    continue;
                }
                double mHat = m / correction1;
                double cHat = cr[c] / correction2;
                wr[c] += -rate * mHat / (Math.sqrt(cHat) + epsilon);
            }
        }
    }

    /**
     * β₁·m + (1 − β₁)·g for a subnormal m and g = ±0, exactly as the formula gives it, without
     * an operation on a subnormal: m = ±k·2⁻¹⁰⁷⁴ for its mantissa k, and IEEE rounds β₁·m to the
     * integer multiple of 2⁻¹⁰⁷⁴ nearest β₁·k, ties to even. β₁·k is p + e exactly (e from an
     * fma), p's nearest integer n is off only when p is a tie that e breaks.
     */
    private double decayedSubnormal(double m, double g) {
        long bits = Double.doubleToRawLongBits(m);
        double k = bits & 0x000F_FFFF_FFFF_FFFFL;
        double p = beta1 * k;
        double e = Math.fma(beta1, k, -p);
        double n = Math.rint(p);
        double d = p - n;
        if (d == 0.5 && e > 0) {
            n += 1;
        } else if (d == -0.5 && e < 0) {
            n -= 1;
        }
        if (n == 0) {
            // the product rounds to zero, whose sign depends on g's: rare enough for the formula
            return beta1 * m + (1 - beta1) * g;
        }
        return Double.longBitsToDouble((bits & Long.MIN_VALUE) | (long) n);
    }
}
