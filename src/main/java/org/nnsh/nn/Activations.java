package org.nnsh.nn;

import java.util.Objects;

import org.apache.commons.math3.special.Erf;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.PythonFloat;
import org.nnsh.tensor.Sums;

/**
 * The activation functions, each a small class with its forward formula and its derivative side by
 * side, reached through the static factories ({@code Activations.relu()}, {@code softmax()}, …). The
 * elementwise ones also apply to a single number: {@code Activations.sigmoid().apply(0.0)} = 0.5.
 *
 * <p>Every function is stable over the whole double range, ±∞ included: where a formula would meet
 * ∞ − ∞ or ∞·0 it gives the function's limit instead (gelu(−∞) = −0, softmax([∞, 1]) = [1, 0]).
 * Elementwise functions pass a NaN input through as NaN (except step, 0 at NaN as numpy's
 * {@code (x > 0).astype(float)} is); softmax and logSoftmax, where one NaN would spread over its
 * whole row, reject it with an error naming the position, as they reject a row of −∞ only, which
 * has no softmax.
 *
 * <p>Elementwise functions map an r×c input to an r×c output; softmax and logSoftmax work row by
 * row (a 1-D vector is one row).
 */
public final class Activations {
    private Activations() {
    }

    private static final double SQRT_2 = Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    /** √(2/π), the scale inside the tanh approximation of GELU. */
    private static final double GELU_TANH_SCALE = Math.sqrt(2 / Math.PI);
    private static final double GELU_TANH_CUBIC = 0.044715;

    private static final Relu RELU = new Relu();
    private static final LeakyRelu LEAKY_RELU = new LeakyRelu(0.01);
    private static final Sigmoid SIGMOID = new Sigmoid();
    private static final Tanh TANH = new Tanh();
    private static final Softmax SOFTMAX = new Softmax();
    private static final LogSoftmax LOG_SOFTMAX = new LogSoftmax();
    private static final Step STEP = new Step();
    private static final Linear LINEAR = new Linear();
    private static final Elu ELU = new Elu(1.0);
    private static final Gelu GELU = new Gelu();
    private static final GeluTanh GELU_TANH = new GeluTanh();
    private static final Silu SILU = new Silu();
    private static final Softplus SOFTPLUS = new Softplus();

    // ---------------------------------------------------------------- factories

    /** max(x, 0). */
    public static ElementwiseActivation relu() {
        return RELU;
    }

    /** x for x > 0, else 0.01·x. */
    public static ElementwiseActivation leakyRelu() {
        return LEAKY_RELU;
    }

    /** x for x > 0, else α·x; α must be finite. */
    public static ElementwiseActivation leakyRelu(double alpha) {
        return new LeakyRelu(alpha);
    }

    /** 1 / (1 + e^−x), in (0, 1). */
    public static ElementwiseActivation sigmoid() {
        return SIGMOID;
    }

    public static ElementwiseActivation tanh() {
        return TANH;
    }

    /** Row-wise e^x / Σ e^x: each row becomes a probability distribution. */
    public static Activation softmax() {
        return SOFTMAX;
    }

    /** Row-wise log softmax: x − max − log Σ exp(x − max). */
    public static Activation logSoftmax() {
        return LOG_SOFTMAX;
    }

    /** 1 for x > 0, else 0. */
    public static ElementwiseActivation step() {
        return STEP;
    }

    /** The identity, for regression outputs. */
    public static ElementwiseActivation linear() {
        return LINEAR;
    }

    /** x for x > 0, else e^x − 1. */
    public static ElementwiseActivation elu() {
        return ELU;
    }

    /** x for x > 0, else α·(e^x − 1); α must be finite. */
    public static ElementwiseActivation elu(double alpha) {
        return new Elu(alpha);
    }

    /** Exact GELU: x·Φ(x), Φ the standard normal distribution function. */
    public static ElementwiseActivation gelu() {
        return GELU;
    }

    /** GELU's tanh approximation: ½x·(1 + tanh(√(2/π)·(x + 0.044715x³))). */
    public static ElementwiseActivation geluTanh() {
        return GELU_TANH;
    }

    /** SiLU (swish): x·σ(x). */
    public static ElementwiseActivation silu() {
        return SILU;
    }

    /** log(1 + e^x), a smooth relu. */
    public static ElementwiseActivation softplus() {
        return SOFTPLUS;
    }

    // ---------------------------------------------------------------- elementwise activations

    /**
     * max(x, 0); derivative 1 for x > 0, else 0 — at exactly x = 0 we take the subgradient 0,
     * as PyTorch and TensorFlow do.
     */
    private static final class Relu extends ElementwiseActivation {
        Relu() {
            super("relu");
        }

        @Override
        double value(double x) {
            return Math.max(x, 0.0);
        }

