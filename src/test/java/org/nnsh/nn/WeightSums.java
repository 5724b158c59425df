package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.nnsh.tensor.Matrix;

/**
 * The training fixtures' check of the weights a fit ended with: for each dense layer in order, Σ W,
 * Σ |W|, Σ b and Σ |b|, as the numpy scripts write them, to 1e-9 of the sum of magnitudes (a signed
 * sum may nearly cancel).
 */
final class WeightSums {
    private static final double RELATIVE = 1e-9;

    private WeightSums() {
    }

    static void assertMatch(String name, double[] expected, Net model) {
        List<Dense> dense = model.layers().stream().filter(Dense.class::isInstance).map(Dense.class::cast).toList();
        for (int d = 0; d < dense.size(); d++) {
            double[] w = sums(dense.get(d).weights());
            double[] b = sums(dense.get(d).biases());
            String what = name + " dense #" + (d + 1);
            assertClose(what + " Σ W", expected[4 * d], w[0], expected[4 * d + 1]);
            assertClose(what + " Σ |W|", expected[4 * d + 1], w[1], expected[4 * d + 1]);
            assertClose(what + " Σ b", expected[4 * d + 2], b[0], expected[4 * d + 3]);
            assertClose(what + " Σ |b|", expected[4 * d + 3], b[1], expected[4 * d + 3]);
        }
    }

    private static double[] sums(Matrix m) {
        double sum = 0;
        double sumAbs = 0;
        for (double[] row : m.toArray()) {
            for (double v : row) {
                sum += v;
                sumAbs += Math.abs(v);
            }
        }
        return new double[] {sum, sumAbs};
    }

    private static void assertClose(String what, double expected, double actual, double scale) {
        assertTrue(Math.abs(actual - expected) <= RELATIVE * scale, () -> what + ": " + actual + ", numpy " + expected
                + " (difference " + Math.abs(actual - expected) + ", allowed " + RELATIVE * scale + ")");
    }
}
