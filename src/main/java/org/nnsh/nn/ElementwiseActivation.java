package org.nnsh.nn;

import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.PythonFloat;

/**
 * An activation applied to each value on its own: y = f(x), and its Jacobian is diagonal, so the
 * vector–Jacobian product is dX = dY ⊙ f'(x). Subclasses give f and f' side by side.
 */
public abstract class ElementwiseActivation implements Activation {
    private final String name;

    ElementwiseActivation(String name) {
        this.name = name;
    }

    /** f(x) for a single number. */
    public final double apply(double x) {
        return value(x);
    }

    /** f(x). */
    abstract double value(double x);

    /** f'(x), given also y = f(x) for functions whose derivative is cheaper from y. */
    abstract double derivative(double x, double y);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public void forward(double[][] x, double[][] y, int rows) {
        for (int i = 0; i < rows; i++) {
            double[] xi = x[i];
            double[] yi = y[i];
            for (int j = 0; j < xi.length; j++) {
                yi[j] = value(xi[j]);
            }
        }
    }

    @Override
    public void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows) {
        for (int i = 0; i < rows; i++) {
            double[] xi = x[i];
            double[] yi = y[i];
            double[] dyi = dY[i];
            double[] dxi = dX[i];
            for (int j = 0; j < xi.length; j++) {
                dxi[j] = dyi[j] * derivative(xi[j], yi[j]);
            }
        }
    }

    /**
     * As {@link Activation#backward(Matrix, Matrix)}, but an infinite dY where f'(x) is 0 (sigmoid at
     * x = 1000, step anywhere) would make dY·f'(x) = ∞·0 = NaN silently: refused with its position, as
     * softmax refuses a non-finite dY. A NaN already in x or dY passes through as NaN.
     */
    @Override
    public Matrix backward(Matrix x, Matrix dY) {
        Matrix dX = Activation.super.backward(x, dY);
        for (int i = 0; i < dX.rows(); i++) {
            for (int j = 0; j < dX.cols(); j++) {
                if (Double.isNaN(dX.get(i, j)) && !Double.isNaN(x.get(i, j)) && !Double.isNaN(dY.get(i, j))) {
                    throw new ArithmeticException(name + " backward: the gradient dY is " + PythonFloat.repr(dY.get(i, j))
                            + " at (" + i + ", " + j + "), where the derivative at x = " + PythonFloat.repr(x.get(i, j))
                            + " is 0, and inf·0 has no value; a finite dY is expected");
                }
            }
        }
        return dX;
    }

    @Override
    public String toString() {
        return name;
    }
}
