package org.nnsh.nn;

import java.util.Arrays;

/**
 * The products of a dense layer on raw rows: y = x·W + b, dW = xᵀ·dY, db = Σ dY, dX = dY·Wᵀ.
 * Hand-written because they are the training loop's hot path and C2 vectorises a loop only when
 * its innermost index runs along one row's own array. So each product runs its inner loop over the
 * wider of the layer's two sizes (a 64→3 layer must not loop over 3 outputs), and folds four rows
 * into each pass over the array it writes ({@link #combine}, {@link #dots}): on the spiral net that
 * halved the time of the naive loop orders.
 */
final class DenseKernels {
    /** Below this many values an inner loop is too short to vectorise; dot products then win. */
    static final int NARROW = 8;

    private DenseKernels() {
    }

    /** y[i] = x[i]·W + b for the first {@code rows} rows; {@code wT} is Wᵀ, read when W is narrow. */
    static void forward(double[][] x, double[][] w, double[][] wT, double[] b, double[][] y, int rows) {
        int in = w.length;
        int out = b.length;
        for (int i = 0; i < rows; i++) {
            double[] yi = y[i];
            if (out >= NARROW) {
                combineOnto(b, x[i], w, yi, in, out);
            } else {
                dots(x[i], wT, yi, out, in);
                for (int j = 0; j < out; j++) {
                    yi[j] += b[j];
                }
            }
        }
    }

    /**
     * dW = xᵀ·dY over the first {@code rows} rows, into {@code g}: dW itself (in×out), or dWᵀ
     * (out×in) when {@code transposed}, as a narrow layer keeps it, so that the inner loop runs
     * along the wider size; {@code columns} is scratch of three rows of at least {@code rows}
     * values, and {@code zeros} at least as long as a row of g.
     */
    static void weightGradient(double[][] x, double[][] dY, double[][] g, boolean transposed, double[][] columns,
            double[] zeros, int rows) {
        int r = 0;
        if (transposed) {
            // dWᵀ's few rows three at a time, in one pass over x instead of three (3.4 → 2.5 µs on a
            // 150×64 spiral half)
            for (; r + 2 < g.length; r += 3) {
                gatherColumn(dY, r, columns[0], rows);
                gatherColumn(dY, r + 1, columns[1], rows);
                gatherColumn(dY, r + 2, columns[2], rows);
                accumulateThree(columns, x, g[r], g[r + 1], g[r + 2], rows);
            }
        }
        double[][] gathered = transposed ? dY : x;
        double[][] combined = transposed ? x : dY;
        for (; r < g.length; r++) {
            gatherColumn(gathered, r, columns[0], rows);
            combineOnto(zeros, columns[0], combined, g[r], rows, g[r].length);
        }
    }

    /**
     * yₖ = Σᵢ c[k][i]·x[i] for k = 0, 1, 2 over the first {@code rows} rows, two rows of x per pass:
     * three rows written in one loop still vectorise, four do not. The coefficients must come from
     * plain columns: read from dY's rows inside the loop nest, the same loop runs 2.5× slower.
     */
    private static void accumulateThree(double[][] c, double[][] x, double[] y0, double[] y1, double[] y2, int rows) {
        double[] c0 = c[0];
        double[] c1 = c[1];
        double[] c2 = c[2];
        Arrays.fill(y0, 0.0);
        Arrays.fill(y1, 0.0);
        Arrays.fill(y2, 0.0);
        int n = y0.length;
        int i = 0;
        for (; i + 1 < rows; i += 2) {
            double p0 = c0[i];
            double p1 = c1[i];
            double p2 = c2[i];
            double q0 = c0[i + 1];
            double q1 = c1[i + 1];
            double q2 = c2[i + 1];
            double[] u = x[i];
            double[] v = x[i + 1];
            for (int j = 0; j < n; j++) {
                double uj = u[j];
                double vj = v[j];
                y0[j] += p0 * uj + q0 * vj;
                y1[j] += p1 * uj + q1 * vj;
                y2[j] += p2 * uj + q2 * vj;
            }
        }
        if (i < rows) {
            double p0 = c0[i];
            double p1 = c1[i];
            double p2 = c2[i];
            double[] u = x[i];
            for (int j = 0; j < n; j++) {
                y0[j] += p0 * u[j];
                y1[j] += p1 * u[j];
                y2[j] += p2 * u[j];
            }
        }
    }

    /** db = Σᵢ dY[i] over the first {@code rows} rows, four rows per pass over db when it is wide. */
    static void biasGradient(double[][] dY, double[] db, int rows) {
        Arrays.fill(db, 0.0);
        int n = db.length;
        int i = 0;
        for (; n >= NARROW && i + 3 < rows; i += 4) {
            double[] d0 = dY[i];
            double[] d1 = dY[i + 1];
            double[] d2 = dY[i + 2];
            double[] d3 = dY[i + 3];
            for (int j = 0; j < n; j++) {
                db[j] += d0[j] + d1[j] + d2[j] + d3[j];
            }
        }
        for (; i < rows; i++) {
            double[] dyi = dY[i];
            for (int j = 0; j < n; j++) {
                db[j] += dyi[j];
            }
        }
    }

