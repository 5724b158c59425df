package org.nnsh.tensor;

/**
 * numpy's pairwise summation for code outside this package (softmax rows, loss means): numpy sums
 * every reduction this way, so a loss or a probability computed with it prints numpy's last digits,
 * where a running sum drifts from them from 8 values on.
 */
public final class Sums {
    private Sums() {
    }

    /** The sum of a[from, from + n) in numpy's order (np.sum of that slice), bit for bit. */
    public static double pairwise(double[] a, int from, int n) {
        return Kernels.pairwiseSum(a, from, n);
    }

    /** The sum of all of a, as np.sum(a). */
    public static double pairwise(double[] a) {
        return Kernels.pairwiseSum(a, 0, a.length);
    }
}
