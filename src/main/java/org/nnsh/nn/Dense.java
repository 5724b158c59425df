package org.nnsh.nn;

import java.util.List;

import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.NumpyRandom;
import org.nnsh.tensor.ShapeException;

/**
 * A fully connected layer: y = x·W + b, with x n×in, W in×out, b 1×out. Weights start as
 * {@code 0.01·randn(in, out)} drawn from the global numpy stream when the layer is made (so draws
 * happen in script order, as in numpy code), biases as zeros. Optional L1/L2 penalties on weights
 * and biases follow <em>Neural Networks from Scratch</em> ch. 14: they add λ₁·Σ|w| + λ₂·Σw² to the
 * loss and λ₁·sign(w) + 2λ₂·w to the gradient.
 */
public final class Dense extends Layer {
    private final int in;
    private final int out;
    /** Whether W is narrow (fewer than {@link DenseKernels#NARROW} outputs): then {@link #weights} keeps Wᵀ. */
    private final boolean narrow;
    private final Param weights;
    private final Param biases;
    private final List<Param> params;
    /** W the other way round from how {@link #weights} keeps it: allocated once, filled by backward when its kernel reads that side. */
    private final double[][] flipped;
    /** What the kernels start a sum from, so that they need not clear their output first. */
    private final double[] zeros;
    private double l1Weights;
    private double l1Biases;
    private double l2Weights;
    private double l2Biases;
    private double[][] input;
    private double[][] columns = new double[3][0];

    Dense(String label, int in, int out) {
        this(label, initialWeights(in, out), new double[1][out]);
    }

    /** A layer that takes ownership of W (in×out) and b (1×out) and draws nothing: for loading a saved net. */
    Dense(String label, double[][] weights, double[][] biases) {
        this(label, weightsParam(label, weights, biases[0].length < DenseKernels.NARROW), new Param(label + " biases", biases));
    }

    private Dense(String label, Param weights, Param biases) {
        super(label);
        this.narrow = weights.transposed();
        this.in = weights.rows();
        this.out = weights.cols();
        this.weights = weights;
        this.biases = biases;
        this.params = List.of(weights, biases);
        this.flipped = narrow ? new double[in][out] : new double[out][in];
        this.zeros = new double[Math.max(in, out)];
    }

    /** W as a parameter: its rows as given, or transposed into out rows of in values for a narrow layer. */
    private static Param weightsParam(String label, double[][] w, boolean narrow) {
        if (!narrow) {
            return new Param(label + " weights", w, false);
        }
        double[][] wT = new double[w[0].length][w.length];
        DenseKernels.transpose(w, wT);
        return new Param(label + " weights", wT, true);
    }

    /**
     * Checked by {@link Net#dense(int, int)} before any other complaint about a dense layer, and so before
     * the constructor draws weights: a width mismatch or a missing input width named around a negative size
     * (dense(2, -1) as the fix for dense(-1)) misleads.
     */
    static void requirePositive(String label, int in, int out) {
        if (in <= 0 || out <= 0) {
            throw new IllegalArgumentException(label + ": sizes must be positive, got dense(" + in + ", " + out + ")");
        }
    }

    private static double[][] initialWeights(int in, int out) {
        return NumpyRandom.global().randn(in, out).times(0.01).toArray();
    }

    public int inputs() {
        return in;
    }

    public int outputs() {
        return out;
    }

    /** W, in×out. */
    public Matrix weights() {
        return weights.value();
    }

    /** b, 1×out. */
    public Matrix biases() {
        return biases.value();
    }

    public double l1Weights() {
        return l1Weights;
    }

    public double l1Biases() {
        return l1Biases;
    }

    public double l2Weights() {
        return l2Weights;
    }

    public double l2Biases() {
        return l2Biases;
    }

    @Override
    public List<Param> params() {
        return params;
    }

    void l1(double onWeights, double onBiases) {
        l1Weights = penalty("l1", onWeights);
        l1Biases = penalty("l1", onBiases);
    }

    void l2(double onWeights, double onBiases) {
        l2Weights = penalty("l2", onWeights);
        l2Biases = penalty("l2", onBiases);
    }

    /** Redraws W as He-normal, √(2/in)·randn(in, out), suited to ReLU layers. */
    void heInit() {
        weights.set(NumpyRandom.global().randn(in, out).times(Math.sqrt(2.0 / in)));
    }

