package org.nnsh.nn;

/** A layer that applies an {@link Activation} to every row. */
public final class ActivationLayer extends Layer {
    private final Activation activation;
    private double[][] input;
    private double[][] output;

    ActivationLayer(String label, Activation activation) {
        super(label);
        this.activation = activation;
    }

    public Activation activation() {
        return activation;
    }

    @Override
    ActivationLayer twin() {
        return new ActivationLayer(label(), activation);
    }

    @Override
    int outputWidth(int inputWidth) {
        return inputWidth;
    }

    @Override
    double[][] forward(double[][] x, int rows, boolean training) {
        double[][] y = outputBuffer(rows, width(x));
        activation.forward(x, y, rows);
        input = x;
        output = y;
        return y;
    }

    @Override
    double[][] backward(double[][] dY, int rows, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        double[][] dX = inputGradientBuffer(rows, width(input));
        activation.backward(input, output, dY, dX, rows);
        return dX;
    }

    private static int width(double[][] rows) {
        return rows.length == 0 ? 0 : rows[0].length;
    }
}
