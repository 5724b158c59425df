package org.nnsh.nn;

import org.nnsh.tensor.PythonFloat;

/**
 * The checks that keep NaN and infinities out of a net's results: data holding them is refused
 * with its position, and an output that holds them is an error naming the cause (non-finite
 * weights, typically after a fit that diverged), never a silent NaN.
 */
final class Finite {
    private Finite() {
    }

    /** Refuses {@code what} (inputs or targets) when one of its first {@code rows} rows holds NaN or ±∞. */
    static void requireValues(String op, String what, double[][] values, int rows) {
        for (int i = 0; i < rows; i++) {
            double[] row = values[i];
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException(op + ": " + PythonFloat.repr(row[j]) + " in " + what + " at row " + i
                            + ", column " + j + "; a net computes on finite numbers only: drop or fill such values first");
                }
            }
        }
    }

    /** Throws when the net's output for finite inputs holds NaN or ±∞, naming the layer whose weights are not finite. */
    static void requireOutput(String op, Net net, double[][] out, int rows) {
        for (int i = 0; i < rows; i++) {
            for (double v : out[i]) {
                if (!Double.isFinite(v)) {
                    throw new ArithmeticException(op + ": the output is " + PythonFloat.repr(v) + " at row " + i + ": "
                            + cause(net));
                }
            }
        }
    }

    /**
     * A layer's refusal of a non-finite value in the middle of a pass (softmax of NaN), told as
     * {@link #requireOutput} tells it, with the cause named.
     */
    static ArithmeticException midPass(String op, Net net, ArithmeticException e) {
        return new ArithmeticException(op + ": " + e.getMessage() + ": " + cause(net));
    }

    /** Why a net gives non-finite values: the first parameter that is not finite, else overflow. */
    static String cause(Net net) {
        for (Layer layer : net.layers()) {
            for (Param p : layer.params()) {
                if (!all(p.value)) {
                    return p.name() + " hold NaN or ∞ (a fit or step that diverged leaves them so:"
                            + " train again with a smaller learning rate)";
                }
            }
        }
        return "a layer overflowed on these inputs (values beyond ±1.8e308)";
    }

    /** Whether every value is finite. */
    static boolean all(double[][] values) {
        for (double[] row : values) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
