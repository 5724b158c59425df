package org.nnsh.nn;

import org.nnsh.tensor.NumpyRandom;

/**
 * Inverted dropout: while training, each value is kept with probability 1 − rate and scaled by
 * 1/(1 − rate), so inference needs no rescaling and passes values through unchanged. The mask is
 * {@code np.random.binomial(1, 1 − rate, shape) / (1 − rate)} drawn from the global numpy stream, as
 * in <em>Neural Networks from Scratch</em> ch. 15.
 */
public final class Dropout extends Layer {
    private final double rate;
    private final double keep;
    private double[][] mask = new double[0][];
    private boolean masked;

    Dropout(String label, double rate) {
        super(label);
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException(label + ": rate must be in [0, 1), got " + rate);
        }
        this.rate = rate;
        this.keep = 1 - rate;
    }

    /** The fraction of values dropped while training. */
    public double rate() {
        return rate;
    }

    @Override
    Layer twin() {
        return null;
    }

    @Override
    int outputWidth(int inputWidth) {
        return inputWidth;
    }

    @Override
    void prepare(int rows, int inputWidth) {
        super.prepare(rows, inputWidth);
        mask = Buffers.ensure(mask, rows, inputWidth);
    }

    @Override
    double[][] forward(double[][] x, int rows, boolean training) {
        masked = training;
        if (!training) {
            return x;
        }
        int cols = x.length == 0 ? 0 : x[0].length;
        mask = Buffers.ensure(mask, rows, cols);
        double[][] y = outputBuffer(rows, cols);
        NumpyRandom random = NumpyRandom.global();
        // one mask in one piece, when other threads draw too (see NumpyRandom)
        synchronized (random) {
            for (int i = 0; i < rows; i++) {
                double[] xi = x[i];
                double[] mi = mask[i];
                double[] yi = y[i];
                for (int j = 0; j < cols; j++) {
                    mi[j] = random.bernoulli(keep) ? 1 / keep : 0;
                    yi[j] = xi[j] * mi[j];
                }
            }
        }
        return y;
    }

    @Override
    double[][] backward(double[][] dY, int rows, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        if (!masked) {
            return dY;
        }
        int cols = mask[0].length;
        double[][] dX = inputGradientBuffer(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                dX[i][j] = dY[i][j] * mask[i][j];
            }
        }
        return dX;
    }
}