    /** Redraws W as Glorot-uniform, U(−√(6/(in+out)), √(6/(in+out))), Keras' default. */
    void glorotInit() {
        double limit = Math.sqrt(6.0 / (in + out));
        weights.set(NumpyRandom.global().uniform(-limit, limit, in, out));
    }

    @Override
    Dense twin() {
        return new Dense(label(), new Param(weights.name(), weights.value, narrow), new Param(biases.name(), biases.value));
    }

    /** λ₁·Σ|w| + λ₂·Σw² over weights and biases: what the penalties add to the loss. */
    double regularizationLoss() {
        return penalty(weights.value, l1Weights, l2Weights) + penalty(biases.value, l1Biases, l2Biases);
    }

    @Override
    int outputWidth(int inputWidth) {
        if (inputWidth != in) {
            throw new ShapeException(label() + " takes " + Plural.count(in, "input") + ", but the layer before it gives "
                    + inputWidth);
        }
        return out;
    }

    @Override
    void checkInput(Matrix x) {
        if (x.cols() != in) {
            // numpy users pass a 1-D array of n samples of one value; nnsh's vector is one row of n values
            String hint = in == 1 && x.isVector() && x.cols() > 1
                    ? " (a vector is one row; .T() makes it " + x.cols() + " rows of one value)" : "";
            throw new ShapeException(label() + " expects " + Plural.count(in, "input") + ", got a " + x.rows() + "×"
                    + x.cols() + " matrix" + hint);
        }
    }

    @Override
    void prepare(int rows, int inputWidth) {
        super.prepare(rows, inputWidth);
        growColumns(rows);
    }

    @Override
    double[][] forward(double[][] x, int rows, boolean training) {
        double[][] y = outputBuffer(rows, out);
        // the kernel reads W for a wide layer, Wᵀ for a narrow one: what the layer keeps
        DenseKernels.forward(x, w(), wT(), biases.value[0], y, rows);
        input = x;
        return y;
    }

    @Override
    double[][] backward(double[][] dY, int rows, boolean needInputGradient) {
        growColumns(rows);
        DenseKernels.weightGradient(input, dY, weights.grad, narrow, columns, zeros, rows);
        DenseKernels.biasGradient(dY, biases.grad[0], rows);
        addPenaltyGradient(weights, l1Weights, l2Weights);
        addPenaltyGradient(biases, l1Biases, l2Biases);
        if (!needInputGradient) {
            return null;
        }
        double[][] dX = inputGradientBuffer(rows, in);
        // the kernel reads Wᵀ for a wide input, W for a narrow one: make it if the layer keeps the other
        if ((in >= DenseKernels.NARROW) != narrow) {
            DenseKernels.transpose(weights.value, flipped);
        }
        DenseKernels.inputGradient(dY, w(), wT(), zeros, dX, rows);
        return dX;
    }

    /** W (in×out): kept, or the last one made for a narrow layer. */
    private double[][] w() {
        return narrow ? flipped : weights.value;
    }

    /** Wᵀ (out×in): kept for a narrow layer, or the last one made. */
    private double[][] wT() {
        return narrow ? weights.value : flipped;
    }

    private void growColumns(int rows) {
        if (columns[0].length < rows) {
            columns = new double[3][rows];
        }
    }

    private double penalty(String kind, double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException(label() + ": " + kind + " penalty must be a finite number ≥ 0, got " + lambda);
        }
        return lambda;
    }

    private static double penalty(double[][] values, double l1, double l2) {
        if (l1 == 0 && l2 == 0) {
            return 0;
        }
        double sumAbs = 0;
        double sumSquares = 0;
        for (double[] row : values) {
            for (double v : row) {
                sumAbs += Math.abs(v);
                sumSquares += v * v;
            }
        }
        return (l1 > 0 ? l1 * sumAbs : 0) + (l2 > 0 ? l2 * sumSquares : 0);
    }

    /** nnfs' subgradient of |w| is +1 at w = 0. */
    private static void addPenaltyGradient(Param p, double l1, double l2) {
        if (l1 == 0 && l2 == 0) {
            return;
        }
        for (int r = 0; r < p.value.length; r++) {
            double[] w = p.value[r];
            double[] g = p.grad[r];
            for (int c = 0; c < w.length; c++) {
                g[c] += l1 * (w[c] < 0 ? -1 : 1) + 2 * l2 * w[c];
            }
        }
    }
}
