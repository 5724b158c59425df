package org.nnsh.tensor;

/** Hot loops on raw rows, kept apart so that Matrix reads as the API it is. */
final class Kernels {
    private Kernels() {
    }

    /**
     * (n×k)·(k×m). Hand-written because Commons Math's RealMatrix.multiply ran at 0.9–1.6 GFLOP/s on
     * this machine kind; the i-k-j order streams whole rows of b, which C2 vectorises.
     */
    static double[][] matmul(double[][] a, double[][] b, int n, int k, int m) {
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            double[] ai = a[i];
            double[] ci = c[i];
            for (int p = 0; p < k; p++) {
                double aip = ai[p];
                double[] bp = b[p];
                for (int j = 0; j < m; j++) {
                    ci[j] += aip * bp[j];
                }
            }
        }
        return c;
    }

    /**
     * numpy's sum of a[from, from + n), bit for bit: its add.reduce starts from the identity 0.0 and
     * adds the pairwise sum, so nine -0.0 sum to 0.0 as numpy prints them, where the pairwise sum
     * alone is -0.0 (from 8 values on it starts from the first value, not from 0.0).
     */
    static double pairwiseSum(double[] a, int from, int n) {
        return 0.0 + pairwise(a, from, n);
    }

    /**
     * numpy's pairwise summation of a[from, from + n), bit for bit: sequential below 8 values, eight
     * running sums up to 128, halves above. Sums and means then print exactly the digits numpy prints.
     */
    private static double pairwise(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.0;
            for (int i = from; i < from + n; i++) {
                res += a[i];
            }
            return res;
        }
        if (n <= 128) {
            double r0 = a[from], r1 = a[from + 1], r2 = a[from + 2], r3 = a[from + 3];
            double r4 = a[from + 4], r5 = a[from + 5], r6 = a[from + 6], r7 = a[from + 7];
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                int k = from + i;
                r0 += a[k];
                r1 += a[k + 1];
                r2 += a[k + 2];
                r3 += a[k + 3];
                r4 += a[k + 4];
                r5 += a[k + 5];
                r6 += a[k + 6];
                r7 += a[k + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
    }
}