    /**
     * dX[i] = dY[i]·Wᵀ for the first {@code rows} rows; {@code wT} is Wᵀ, read when the input is
     * wide, with {@code zeros} at least as long as a row of dX.
     */
    static void inputGradient(double[][] dY, double[][] w, double[][] wT, double[] zeros, double[][] dX, int rows) {
        int in = w.length;
        int out = w[0].length;
        for (int i = 0; i < rows; i++) {
            double[] dxi = dX[i];
            if (in >= NARROW) {
                combineOnto(zeros, dY[i], wT, dxi, out, in);
            } else {
                dots(dY[i], w, dxi, in, out);
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

    /**
     * y[0, n) = base[0, n) + Σₖ c[k]·v[k][0, n) over k in [0, m): {@link #combine}, with its first pass
     * reading base instead of clearing or copying into y first (a quarter less memory traffic on
     * the spiral net's rows). The sums are grouped as combine groups them. One loop over the groups,
     * reading base first and y after, would spare this copy of combine's cases, but made the first
     * fit in a fresh JVM ~4 µs/epoch slower (measured: 67.6 against 64.3, medians of 5).
     */
    private static void combineOnto(double[] base, double[] c, double[][] v, double[] y, int m, int n) {
        switch (Math.min(m, 4)) {
            case 4: {
                double c0 = c[0];
                double c1 = c[1];
                double c2 = c[2];
                double c3 = c[3];
                double[] v0 = v[0];
                double[] v1 = v[1];
                double[] v2 = v[2];
                double[] v3 = v[3];
                for (int j = 0; j < n; j++) {
                    y[j] = base[j] + (c0 * v0[j] + c1 * v1[j] + c2 * v2[j] + c3 * v3[j]);
                }
                break;
            }
            case 3: {
                double c0 = c[0];
                double c1 = c[1];
                double c2 = c[2];
                double[] v0 = v[0];
                double[] v1 = v[1];
                double[] v2 = v[2];
                for (int j = 0; j < n; j++) {
                    y[j] = base[j] + (c0 * v0[j] + c1 * v1[j] + c2 * v2[j]);
                }
                break;
            }
            case 2: {
                double c0 = c[0];
                double c1 = c[1];
                double[] v0 = v[0];
                double[] v1 = v[1];
                for (int j = 0; j < n; j++) {
                    y[j] = base[j] + (c0 * v0[j] + c1 * v1[j]);
                }
                break;
            }
            case 1: {
                double c0 = c[0];
                double[] v0 = v[0];
                for (int j = 0; j < n; j++) {
                    y[j] = base[j] + c0 * v0[j];
                }
                break;
            }
            default:
                System.arraycopy(base, 0, y, 0, n);
                break;
        }
        combine(c, v, y, 4, m, n);
    }

    /** y[0, n) += Σₖ c[k]·v[k][0, n) over k in [from, m), up to four rows of v per pass over y. */
    private static void combine(double[] c, double[][] v, double[] y, int from, int m, int n) {
        int k = from;
        for (; k + 3 < m; k += 4) {
            double c0 = c[k];
            double c1 = c[k + 1];
            double c2 = c[k + 2];
            double c3 = c[k + 3];
            double[] v0 = v[k];
            double[] v1 = v[k + 1];
            double[] v2 = v[k + 2];
            double[] v3 = v[k + 3];
            for (int j = 0; j < n; j++) {
                y[j] += c0 * v0[j] + c1 * v1[j] + c2 * v2[j] + c3 * v3[j];
            }
        }
        switch (Math.max(m - k, 0)) {
            case 3: {
                double c0 = c[k];
                double c1 = c[k + 1];
                double c2 = c[k + 2];
                double[] v0 = v[k];
                double[] v1 = v[k + 1];
                double[] v2 = v[k + 2];
                for (int j = 0; j < n; j++) {
                    y[j] += c0 * v0[j] + c1 * v1[j] + c2 * v2[j];
                }
                break;
            }
            case 2: {
                double c0 = c[k];
                double c1 = c[k + 1];
                double[] v0 = v[k];
                double[] v1 = v[k + 1];
                for (int j = 0; j < n; j++) {
                    y[j] += c0 * v0[j] + c1 * v1[j];
                }
                break;
            }
            case 1: {
                double c0 = c[k];
                double[] v0 = v[k];
                for (int j = 0; j < n; j++) {
                    y[j] += c0 * v0[j];
                }
                break;
            }
            default:
                break;
        }
    }

    /** out[j] = x[0, n)·v[j][0, n) for j in [0, m), up to four dot products per pass over x. */
    private static void dots(double[] x, double[][] v, double[] out, int m, int n) {
        int j = 0;
        for (; j + 3 < m; j += 4) {
            double[] v0 = v[j];
            double[] v1 = v[j + 1];
            double[] v2 = v[j + 2];
            double[] v3 = v[j + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int k = 0; k < n; k++) {
                double xk = x[k];
                s0 += xk * v0[k];
                s1 += xk * v1[k];
                s2 += xk * v2[k];
                s3 += xk * v3[k];
            }
            out[j] = s0;
            out[j + 1] = s1;
            out[j + 2] = s2;
            out[j + 3] = s3;
        }
        if (m - j == 3) {
            double[] v0 = v[j];
            double[] v1 = v[j + 1];
            double[] v2 = v[j + 2];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            for (int k = 0; k < n; k++) {
                double xk = x[k];
                s0 += xk * v0[k];
                s1 += xk * v1[k];
                s2 += xk * v2[k];
            }
            out[j] = s0;
            out[j + 1] = s1;
            out[j + 2] = s2;
            return;
        }
        for (; j < m; j++) {
            double[] vj = v[j];
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += x[k] * vj[k];
            }
            out[j] = s;
        }
    }

    private static void gatherColumn(double[][] a, int col, double[] column, int rows) {
        for (int i = 0; i < rows; i++) {
            column[i] = a[i][col];
        }
    }
}
