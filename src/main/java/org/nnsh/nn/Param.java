package org.nnsh.nn;

import java.util.Objects;

import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.ShapeException;

/**
 * A trainable array and its gradient, both as rows; optimizers update {@code value} in place.
 * The rows may hold the array transposed — a narrow layer keeps Wᵀ, so that its few long rows,
 * not many short ones, are what kernels and optimizers loop over — and everything public (shape,
 * {@link #value()}, {@link #grad()}, {@link #set}) shows the array the right way round.
 */
public final class Param {
    private final String name;
    private final boolean transposed;
    final double[][] value;
    final double[][] grad;

    /** A parameter stored as given. */
    Param(String name, double[][] value) {
        this(name, value, false);
    }

    /**
     * A parameter whose rows are {@code stored}: the array itself, or its transpose when
     * {@code transposed}; shares {@code stored}, with a gradient of its own.
     */
    Param(String name, double[][] stored, boolean transposed) {
        this.name = name;
        this.transposed = transposed;
        this.value = stored;
        this.grad = new double[stored.length][stored.length == 0 ? 0 : stored[0].length];
    }

    /** e.g. {@code dense #1 weights}. */
    public String name() {
        return name;
    }

    /** The name and the shape, e.g. {@code dense #1 weights (2,64)}: value() and grad() show the numbers. */
    @Override
    public String toString() {
        return name + " (" + rows() + ", " + cols() + ")";
    }

    public int rows() {
        return transposed ? storedCols() : value.length;
    }

    public int cols() {
        return transposed ? value.length : storedCols();
    }

    public int size() {
        return rows() * cols();
    }

    /** A snapshot of the current values. */
    public Matrix value() {
        return shown(value);
    }

    /** A snapshot of the last computed gradient. */
    public Matrix grad() {
        return shown(grad);
    }

    /** Replaces the values (e.g. when loading a model); the shape must match. */
    public void set(Matrix m) {
        Objects.requireNonNull(m, () -> "set: the values for " + name + " are null; pass a " + rows() + "×" + cols() + " Matrix");
        requireShape(m.rows(), m.cols());
        double[][] values = m.toArray();
        // refused as data holding NaN or ∞ is: set, it would surface later as weights "a fit diverged" into
        Finite.requireValues("set", "the values for " + name, values, values.length);
        store(values, value);
    }

    /** As {@link #store(double[][], double[][])}, the shape read from the Matrix: a 0×3 one's array has no row to show its 3 columns. */
    void store(Matrix values, double[][] stored) {
        requireShape(values.rows(), values.cols());
        store(values.toArray(), stored);
    }

    private void requireShape(int valueRows, int valueCols) {
        if (valueRows != rows() || valueCols != cols()) {
            throw new ShapeException(name + ": expected shape (" + rows() + ", " + cols() + "), got (" + valueRows + ", "
                    + valueCols + ")");
        }
    }

    /** Whether the rows hold the array transposed. */
    boolean transposed() {
        return transposed;
    }

    /** Rows stored like this parameter's (its value, or optimizer state of the same layout), shown the right way round. */
    Matrix shown(double[][] stored) {
        return transposed ? Matrix.of(stored).T() : Matrix.of(stored);
    }

    /** Copies {@code values}, the right way round, into rows stored like this parameter's. */
    void store(double[][] values, double[][] stored) {
        int cols = values.length == 0 ? 0 : values[0].length;
        requireShape(values.length, cols);
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < cols; j++) {
                if (transposed) {
                    stored[j][i] = values[i][j];
                } else {
                    stored[i][j] = values[i][j];
                }
            }
        }
    }

    private int storedCols() {
        return value.length == 0 ? 0 : value[0].length;
    }
}
