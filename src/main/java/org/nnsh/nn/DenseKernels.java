package org.nnsh.nn;

import java.util.Arrays;

/**
 * The products of a dense layer on raw rows: y = x·W, dW = xᵀ·dY, dX = dY·Wᵀ. Hand-written because
 * they are the training loop's hot path and C2 vectorises a loop only when its innermost index runs
 * along one row's own array; each product therefore picks the loop order whose inner loop runs over
 * the wider of the layer's two sizes (a 64→3 layer must not run its inner loop over 3 outputs).
 */
final class DenseKernels {
    /** Below this many values an inner loop is too short to vectorise; reductions then win. */
    static final int NARROW = 8;

    private DenseKernels() {
    }

    /** y[i] = x[i]·W + b for the first {@code rows} rows; {@code wT} is Wᵀ, read when W is narrow. */
    static void forward(double[][] x, double[][] w, double[][] wT, double[] b, double[][] y, int rows) {
        int in = w.length;
        int out = b.length;
        for (int i = 0; i < rows; i++) {
            double[] xi = x[i];
            double[] yi = y[i];
            if (out >= NARROW) {
                Arrays.fill(yi, 0, out, 0.0);
                for (int k = 0; k < in; k++) {
                    axpy(xi[k], w[k], yi, out);
                }
                for (int j = 0; j < out; j++) {
                    yi[j] += b[j];
                }
            } else {
                for (int j = 0; j < out; j++) {
                    yi[j] = dot(xi, wT[j], in) + b[j];
                }
            }
        }
    }

    /** dW = xᵀ·dY over the first {@code rows} rows, into {@code dW} (in×out) via {@code dWT} (out×in) when W is narrow. */
    static void weightGradient(double[][] x, double[][] dY, double[][] dW, double[][] dWT, int rows) {
        int in = dW.length;
        int out = in == 0 ? 0 : dW[0].length;
        if (out >= NARROW) {
            zero(dW);
            for (int i = 0; i < rows; i++) {
                double[] xi = x[i];
                double[] dyi = dY[i];
                for (int k = 0; k < in; k++) {
                    axpy(xi[k], dyi, dW[k], out);
                }
            }
            return;
        }
        zero(dWT);
        for (int i = 0; i < rows; i++) {
            double[] xi = x[i];
            double[] dyi = dY[i];
            for (int j = 0; j < out; j++) {
                axpy(dyi[j], xi, dWT[j], in);
            }
        }
        transpose(dWT, dW);
    }

    /** db = Σᵢ dY[i] over the first {@code rows} rows. */
    static void biasGradient(double[][] dY, double[] db, int rows) {
        Arrays.fill(db, 0.0);
        for (int i = 0; i < rows; i++) {
            double[] dyi = dY[i];
            for (int j = 0; j < db.length; j++) {
                db[j] += dyi[j];
            }
        }
    }

    /** dX[i] = dY[i]·Wᵀ for the first {@code rows} rows; {@code wT} is Wᵀ, read when the input is wide. */
    static void inputGradient(double[][] dY, double[][] w, double[][] wT, double[][] dX, int rows) {
        int in = w.length;
        int out = in == 0 ? 0 : w[0].length;
        for (int i = 0; i < rows; i++) {
            double[] dyi = dY[i];
            double[] dxi = dX[i];
            if (in >= NARROW) {
                Arrays.fill(dxi, 0, in, 0.0);
                for (int j = 0; j < out; j++) {
                    axpy(dyi[j], wT[j], dxi, in);
                }
            } else {
                for (int k = 0; k < in; k++) {
                    dxi[k] = dot(dyi, w[k], out);
                }
            }
        }
    }

    /** a into b transposed: b[j][i] = a[i][j]. */
    static void transpose(double[][] a, double[][] b) {
        for (int i = 0; i < a.length; i++) {
            double[] ai = a[i];
            for (int j = 0; j < ai.length; j++) {
                b[j][i] = ai[j];
            }
        }
    }

    /** y[0, n) += a·x[0, n). */
    private static void axpy(double a, double[] x, double[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] += a * x[j];
        }
    }

    /** Σ a[k]·b[k] over [0, n), in four independent sums so the multiply-adds overlap. */
    private static double dot(double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += a[k] * b[k];
            s1 += a[k + 1] * b[k + 1];
            s2 += a[k + 2] * b[k + 2];
            s3 += a[k + 3] * b[k + 3];
        }
        for (; k < n; k++) {
            s0 += a[k] * b[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static void zero(double[][] a) {
        for (double[] row : a) {
            Arrays.fill(row, 0.0);
        }
    }
}
