package org.nnsh.nn;

import java.util.List;

import org.nnsh.tensor.Matrix;

/**
 * One step of a {@link Net}. A layer keeps its own output and gradient buffers and reuses them
 * from batch to batch, so a training step allocates nothing once the buffers have grown to the
 * batch size.
 */
public abstract class Layer {
    private final String label;
    private double[][] output = new double[0][];
    private double[][] inputGradient = new double[0][];
    private double[][] lastOutput;
    private int lastRows;
    private double[][] followingOutput;
    private int followingRows;
    /** The width of the latest output when it had no rows (see {@link #rememberNoRows}). */
    private int noRowsWidth;

    /** @param label how errors and summaries name this layer, e.g. {@code dense #2}. */
    Layer(String label) {
        this.label = label;
    }

    /** How errors and summaries name this layer, e.g. {@code dense #2} or {@code relu #1}. */
    public String label() {
        return label;
    }

    /** The width of this layer's output for an input of the given width; throws when the width does not fit. */
    abstract int outputWidth(int inputWidth);

    /** The trainable parameters, in a fixed order (for a dense layer: weights, then biases). */
    public List<Param> params() {
        return List.of();
    }

    /**
     * Computes this layer's output for the first {@code rows} rows of {@code x} into its own buffer
     * and returns it. The layer may keep a reference to {@code x} for the backward pass that follows.
     */
    abstract double[][] forward(double[][] x, int rows, boolean training);

    /**
     * Back-propagates {@code dY}, the loss gradient with respect to this layer's last output: sets
     * the gradients of its parameters and returns the gradient with respect to its last input (in
     * its own buffer), or null when {@code needInputGradient} is false (the first layer of a net).
     */
    abstract double[][] backward(double[][] dY, int rows, boolean needInputGradient);

    /**
     * A twin for a second thread: the same parameter values (shared, not copied) but its own
     * buffers and gradients, and no penalties; null when this layer cannot be split (dropout draws
     * from the one global random stream in row order).
     */
    abstract Layer twin();

    /**
     * Grows this layer's buffers for batches of {@code rows} rows of {@code inputWidth} values
     * before training starts, so that no step has to: a first allocation inside the JIT-compiled
     * loop would send it back to the interpreter and through the compiler again at every new fit.
     */
    void prepare(int rows, int inputWidth) {
        outputBuffer(rows, outputWidth(inputWidth));
        inputGradientBuffer(rows, inputWidth);
    }

    /** The number of trainable values. */
    public int paramCount() {
        return params().stream().mapToInt(Param::size).sum();
    }

    /** Checks an input matrix before a forward pass through the whole net starts at this layer. */
    void checkInput(Matrix x) {
        outputWidth(x.cols());
    }

    /** This layer's output buffer, grown to at least {@code rows}×{@code cols}. */
    final double[][] outputBuffer(int rows, int cols) {
        output = Buffers.ensure(output, rows, cols);
        return output;
    }

    /**
     * What this layer gave in the latest forward pass (training step, evaluate or forward), for
     * inspection; null before any.
     */
    public Matrix output() {
        if (lastOutput == null) {
            return null;
        }
        if (lastRows + followingRows == 0) {
            return Matrix.zeros(0, noRowsWidth);
        }
        double[][] rows = new double[lastRows + followingRows][];
        for (int i = 0; i < lastRows; i++) {
            rows[i] = lastOutput[i].clone();
        }
        for (int i = 0; i < followingRows; i++) {
            rows[lastRows + i] = followingOutput[i].clone();
        }
        return Matrix.wrap(rows);
    }

    final void remember(double[][] output, int rows) {
        lastOutput = output;
        lastRows = rows;
        followingOutput = null;
        followingRows = 0;
    }

    /** The latest pass had no rows: its output, of none, was {@code width} wide. */
    final void rememberNoRows(int width) {
        noRowsWidth = width;
    }

    /** After a step split in two halves, this layer's output is its own for the first and its twin's for the second. */
    final void rememberFollowedBy(Layer twin) {
        followingOutput = twin.lastOutput;
        followingRows = twin.lastRows;
    }

    /** This layer's input-gradient buffer, grown to at least {@code rows}×{@code cols}. */
    final double[][] inputGradientBuffer(int rows, int cols) {
        inputGradient = Buffers.ensure(inputGradient, rows, cols);
        return inputGradient;
    }

    @Override
    public String toString() {
        return label;
    }
}
