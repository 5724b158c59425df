package org.nnsh.nn;

import java.util.Objects;

import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.ShapeException;

/**
 * An activation function with its true vector–Jacobian product, side by side. The raw methods
 * work row by row on {@code double[][]} so the training loop can call them on its own buffers
 * without allocating; the {@link Matrix} methods are the user-facing form of the same math.
 */
public interface Activation {
    /** The short name used in summaries and saved models, e.g. {@code relu}, {@code leakyRelu(0.01)}. */
    String name();

    /** y = f(x) for the first {@code rows} rows; {@code y} must not be {@code x}. */
    void forward(double[][] x, double[][] y, int rows);

    /**
     * dX = dY·J(x), the vector–Jacobian product at x, for the first {@code rows} rows; {@code y} is
     * {@code forward(x)}, passed in so functions whose derivative is cheaper from y can use it;
     * {@code dX} must not be {@code dY} (softmax keeps its products in dX before using dY again).
     */
    void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows);

    default Matrix forward(Matrix x) {
        Objects.requireNonNull(x, name() + ": x is null");
        double[][] y = new double[x.rows()][x.cols()];
        forward(x.toArray(), y, x.rows());
        return x.isVector() ? Matrix.wrapVector(y[0]) : Matrix.wrap(y, x.cols());
    }

    /** The gradient with respect to x, given the gradient {@code dY} with respect to {@code forward(x)}. */
    default Matrix backward(Matrix x, Matrix dY) {
        Objects.requireNonNull(x, name() + " backward: x is null");
        Objects.requireNonNull(dY, name() + " backward: dY is null");
        if (x.rows() != dY.rows() || x.cols() != dY.cols()) {
            throw new ShapeException(name() + " backward: gradient shape " + dY.shapeString()
                    + " does not match input shape " + x.shapeString());
        }
        double[][] xs = x.toArray();
        double[][] y = new double[x.rows()][x.cols()];
        forward(xs, y, x.rows());
        double[][] dX = new double[x.rows()][x.cols()];
        backward(xs, y, dY.toArray(), dX, x.rows());
        return x.isVector() ? Matrix.wrapVector(dX[0]) : Matrix.wrap(dX, x.cols());
    }
}
