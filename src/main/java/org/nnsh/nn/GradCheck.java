package org.nnsh.nn;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.NumpyRandom;
import org.nnsh.tensor.PythonFloat;
import org.nnsh.tensor.ShapeException;

/**
 * Checks an analytic gradient against central finite differences, entry by entry.
 *
 * <p>Each entry x is stepped by ±h and ±2h, h = {@value #STEP} (or 1e-10·|x| above |x| = 1e5, where
 * x ± {@value #STEP} would round back to x). The numerical derivative is the
 * central difference n = (f(x + h) − f(x − h)) / ((x + h) − (x − h)) (divided by the step as
 * represented, so large x lose nothing). The two wider points say how far n can be trusted:
 * <ul>
 * <li>on a smooth stretch the central differences at h and 2h agree to O(h²), and the
 * one-sided differences' disagreement, f(x + s) − 2f(x) + f(x − s), grows as s², so it is 4 times
 * as large at 2h as at h;</li>
 * <li>a kink within the step — a ReLU or L1 at exactly 0, or crossed by the step — breaks both:
 * there the loss has no derivative, and the analytic gradient is one of the one-sided ones.</li>
 * </ul>
 * The sum of the two mismatches, |n(2h) − n(h)| + |D(2h) − 4D(h)| / 4h with D(s) that
 * disagreement, bounds how far a single kink can move n from the one-sided derivative (an even kink
 * J·|x| at x moves it by J, and leaves n(h) = n(2h); an odd one crossed at distance δ leaves
 * D(2h) ≈ 4D(h) only where n(2h) and n(h) differ by about as much as n is off). An entry whose
 * bound exceeds the tolerance is excluded and counted: no finite difference can say what its
 * derivative is. The rest are scored by the relative error |a − n| / max(|a|, |n|, floor).
 *
 * <p>The floor is the differences' own round-off: a function value carries up to about
 * {@value #ROUNDING} ulps of max(|f|, 1), so n resolves no better than {@value #ROUNDING}·ε·max(|f|, 1) / h,
 * about 2e-9 for a loss of 1 or less. Below floor = that resolution / tolerance (2e-4), the check
 * asks for agreement within the resolution instead of relative agreement.
 * A correct gradient of a net on float64 scores below 1e-7; an entry off by 1% scores 1e-2.
 */
public final class GradCheck {
    private GradCheck() {
    }

    /** The finite-difference step h. */
    public static final double STEP = 1e-5;
    /**
     * The largest relative error that passes. Central differences at h = 1e-5 are exact to about
     * f'''·h²/6 ≈ 1e-10 relative on a net's loss, far inside it, and an entry off by only 0.01%
     * still fails by a factor of ten.
     */
    public static final double TOLERANCE = 1e-5;
    /**
     * How many ulps of max(|f|, 1) a function value may be off by after the sums of a forward pass;
     * this sets the floor. At least 1, because values smaller than 1 are mostly computed from
     * quantities of size 1 — probabilities, 1 + e^−x, a prediction minus its target — and keep
     * their rounding: a loss of 1e-8 is no more exact than a loss of 1.
     */
    static final double ROUNDING = 100;

    /**
     * The worst entry that was checked: its relative error, its position, and the two gradients
     * there; how many entries were checked and how many sat at a kink and were excluded. Row and
     * column are -1 when nothing was checked. A NaN anywhere makes the error NaN, which never passes.
     */
    public record Result(double maxRelativeError, int row, int col, double analytic, double numeric, int checked,
            int kinks) {
        /** True when every checked entry's relative error is below {@link #TOLERANCE}. */
        public boolean passes() {
            return passes(TOLERANCE);
        }

        /** True when every checked entry's relative error is below {@code tolerance}, which must be positive. */
        public boolean passes(double tolerance) {
            return maxRelativeError < requireTolerance(tolerance);
        }

        @Override
        public String toString() {
            String excluded = kinks == 0 ? "" : ", " + kinks + " at kinks excluded";
            return row < 0 ? "nothing to check" + excluded
                    // in Python's repr (5.89e-08, nan), as nnsh prints every float, not Java's 5.89E-8 and NaN
                    : "max relative error " + PythonFloat.repr(maxRelativeError) + " at (" + row + ", " + col
                    + "): analytic " + PythonFloat.repr(analytic) + ", numeric " + PythonFloat.repr(numeric) + excluded;
        }
    }