        @Override
        double derivative(double x, double y) {
            return x > 0 ? 1 : 0;
        }

        // The hidden layer of nearly every net: the loops are written out, without the virtual calls
        // of the other activations. C2 (JDK 17) vectorises forward's Math.max, not backward's select;
        // nor a bit mask through doubleToRawLongBits, which took 5.2 µs on the spiral's 154×64 half
        // against the select's 4.1. The arithmetic masks it does vectorise make a NaN x's gradient NaN.
        @Override
        public void forward(double[][] x, double[][] y, int rows) {
            for (int i = 0; i < rows; i++) {
                double[] xi = x[i];
                double[] yi = y[i];
                for (int j = 0; j < xi.length; j++) {
                    yi[j] = Math.max(xi[j], 0.0);
                }
            }
        }

        @Override
        public void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows) {
            for (int i = 0; i < rows; i++) {
                double[] yi = y[i];
                double[] dyi = dY[i];
                double[] dxi = dX[i];
                for (int j = 0; j < yi.length; j++) {
                    // y = max(x, 0) > 0 where x > 0; a NaN y gives 0, as NaN > 0 is false
                    dxi[j] = yi[j] > 0 ? dyi[j] : 0.0;
                }
            }
        }
    }

    /** x for x > 0, else α·x; derivative 1 for x > 0, else α (so α at exactly 0). */
    private static final class LeakyRelu extends ElementwiseActivation {
        private final double alpha;

        LeakyRelu(double alpha) {
            super("leakyRelu(" + PythonFloat.repr(requireFinite("leakyRelu", alpha)) + ")");
            this.alpha = alpha;
        }

        @Override
        double value(double x) {
            return x > 0 ? x : product(x, alpha);
        }

        @Override
        double derivative(double x, double y) {
            return x > 0 ? 1 : alpha;
        }
    }

    /**
     * σ(x) = 1 / (1 + e^−x), with σ' = y·(1 − y). Two branches so that e^(·) only ever sees a
     * non-positive argument: for x &lt; 0 the equal form e^x / (1 + e^x) is used.
     */
    private static final class Sigmoid extends ElementwiseActivation {
        Sigmoid() {
            super("sigmoid");
        }

        @Override
        double value(double x) {
            if (x >= 0) {
                return 1 / (1 + Math.exp(-x));
            }
            double e = Math.exp(x);
            return e / (1 + e);
        }

        @Override
        double derivative(double x, double y) {
            return y * (1 - y);
        }
    }

    /** tanh(x), with tanh' = 1 − y². */
    private static final class Tanh extends ElementwiseActivation {
        Tanh() {
            super("tanh");
        }

        @Override
        double value(double x) {
            return Math.tanh(x);
        }

        @Override
        double derivative(double x, double y) {
            return 1 - y * y;
        }
    }

    /** 1 for x > 0, else 0; its derivative is 0 everywhere it exists (and taken as 0 at 0). */
    private static final class Step extends ElementwiseActivation {
        Step() {
            super("step");
        }

        @Override
        double value(double x) {
            return x > 0 ? 1 : 0;
        }

        @Override
        double derivative(double x, double y) {
            return 0;
        }
    }

    /** The identity; derivative 1. */
    private static final class Linear extends ElementwiseActivation {
        Linear() {
            super("linear");
        }

        @Override
        double value(double x) {
            return x;
        }

        @Override
        double derivative(double x, double y) {
            return 1;
        }
    }

    /** x for x > 0, else α·(e^x − 1) (via expm1, exact near 0); derivative 1 for x > 0, else α·e^x. */
    private static final class Elu extends ElementwiseActivation {
        private final double alpha;

        Elu(double alpha) {
            super("elu(" + PythonFloat.repr(requireFinite("elu", alpha)) + ")");
            this.alpha = alpha;
        }

        @Override
        double value(double x) {
            return x > 0 ? x : alpha * Math.expm1(x);
        }

        @Override
        double derivative(double x, double y) {
            return x > 0 ? 1 : alpha * Math.exp(x);
        }
    }

    /**
     * GELU(x) = x·Φ(x) with Φ(x) = ½·erfc(−x/√2) (erfc keeps Φ accurate far into the left tail,
     * where ½·(1 + erf) would cancel to 0); derivative Φ(x) + x·φ(x), φ the normal density.
     */
    private static final class Gelu extends ElementwiseActivation {
        Gelu() {
            super("gelu");
        }

        @Override
        double value(double x) {
            return product(x, normalCdf(x));
        }

        @Override
        double derivative(double x, double y) {
            return normalCdf(x) + product(x, INV_SQRT_2PI * Math.exp(-0.5 * x * x));
        }

        private static double normalCdf(double x) {
            return 0.5 * Erf.erfc(-x / SQRT_2);
        }
    }

    /**
     * ½x·(1 + tanh u), u = √(2/π)·(x + 0.044715x³), computed as the equal x·σ(2u): 1 + tanh u
     * cancels to nothing for negative x, σ(2u) keeps its tiny value. Derivative
     * σ(2u) + x·σ(2u)·(1 − σ(2u))·2u', u' = √(2/π)·(1 + 3·0.044715x²).
     */
    private static final class GeluTanh extends ElementwiseActivation {
        GeluTanh() {
            super("geluTanh");
        }

        @Override
        double value(double x) {
            return product(x, SIGMOID.value(2 * u(x)));
        }

        @Override
        double derivative(double x, double y) {
            double s = SIGMOID.value(2 * u(x));
            // x·u' overflows to ±∞ from |x| ≈ 1.3e154, long after s·(1 − s) has underflowed to 0
            double du = GELU_TANH_SCALE * (1 + 3 * GELU_TANH_CUBIC * x * x);
            return s + product(2 * x * du, s * (1 - s));
        }

        private static double u(double x) {
            return GELU_TANH_SCALE * (x + GELU_TANH_CUBIC * x * x * x);
        }
    }

    /** SiLU(x) = x·σ(x); derivative σ(x)·(1 + x·(1 − σ(x))), computed as σ + x·σ·(1 − σ). */
    private static final class Silu extends ElementwiseActivation {
        Silu() {
            super("silu");
        }

        @Override
        double value(double x) {
            return product(x, SIGMOID.value(x));
        }

        @Override
        double derivative(double x, double y) {
            double s = SIGMOID.value(x);
            // not σ·(1 + x·(1 − σ)): at x = −∞ that is 0·(−∞); here the vanishing σ·(1 − σ) meets x alone
            return s + product(x, s * (1 - s));
        }
    }

    /**
     * softplus(x) = log(1 + e^x), computed as max(x, 0) + log1p(e^−|x|) so e^(·) never overflows
     * and large negative x keeps its tiny value; derivative σ(x).
     */
    private static final class Softplus extends ElementwiseActivation {
        Softplus() {
            super("softplus");
        }

        @Override
        double value(double x) {
            return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
        }

        @Override
        double derivative(double x, double y) {
            return SIGMOID.value(x);
        }
    }

    /**
     * x·f, except that a zero f gives a zero of x's sign even at x = ±∞, where IEEE has ∞·0 = NaN.
     * Callers pass an f that is 0 only where the true product has vanished: Φ(x), σ(x) or
     * σ·(1 − σ) decay faster than x grows, and leakyRelu's α = 0 is 0 everywhere. A NaN x stays NaN.
     */
    private static double product(double x, double f) {
        return f == 0 ? 0 * Math.signum(x) : x * f;
    }

    // ---------------------------------------------------------------- row-wise activations

    /**
     * softmax(x)ᵢ = e^(xᵢ − m) / Σⱼ e^(xⱼ − m) per row, m the row max (the shift changes nothing
     * mathematically and keeps e^(·) ≤ 1). Its Jacobian is diag(y) − y·yᵀ, so the true
     * vector–Jacobian product is dX = y ⊙ (dY − Σⱼ dYⱼ·yⱼ) — not the diagonal p(1 − p). A row
     * with +∞, where xᵢ − m is ∞ − ∞, gets its limit: 1/k at each of its k infinities, 0 elsewhere.
     */
    private static final class Softmax implements Activation {
        @Override
        public String name() {
            return "softmax";
        }

        @Override
        public Matrix backward(Matrix x, Matrix dY) {
            requireFiniteGradient(name(), dY);
            return Activation.super.backward(x, dY);
        }

        @Override
        public void forward(double[][] x, double[][] y, int rows) {
            for (int i = 0; i < rows; i++) {
                double[] xi = x[i];
                double[] yi = y[i];
                double max = rowMax(name(), xi, i);
                if (max == Double.POSITIVE_INFINITY) {
                    int k = infinities(xi);
                    for (int j = 0; j < xi.length; j++) {
                        yi[j] = xi[j] == max ? 1.0 / k : 0;
                    }
                    continue;
                }
                for (int j = 0; j < xi.length; j++) {
                    yi[j] = Math.exp(xi[j] - max);
                }
                // numpy's e.sum(axis=1) order, so a row of 8 or more classes has numpy's last digits
                double sum = Sums.pairwise(yi, 0, yi.length);
                for (int j = 0; j < xi.length; j++) {
                    yi[j] /= sum;
                }
            }
        }

        @Override
        public void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows) {
            for (int i = 0; i < rows; i++) {
                double[] yi = y[i];
                double[] dyi = dY[i];
                double[] dxi = dX[i];
                // dX holds the products dY ⊙ y first, to sum them in numpy's order
                for (int j = 0; j < yi.length; j++) {
                    dxi[j] = dyi[j] * yi[j];
                }
                double dot = Sums.pairwise(dxi, 0, dxi.length);
                for (int j = 0; j < yi.length; j++) {
                    dxi[j] = yi[j] * (dyi[j] - dot);
                }
            }
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /**
     * logSoftmax(x)ᵢ = xᵢ − m − log Σⱼ e^(xⱼ − m) per row, m the row max: computed directly, never as
     * the log of a softmax (which underflows to log 0 = −∞ for large gaps). Its vector–Jacobian
     * product is dX = dY − softmax(x)·Σⱼ dYⱼ, with softmax(x) = e^y. A row with k values +∞ gets
     * softmax's limit's log: −log k at the infinities, −∞ elsewhere.
     */
    private static final class LogSoftmax implements Activation {
        @Override
        public String name() {
            return "logSoftmax";
        }

        @Override
        public Matrix backward(Matrix x, Matrix dY) {
            requireFiniteGradient(name(), dY);
            return Activation.super.backward(x, dY);
        }

        @Override
        public void forward(double[][] x, double[][] y, int rows) {
            for (int i = 0; i < rows; i++) {
                double[] xi = x[i];
                double[] yi = y[i];
                double max = rowMax(name(), xi, i);
                if (max == Double.POSITIVE_INFINITY) {
                    // 0 − log k rather than −log k, which is −0 for k = 1: x − m − log 1 is +0 for a finite max too
                    double logShare = 0 - Math.log(infinities(xi));
                    for (int j = 0; j < xi.length; j++) {
                        yi[j] = xi[j] == max ? logShare : Double.NEGATIVE_INFINITY;
                    }
                    continue;
                }
                // y holds e^(x − m) first, to sum them in numpy's order (np.exp(z).sum(axis=1))
                for (int j = 0; j < xi.length; j++) {
                    yi[j] = Math.exp(xi[j] - max);
                }
                double logSum = Math.log(Sums.pairwise(yi, 0, yi.length));
                for (int j = 0; j < xi.length; j++) {
                    yi[j] = xi[j] - max - logSum;
                }
            }
        }

        @Override
        public void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows) {
            for (int i = 0; i < rows; i++) {
                double[] yi = y[i];
                double[] dyi = dY[i];
                double[] dxi = dX[i];
                double sum = Sums.pairwise(dyi, 0, dyi.length);
                for (int j = 0; j < yi.length; j++) {
                    dxi[j] = dyi[j] - Math.exp(yi[j]) * sum;
                }
            }
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /**
     * A row-wise backward sums dY over the row, so one NaN or ±∞ in it (∞ − ∞) would make the whole
     * row NaN, silently: refused with its position, as a NaN input is refused by forward.
     */
    private static void requireFiniteGradient(String op, Matrix dY) {
        // before dY.rows() below, which would fail with the JVM's own message, naming no activation
        Objects.requireNonNull(dY, op + " backward: dY is null");
        for (int i = 0; i < dY.rows(); i++) {
            for (int j = 0; j < dY.cols(); j++) {
                double g = dY.get(i, j);
                if (!Double.isFinite(g)) {
                    throw new ArithmeticException(op + " backward: the gradient dY is " + PythonFloat.repr(g) + " at ("
                            + i + ", " + j + "); row " + i + " would be NaN, so a finite dY is expected");
                }
            }
        }
    }

    /**
     * The max of row i of op's input, checked: a NaN, or a non-empty row of −∞ only (every e^(x − m)
     * would be e^(−∞ + ∞) = NaN, and the limit of e^x / Σ e^x has no value there), is an error
     * rather than a row of NaN. A +∞ max is returned for the caller's limit form.
     */
    private static double rowMax(String op, double[] row, int i) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : row) {
            max = Math.max(max, v);
        }
        if (Double.isNaN(max)) {
            int j = 0;
            while (!Double.isNaN(row[j])) {
                j++;
            }
            throw new ArithmeticException(op + ": the input is NaN at (" + i + ", " + j + "), so row " + i
                    + " has no " + op);
        }
        if (max == Double.NEGATIVE_INFINITY && row.length > 0) {
            throw new ArithmeticException(op + ": row " + i + " is all -inf, so it has no " + op
                    + " (every e^x is 0, and 0/0 has no value)");
        }
        return max;
    }

    /**
     * How many values of a row are +∞. A row with +∞ has, as its limit, the softmax of equal huge
     * values in those places: they share the probability 1 equally and every finite value gets 0.
     */
    private static int infinities(double[] row) {
        int k = 0;
        for (double v : row) {
            if (v == Double.POSITIVE_INFINITY) {
                k++;
            }
        }
        return k;
    }

    private static double requireFinite(String op, double alpha) {
        if (!Double.isFinite(alpha)) {
            throw new IllegalArgumentException(op + ": alpha must be a finite number, got " + alpha);
        }
        return alpha;
    }
}