    /** At 0 or below (or NaN) nothing passes, not even exact gradients: never what was meant. */
    static double requireTolerance(double tolerance) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("passes: the tolerance must be positive, got " + tolerance);
        }
        return tolerance;
    }

    /** |a − n| / max(|a|, |n|, floor); floor must be positive, or two zero gradients would be 0/0. */
    public static double relativeError(double analytic, double numeric, double floor) {
        if (!(floor > 0)) {
            throw new IllegalArgumentException("relativeError: the floor must be positive, got " + floor
                    + " (it keeps two zero gradients from being 0/0)");
        }
        return Math.abs(analytic - numeric) / Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), floor);
    }

    /**
     * Checks {@code f.backward} at x against the derivative of L(x) = Σ dY ⊙ f(x), whose gradient is
     * exactly the vector–Jacobian product. Each difference of L is summed as Σ dY ⊙ (difference of
     * f), so outputs that the step does not touch cancel exactly instead of adding rounding noise.
     * An activation acts row by row, so the round-off a step at (i, j) can meet is that of row i's
     * outputs, even those a step too small for them leaves unchanged: Σ |dY|·max(|f(x)|, 1) over
     * the row (see {@link #ROUNDING} for the 1).
     */
    public static Result activation(Activation f, Matrix x, Matrix dY) {
        Objects.requireNonNull(f, "gradCheck: the activation is null");
        Objects.requireNonNull(x, "gradCheck: x is null");
        Objects.requireNonNull(dY, "gradCheck: dY is null");
        if (x.rows() != dY.rows() || x.cols() != dY.cols()) {
            throw new ShapeException("gradCheck " + f.name() + ": gradient shape " + dY.shapeString()
                    + " does not match input shape " + x.shapeString());
        }
        int rows = x.rows();
        int cols = x.cols();
        double[][] xs = x.toArray();
        double[][] dy = dY.toArray();
        double[][] y = new double[rows][cols];
        double[][] analytic = new double[rows][cols];
        f.forward(xs, y, rows);
        f.backward(xs, y, dy, analytic, rows);

        double[][][] stepped = new double[4][rows][cols];
        Worst worst = new Worst();
        for (int i = 0; i < rows; i++) {
            double rowScale = 0;
            for (int l = 0; l < cols; l++) {
                rowScale += Math.abs(dy[i][l]) * Math.max(Math.abs(y[i][l]), 1);
            }
            for (int j = 0; j < cols; j++) {
                double xij = xs[i][j];
                double[] at = steps(xij);
                for (int s = 0; s < 4; s++) {
                    xs[i][j] = at[s];
                    f.forward(xs, stepped[s], rows);
                }
                xs[i][j] = xij;
                double[] near = new double[2];
                double[] wide = new double[2];
                for (int k = 0; k < rows; k++) {
                    for (int l = 0; l < cols; l++) {
                        double w = dy[k][l];
                        near[0] += w * (stepped[2][k][l] - stepped[1][k][l]);
                        near[1] += w * ((stepped[2][k][l] - y[k][l]) + (stepped[1][k][l] - y[k][l]));
                        wide[0] += w * (stepped[3][k][l] - stepped[0][k][l]);
                        wide[1] += w * ((stepped[3][k][l] - y[k][l]) + (stepped[0][k][l] - y[k][l]));
                    }
                }
                worst.offer(i, j, analytic[i][j], at, near, wide, rowScale);
            }
        }
        return worst.result();
    }

    /** {@link #activation(Activation, Matrix, Matrix)} with dY drawn uniformly from [−1, 1), seeded. */
    public static Result activation(Activation f, Matrix x, long seed) {
        Objects.requireNonNull(x, "gradCheck: x is null");
        Matrix dY = new NumpyRandom(seed).rand(x.rows(), x.cols()).times(2).minus(1);
        return activation(f, x, x.isVector() ? dY.flatten() : dY);
    }

    /** Checks the gradient of a scalar function of a matrix (a loss of its predictions, say) at x. */
    public static Result function(ToDoubleFunction<Matrix> f, Matrix x, Matrix analyticGradient) {
        Objects.requireNonNull(f, "gradCheck: the function is null");
        Objects.requireNonNull(x, "gradCheck: x is null");
        Objects.requireNonNull(analyticGradient, "gradCheck: the analytic gradient is null");
        if (x.rows() != analyticGradient.rows() || x.cols() != analyticGradient.cols()) {
            throw new ShapeException("gradCheck: gradient shape " + analyticGradient.shapeString()
                    + " does not match input shape " + x.shapeString());
        }
        double[][] xs = x.toArray();
        return parameters(xs, () -> f.applyAsDouble(Targets.shaped(copy(xs), x)), analyticGradient.toArray());
    }

    /**
     * Checks the gradient of {@code loss} with respect to the values of {@code params}, which are
     * changed in place one at a time and restored: the form a network's own parameter arrays need.
     * A thread interrupt stops it with a {@link CancellationException}, the values restored.
     */
    public static Result parameters(double[][] params, DoubleSupplier loss, double[][] analyticGradient) {
        Objects.requireNonNull(params, "gradCheck: the parameters are null");
        Objects.requireNonNull(loss, "gradCheck: the loss is null");
        Objects.requireNonNull(analyticGradient, "gradCheck: the analytic gradient is null");
        if (analyticGradient.length != params.length) {
            throw new ShapeException("gradCheck: the gradient has " + Plural.count(analyticGradient.length, "row") + " for "
                    + Plural.count(params.length, "row") + " of parameters");
        }
        Worst worst = new Worst();
        double center = loss.getAsDouble();
        double[] values = new double[4];
        for (int i = 0; i < params.length; i++) {
            if (analyticGradient[i].length != params[i].length) {
                throw new ShapeException("gradCheck: gradient row " + i + " has " + analyticGradient[i].length
                        + " values for " + params[i].length + " parameters");
            }
            for (int j = 0; j < params[i].length; j++) {
                // a net's check can take minutes; the shell force-stops a snippet that ignores Ctrl-C's
                // interrupt, which could leave an entry stepped by h, a silently different net
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("gradCheck: stopped by an interrupt (Ctrl-C) at entry (" + i + ", " + j
                            + "); the parameters are as they were");
                }
                double pij = params[i][j];
                double[] at = steps(pij);
                try {
                    for (int s = 0; s < 4; s++) {
                        params[i][j] = at[s];
                        values[s] = loss.getAsDouble();
                    }
                } finally {
                    params[i][j] = pij;
                }
                double[] near = {values[2] - values[1], (values[2] - center) + (values[1] - center)};
                double[] wide = {values[3] - values[0], (values[3] - center) + (values[0] - center)};
                worst.offer(i, j, analyticGradient[i][j], at, near, wide, Math.max(Math.abs(center), 1));
            }
        }
        return worst.result();
    }

    /**
     * x − 2h, x − h, x + h, x + 2h, with h = max(STEP, 1e-10·|x|): from |x| ≈ 2e11 on, x ± STEP rounds
     * back to x (the ulp of 1e12 is 1.2e-4), and the difference quotient was 0/0 = NaN, a failure of a
     * right gradient; 1e-10·|x| is still at least 450 ulps of x, and up to |x| = 1e5 h stays STEP.
     */
    private static double[] steps(double x) {
        double h = Math.max(STEP, 1e-10 * Math.abs(x));
        return new double[] {x - 2 * h, x - h, x + h, x + 2 * h};
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** The running worst checked entry and the counts; a NaN error, once seen, stays the worst. */
    private static final class Worst {
        private double error = 0;
        private int row = -1;
        private int col = -1;
        private double analytic;
        private double numeric;
        private int checked;
        private int kinks;

        /**
         * One entry: {@code at} its four stepped positions (x − 2h, x − h, x + h, x + 2h), and at h
         * and 2h the odd difference f(x + s) − f(x − s) and the even one f(x + s) − 2f(x) + f(x − s);
         * {@code scale} the size of the function values whose round-off the differences carry.
         */
        void offer(int i, int j, double a, double[] at, double[] near, double[] wide, double scale) {
            double n = near[0] / (at[2] - at[1]);
            double wideStep = at[3] - at[0];
            double kinkBound = Math.abs(wide[0] / wideStep - n) + Math.abs(wide[1] - 4 * near[1]) / wideStep;
            // over the step taken (not STEP): a larger step resolves proportionally finer
            double resolution = ROUNDING * Math.ulp(1.0) * scale / ((at[2] - at[1]) / 2);
            // where the steps changed nothing the resolution is 0; the smallest normal keeps 0/0 out
            double floor = Math.max(resolution / TOLERANCE, Double.MIN_NORMAL);
            // compared as "not within" so that a NaN bound keeps the entry checked, and failing
            if (!(kinkBound <= TOLERANCE * Math.max(Math.abs(n), floor))) {
                if (!Double.isNaN(kinkBound)) {
                    kinks++;
                    return;
                }
            }
            checked++;
            double e = relativeError(a, n, floor);
            if (row < 0 || Double.isNaN(e) || (!Double.isNaN(error) && e > error)) {
                error = e;
                row = i;
                col = j;
                analytic = a;
                numeric = n;
            }
        }

        Result result() {
            return new Result(error, row, col, analytic, numeric, checked, kinks);
        }
    }
}
