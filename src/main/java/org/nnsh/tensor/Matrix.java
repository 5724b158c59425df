package org.nnsh.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A 2-D array of doubles: rows are samples, columns are features. Immutable: every operation
 * returns a new Matrix. A <em>vector</em> is a 1×n matrix that behaves and prints like numpy's
 * 1-D array. Elementwise operations broadcast like numpy: a scalar, a 1×c row or an r×1 column
 * stretches to the other operand's shape.
 *
 * <p>Storage is one {@code double[]} per row: C2 auto-vectorises loops over a row only when the
 * row lives in its own array (measured 16 vs 4.6 GFLOP/s against offsets into one shared array).
 */
public final class Matrix {
    private final double[][] a;
    private final int rows;
    private final int cols;
    private final boolean vector;

    private Matrix(double[][] a, int rows, int cols, boolean vector) {
        this.a = a;
        this.rows = rows;
        this.cols = cols;
        this.vector = vector;
    }

    // ---------------------------------------------------------------- creation

    /**
     * Takes ownership of {@code rows} without copying: the caller must not change them afterwards.
     * The width is that of the first row, so no rows make a 0×0 matrix; use {@link #wrap(double[][], int)}
     * when an empty batch must keep its columns.
     */
    public static Matrix wrap(double[][] rows) {
        required("matrix", "rows", rows);
        return wrap(rows, rows.length == 0 || rows[0] == null ? 0 : rows[0].length);
    }

    /** As {@link #wrap(double[][])}, every row {@code cols} wide: zero rows give numpy's (0, cols). */
    public static Matrix wrap(double[][] rows, int cols) {
        required("matrix", "rows", rows);
        Shapes.checkSize("matrix", rows.length, cols);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new NullPointerException("matrix: row " + i + " is null");
            }
            if (rows[i].length != cols) {
                throw new ShapeException("matrix: row " + i + " has " + rows[i].length
                        + (rows[i].length == 1 ? " value" : " values") + ", expected " + cols);
            }
        }
        return new Matrix(rows, rows.length, cols, false);
    }

    /** Takes ownership of {@code values} as a 1-D vector, without copying. */
    public static Matrix wrapVector(double[] values) {
        required("vector", "values", values);
        return new Matrix(new double[][] {values}, 1, values.length, true);
    }

    /** A copy of the given rows; they must all have the same length. */
    public static Matrix of(double[]... rows) {
        required("matrix", "rows", rows);
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i] == null ? null : rows[i].clone(); // wrap names the null row
        }
        return wrap(copy);
    }

    /** A 1-D vector holding a copy of {@code values}. */
    public static Matrix vector(double... values) {
        return wrapVector(required("vector", "values", values).clone());
    }

    public static Matrix of(RealMatrix m) {
        return wrap(required("matrix", "m", m).getData());
    }

    public static Matrix full(int rows, int cols, double value) {
        return full("full", rows, cols, value);
    }

    /** {@code op} is the call a shape error names: zeros(-1, 2) must not report itself as full. */
    private static Matrix full(String op, int rows, int cols, double value) {
        Shapes.checkSize(op, rows, cols);
        double[][] a = new double[rows][cols];
        if (Double.doubleToRawLongBits(value) != 0) { // -0.0 == 0, but full(r, c, -0.0) holds -0.0 as numpy's does
            for (double[] row : a) {
                Arrays.fill(row, value);
            }
        }
        return new Matrix(a, rows, cols, false);
    }

    /** numpy's 1-D {@code np.zeros(n)}: a vector of n zeros. */
    public static Matrix zeros(int n) {
        Shapes.checkVectorLength("zeros", n);
        return wrapVector(new double[n]);
    }

    /** numpy's 1-D {@code np.ones(n)}: a vector of n ones. */
    public static Matrix ones(int n) {
        Shapes.checkVectorLength("ones", n);
        double[] v = new double[n];
        Arrays.fill(v, 1);
        return wrapVector(v);
    }

    public static Matrix zeros(int rows, int cols) {
        return full("zeros", rows, cols, 0);
    }

    public static Matrix ones(int rows, int cols) {
        return full("ones", rows, cols, 1);
    }

    public static Matrix eye(int n) {
        Matrix m = full("eye", n, n, 0);
        for (int i = 0; i < n; i++) {
            m.a[i][i] = 1;
        }
        return m;
    }

    /** As {@code np.linspace(start, stop, n)}: n evenly spaced values, both ends included. */
    public static Matrix linspace(double start, double stop, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("linspace: number of samples must be non-negative, got " + n);
        }
        if (n > 1 && (Double.isInfinite(start) || Double.isInfinite(stop))) {
            // the step is infinite, and start + 0·step is NaN: numpy's silent [nan inf inf]
            throw new IllegalArgumentException("linspace: start and stop must be finite for " + n + " samples, got start "
                    + start + ", stop " + stop);
        }
        Shapes.checkVectorLength("linspace", n);
        double[] v = new double[n];
        int div = n - 1;
        double delta = stop - start;
        double step = div > 0 ? delta / div : 0;
        if (div > 0 && Double.isInfinite(delta)) {
            // stop − start overflows (linspace(-1e308, 1e308, 3)): numpy's [nan inf 1e308]. Halving both ends is
            // exact, so 2·(i·step/2 + start/2) is the same formula without the overflow.
            double halfStep = (stop / 2 - start / 2) / div;
            for (int i = 0; i < n; i++) {
                v[i] = 2 * (i * halfStep + start / 2);
            }
            v[n - 1] = stop;
            return wrapVector(v);
        }
        for (int i = 0; i < n; i++) {
            // numpy's formula: arange(n) * step + start, but arange(n) / div * delta when step underflows to 0
            // (linspace(0, 5e-324, 4) is [0 0 5e-324 5e-324]), and 0 * delta + start for one sample, which keeps
            // -0.0 when delta < 0; an infinite start is that one sample itself, not numpy's 0·(−inf) + inf = nan
            v[i] = div == 0 ? (Double.isFinite(delta) ? 0 * delta + start : start)
                    : step == 0 ? (double) i / div * delta + start : i * step + start;
        }
        if (n > 1) {
            v[n - 1] = stop;
        }
        return wrapVector(v);
    }

    /** As {@code np.arange(start, stop, step)}: ceil((stop − start) / step) values. */
    public static Matrix arange(double start, double stop, double step) {
        if (step == 0 || !Double.isFinite(step)) {
            throw new IllegalArgumentException("arange: step must be a non-zero finite number, got " + step);
        }
        if (!Double.isFinite(start) || !Double.isFinite(stop)) {
            throw new IllegalArgumentException("arange: start and stop must be finite numbers, got start " + start
                    + ", stop " + stop);
        }
        // when stop − start overflows (arange(-1e308, 1e308, 1e307), numpy's "Maximum allowed size exceeded"),
        // the same quotient and values from the halved ends and step, which halving leaves exact
        boolean halve = Double.isInfinite(stop - start);
        double scale = halve ? 2 : 1;
        double length = Math.max(0, Math.ceil((stop / scale - start / scale) / (step / scale)));
        long fits = Shapes.maxValues();
        if (length > fits) {
            throw new IllegalArgumentException("arange: start " + start + ", stop " + stop + ", step " + step + " give "
                    + length + " values, more than the " + fits + " that fit in one vector in this JVM");
        }
        int n = (int) length;
        double[] v = new double[n];
        // numpy stores start and start + step as the first two values, then fills start + i·delta
        // with their rounded difference; start + 0·delta would turn a start of -0.0 into 0.0
        double first = start / scale;
        double delta = (first + step / scale) - first;
        for (int i = 0; i < n; i++) {
            v[i] = scale * (i == 0 ? first : i == 1 ? first + step / scale : first + i * delta);
        }
        return wrapVector(v);
    }


    /** Rows side by side: all must have the same number of rows. */
    public static Matrix hstack(Matrix... parts) {
        requireParts("hstack", parts);
        if (parts.length == 0) {
            throw new IllegalArgumentException("hstack: needs at least one matrix");
        }
        boolean allVectors = Arrays.stream(parts).allMatch(Matrix::isVector);
        int r = parts[0].rows;
        long width = 0;
        for (Matrix p : parts) {
            if (p.rows != r) {
                throw new ShapeException("hstack: shapes " + Shapes.of(parts[0]) + " and " + Shapes.of(p)
                        + " have different numbers of rows" + columnHint(parts[0], p));
            }
            width += p.cols;
        }
        // a long: two (0, 2147483647) parts overflowed an int into a bare NegativeArraySizeException
        Shapes.checkSize("hstack", r, width);
        int c = (int) width;
        double[][] out = new double[r][c];
        int at = 0;
        for (Matrix p : parts) {
            for (int i = 0; i < r; i++) {
                System.arraycopy(p.a[i], 0, out[i], at, p.cols);
            }
            at += p.cols;
        }
        return new Matrix(out, r, c, allVectors);
    }

    /**
     * For hstack of a matrix and a vector of as many values as it has rows (m and m.col(0)): the
     * vector is one row, which (r,) does not show, and its transpose is the column that was meant.
     */
    private static String columnHint(Matrix first, Matrix part) {
        Matrix vector = part.vector ? part : first;
        Matrix other = part.vector ? first : part;
        if (vector.vector && !other.vector && vector.cols == other.rows) {
            return "; a vector " + Shapes.of(vector) + " is one row: its T() is the " + vector.cols + "×1 column";
        }
        return "";
    }

    /** Rows one under another: all must have the same number of columns. Vectors count as rows. */
    public static Matrix vstack(Matrix... parts) {
        requireParts("vstack", parts);
        if (parts.length == 0) {
            throw new IllegalArgumentException("vstack: needs at least one matrix");
        }
        int c = parts[0].cols;
        long height = 0;
        for (Matrix p : parts) {
            if (p.cols != c) {
                throw new ShapeException("vstack: shapes " + Shapes.of(parts[0]) + " and " + Shapes.of(p)
                        + " have different numbers of columns");
            }
            height += p.rows;
        }
        Shapes.checkSize("vstack", height, c);
        int r = (int) height;
        double[][] out = new double[r][];
        int at = 0;
        for (Matrix p : parts) {
            for (int i = 0; i < p.rows; i++) {
                out[at++] = p.a[i].clone();
            }
        }
        return new Matrix(out, r, c, false);
    }

    /** Elementwise choice: {@code a} where {@code condition} is non-zero, else {@code b}; all three broadcast. */
    public static Matrix where(Matrix condition, Matrix a, Matrix b) {
        required("where", "condition", condition);
        required("where", "a", a);
        required("where", "b", b);
        // all three shapes at once, so that an error names the ones given, not an intermediate broadcast
        int r = Shapes.broadcast(Shapes.broadcast(condition.rows, a.rows), b.rows);
        int c = Shapes.broadcast(Shapes.broadcast(condition.cols, a.cols), b.cols);
        if (r < 0 || c < 0) {
            throw new ShapeException("where: condition " + Shapes.of(condition) + ", a " + Shapes.of(a) + " and b "
                    + Shapes.of(b) + " cannot be broadcast together");
        }
        Shapes.checkSize("where", r, c);
        double[][] out = new double[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                out[i][j] = condition.at(i, j) != 0 ? a.at(i, j) : b.at(i, j);
            }
        }
        return new Matrix(out, r, c, condition.vector && a.vector && b.vector);
    }

    /** The value at (i, j) of this matrix broadcast to a larger shape. */
    private double at(int i, int j) {
        return a[rows == 1 ? 0 : i][cols == 1 ? 0 : j];
    }

    // ---------------------------------------------------------------- access

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** {@code {rows, cols}}; a vector of n values has shape {@code {1, n}} and prints as {@code (n,)}. */
    public int[] shape() {
        return new int[] {rows, cols};
    }

    /** The number of values. */
    public int size() {
        return rows * cols;
    }

    public boolean isVector() {
        return vector;
    }

    /** The value at row i, column j (numpy {@code m[i, j]}); negative indices count from the end. */
    public double get(int i, int j) {
        int r = i < 0 ? i + rows : i;
        int c = j < 0 ? j + cols : j;
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            throw new IndexOutOfBoundsException("get: index (" + i + ", " + j + ") is outside shape " + Shapes.of(this));
        }
        return a[r][c];
    }

    /** A vector's i-th value (numpy {@code v[i]}; {@code get(-1)} is the last). */
    public double get(int i) {
        if (rows != 1) {
            throw new ShapeException("get(i) needs a vector or a single row, got shape " + Shapes.of(this)
                    + "; use get(row, col) for a value, row(i) for the row (numpy's m[i])");
        }
        return a[0][index("get", i, cols, "values")];
    }

    /** The value of a one-value matrix, such as {@code v.dot(v)} or a 1×1 product (numpy {@code a.item()}). */
    public double item() {
        if (size() != 1) {
            throw new ShapeException("item: only a matrix of one value has an item, got shape " + Shapes.of(this)
                    + (size() == 0 ? "" : "; use get(i, j) for one of its values"));
        }
        return a[0][0];
    }

    /** Row i as a vector (numpy {@code m[i]}; {@code row(-1)} is the last). */
    public Matrix row(int i) {
        return wrapVector(a[index("row", i, rows, "rows")].clone());
    }

    /** Column j as a vector (numpy {@code m[:, j]}; {@code col(-1)} is the last). */
    public Matrix col(int j) {
        int c = index("col", j, cols, "columns");
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
            v[i] = a[i][c];
        }
        return wrapVector(v);
    }

    /**
     * The first n rows (fewer if there are fewer), as numpy's {@code m[:n]}: a negative n drops the
     * last |n| rows, so {@code head(-1)} is all rows but the last; of a vector, its first n values.
     */
    public Matrix head(int n) {
        return rows(0, n);
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive), as Python's slice {@code m[from:to]}:
     * negative indices count from the end, ends beyond the matrix are clamped, and from ≥ to is empty.
     * A vector's rows are its values, as numpy's {@code v[from:to]} slices a 1-D array.
     */
    public Matrix rows(int from, int to) {
        if (vector) {
            // a 1-D array's only axis is its values: numpy's v[from:to]
            return cols(from, to);
        }
        int[] r = slice(from, to, rows);
        double[][] out = new double[r[1] - r[0]][];
        for (int i = r[0]; i < r[1]; i++) {
            out[i - r[0]] = a[i].clone();
        }
        return new Matrix(out, out.length, cols, vector && out.length == 1);
    }

    /** Columns {@code from} (inclusive) to {@code to} (exclusive), clamped as Python's slice {@code m[:, from:to]}. */
    public Matrix cols(int from, int to) {
        int[] c = slice(from, to, cols);
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = Arrays.copyOfRange(a[i], c[0], c[1]);
        }
        return new Matrix(out, rows, c[1] - c[0], vector);
    }

    /**
     * The rows at the given indices, in that order, as numpy's {@code m[idx]} or {@code np.take(m, idx, axis=0)};
     * of a vector, its values at the indices, as numpy's {@code v[idx]} of a 1-D array. A negative index
     * counts from the end.
     */
    public Matrix take(int... indices) {
        required("take", "indices", indices);
        if (vector) {
            double[] out = new double[indices.length];
            for (int k = 0; k < indices.length; k++) {
                out[k] = a[0][index("take", indices[k], cols, "values")];
            }
            return wrapVector(out);
        }
        double[][] out = new double[indices.length][];
        for (int k = 0; k < indices.length; k++) {
            out[k] = a[index("take", indices[k], rows, "rows")].clone();
        }
        return new Matrix(out, out.length, cols, false);
    }

    /** The same values in a new shape, row-major; one dimension may be -1 to be inferred. */
    public Matrix reshape(int newRows, int newCols) {
        int n = size();
        if (newRows == -1 && newCols == -1) {
            throw new ShapeException("reshape: only one dimension can be -1 (inferred from the other), got (-1, -1)"
                    + " for array of size " + n + " with shape " + Shapes.of(this));
        }
        int known = newRows == -1 ? newCols : newCols == -1 ? newRows : 0;
        if (known > 0 && n % known != 0) {
            throw new ShapeException("reshape: cannot reshape array of size " + n + " with shape " + Shapes.of(this)
                    + " into shape (" + newRows + ", " + newCols + "): " + n + " is not a multiple of " + known);
        }
        if (newRows == -1 && newCols > 0 && n % newCols == 0) {
            newRows = n / newCols;
        } else if (newCols == -1 && newRows > 0 && n % newRows == 0) {
            newCols = n / newRows;
        }
        if (newRows < 0 || newCols < 0 || (long) newRows * newCols != n) {
            throw new ShapeException("reshape: cannot reshape array of size " + n + " with shape " + Shapes.of(this)
                    + " into shape (" + newRows + ", " + newCols + ")");
        }
        Shapes.checkSize("reshape", newRows, newCols);
        double[] flat = flatValues();
        double[][] out = new double[newRows][newCols];
        for (int i = 0; i < newRows; i++) {
            System.arraycopy(flat, i * newCols, out[i], 0, newCols);
        }
        return new Matrix(out, newRows, newCols, false);
    }

    /** All values, row by row, as a vector. */
    public Matrix flatten() {
        return wrapVector(flatValues());
    }

    /** A copy of the values as rows. */
    public double[][] toArray() {
        double[][] copy = new double[rows][];
        for (int i = 0; i < rows; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }

    /** All values, row by row, as a list (numpy's {@code tolist()} of a 1-D array). */
    public List<Double> toList() {
        List<Double> values = new ArrayList<>(size());
        for (double x : flatValues()) {
            values.add(x);
        }
        return values;
    }

    public RealMatrix toRealMatrix() {
        if (rows == 0 || cols == 0) {
            throw new ShapeException("toRealMatrix: Commons Math has no empty matrices, got shape " + Shapes.of(this));
        }
        return new Array2DRowRealMatrix(a, true);
    }

    // ---------------------------------------------------------------- algebra

    /**
     * The matrix product, as numpy's {@code dot}: (r×k)·(k×c) → r×c; a vector on the right acts as a
     * column. A NaN made from non-NaN values (a product ∞·0, or products ∞ and −∞) is an error.
     */
    public Matrix dot(Matrix o) {
        required("dot", "o", o);
        int k = o.vector ? o.cols : o.rows;
        if (cols != k) {
            throw new ShapeException("dot: shapes " + Shapes.of(this) + " and " + Shapes.of(o) + " not aligned: "
                    + cols + " (dim " + (vector ? 0 : 1) + ") != " + k + " (dim 0)");
        }
        Matrix out;
        if (o.vector) {
            double[] v = new double[rows];
            for (int i = 0; i < rows; i++) {
                double s = 0;
                double[] ai = a[i];
                for (int j = 0; j < cols; j++) {
                    s += ai[j] * o.a[0][j];
                }
                v[i] = s;
            }
            out = wrapVector(v);
        } else {
            // (n, 0)·(0, m) is n×m values from none: zeros(100000, 0).dot(zeros(0, 100000))
            Shapes.checkSize("dot", rows, o.cols);
            out = new Matrix(Kernels.matmul(a, o.a, rows, cols, o.cols), rows, o.cols, vector);
        }
        for (int i = 0; i < out.rows; i++) {
            for (int j = 0; j < out.cols; j++) {
                if (Double.isNaN(out.a[i][j])) {
                    // With a vector on the right the result is a vector whose value j comes from row j.
                    explainDotNaN(o, o.vector ? j : i, o.vector ? 0 : j, i, j);
                }
            }
        }
        return out;
    }

    /**
     * Throws for result (ri, rj) = row i of this · column j of o, unless the NaN comes from a NaN
     * already in one of them (the user's data, which propagates as everywhere else).
     */
    private void explainDotNaN(Matrix o, int i, int j, int ri, int rj) {
        for (int p = 0; p < cols; p++) {
            double x = a[i][p];
            double y = o.vector ? o.a[0][p] : o.a[p][j];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return;
            }
            if (Double.isNaN(x * y)) {
                throw new ArithmeticException("dot: " + x + " * " + y + " is NaN at (" + ri + ", " + rj + "), from ("
                        + i + ", " + p + ") of the left matrix and (" + (o.vector ? 0 : p) + ", " + (o.vector ? p : j)
                        + ") of the right");
            }
        }
        // Every product is a number, so the NaN is a sum of +Infinity and -Infinity.
        throw new ArithmeticException("dot: the products summed at (" + ri + ", " + rj
                + ") include both Infinity and -Infinity, whose sum is NaN");
    }

    /** The transpose; a vector becomes an n×1 column. */
    public Matrix T() {
        // a (0, n) matrix has no rows, but its transpose has n (each an array): ones(0, Integer.MAX_VALUE).T()
        Shapes.checkSize("T", cols, rows);
        double[][] out = new double[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j][i] = a[i][j];
            }
        }
        return new Matrix(out, cols, rows, false);
    }

    public Matrix plus(Matrix o) {
        return arithmetic("plus", "+", o, Double::sum);
    }

    public Matrix minus(Matrix o) {
        return arithmetic("minus", "-", o, (x, y) -> x - y);
    }

    /** Elementwise product (numpy {@code *}); for the matrix product use {@link #dot}. */
    public Matrix times(Matrix o) {
        return arithmetic("times", "*", o, (x, y) -> x * y);
    }

    public Matrix div(Matrix o) {
        return arithmetic("div", "/", o, (x, y) -> x / y);
    }

    public Matrix plus(double k) {
        return arithmetic("plus", "+", k, x -> x + k);
    }

    public Matrix minus(double k) {
        return arithmetic("minus", "-", k, x -> x - k);
    }

    public Matrix times(double k) {
        return arithmetic("times", "*", k, x -> x * k);
    }

    public Matrix div(double k) {
        return arithmetic("div", "/", k, x -> x / k);
    }

    public Matrix neg() {
        return each(x -> -x);
    }

    // maximum, minimum and the comparisons below give NaN only for a NaN operand, so they need no check.

    /** Elementwise maximum with broadcasting (numpy {@code np.maximum}). */
    public Matrix maximum(Matrix o) {
        return zip("maximum", o, Matrix::numpyMax);
    }

    public Matrix maximum(double k) {
        return each(x -> numpyMax(x, k));
    }

    public Matrix minimum(Matrix o) {
        return zip("minimum", o, Matrix::numpyMin);
    }

    public Matrix minimum(double k) {
        return each(x -> numpyMin(x, k));
    }

    /**
     * numpy's maximum of two values: NaN if either is, else {@code x > y ? x : y}, so a tie goes to y. Math.max
     * ranks 0.0 above -0.0, which made max() of [0., -0.] 0. where numpy's (the last of the ties) is -0.
     */
    private static double numpyMax(double x, double y) {
        return x > y || Double.isNaN(x) ? x : y;
    }

    /** numpy's minimum: NaN if either is, else {@code x < y ? x : y} (Math.min ranks -0.0 below 0.0). */
    private static double numpyMin(double x, double y) {
        return x < y || Double.isNaN(x) ? x : y;
    }

    // ---------------------------------------------------------------- comparisons (1 where true, else 0)

    public Matrix gt(Matrix o) {
        return zip("gt", o, (x, y) -> x > y ? 1 : 0);
    }

    public Matrix ge(Matrix o) {
        return zip("ge", o, (x, y) -> x >= y ? 1 : 0);
    }

    public Matrix lt(Matrix o) {
        return zip("lt", o, (x, y) -> x < y ? 1 : 0);
    }

    public Matrix le(Matrix o) {
        return zip("le", o, (x, y) -> x <= y ? 1 : 0);
    }

    public Matrix eq(Matrix o) {
        return zip("eq", o, (x, y) -> x == y ? 1 : 0);
    }

    public Matrix gt(double k) {
        return each(x -> x > k ? 1 : 0);
    }

    public Matrix ge(double k) {
        return each(x -> x >= k ? 1 : 0);
    }

    public Matrix lt(double k) {
        return each(x -> x < k ? 1 : 0);
    }

    public Matrix le(double k) {
        return each(x -> x <= k ? 1 : 0);
    }

    public Matrix eq(double k) {
        return each(x -> x == k ? 1 : 0);
    }

    // ---------------------------------------------------------------- elementwise functions

    /**
     * f applied to every value. A NaN made from a non-NaN input is an error, never a silent NaN; a
     * NaN input is the user's data and may give NaN.
     */
    public Matrix map(DoubleUnaryOperator f) {
        required("map", "f", f);
        Matrix out = each(f);
        int[] at = out.newNaN(this, this);
        if (at != null) {
            throw new ArithmeticException("map: the function gave NaN for " + a[at[0]][at[1]] + " at " + position(at));
        }
        return out;
    }

    public Matrix exp() {
        return each(Math::exp);
    }

    /** Natural logarithm; log(0) is -Infinity as in numpy, a negative value is an error. */
    public Matrix log() {
        requireNonNegative("log");
        return each(Math::log);
    }

    public Matrix sqrt() {
        requireNonNegative("sqrt");
        return each(Math::sqrt);
    }

    public Matrix abs() {
        return each(Math::abs);
    }

    /**
     * x^p elementwise, as {@code np.power}: C's pow, where 1^p is 1 for every p (NaN too) and
     * (−1)^±∞ is 1. A NaN from a real base (a negative one to a fractional power) is an error.
     */
    public Matrix pow(double p) {
        // numpy computes a scalar power of 0.5 as sqrt: (−0)^0.5 is −0 and (−∞)^0.5 NaN, where C's pow gives 0 and ∞
        Matrix out = p == 0.5 ? each(Math::sqrt) : each(x -> power(x, p));
        int[] at = Double.isNaN(p) ? null : out.newNaN(this, this);
        if (at != null) {
            throw new ArithmeticException("pow: " + a[at[0]][at[1]] + " to the power " + p + " is not a real number");
        }
        return out;
    }

    /** C99's pow, which numpy uses: Java's Math.pow gives NaN for 1^NaN, 1^±∞ and (−1)^±∞ where C gives 1. */
    private static double power(double x, double p) {
        if (x == 1 || (x == -1 && Double.isInfinite(p))) {
            return 1;
        }
        return Math.pow(x, p);
    }

    public Matrix clip(double lo, double hi) {
        // numpy clips everything to NaN under a NaN bound; x < NaN being false would instead ignore it
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new IllegalArgumentException("clip: bounds must be numbers, got lower " + lo + ", upper " + hi);
        }
        if (lo > hi) {
            throw new IllegalArgumentException("clip: lower bound " + lo + " is above upper bound " + hi);
        }
        return each(x -> x < lo ? lo : x > hi ? hi : x);
    }

    /** Rounds half to even, as {@code np.round}. */
    public Matrix round() {
        return each(Math::rint);
    }

    /**
     * Rounds half to even at the given number of decimals, as {@code np.round(m, decimals)}. Where
     * 10^decimals overflows or underflows numpy gives NaN; that is an error here.
     */
    public Matrix round(int decimals) {
        // numpy divides by 10^|decimals| for negative decimals: multiplying by an inexact 10^-5 would
        // give round(921748, -5) = 899999.9999999999 instead of 900000.
        // as a long: Math.abs(Integer.MIN_VALUE) is itself negative
        long digits = Math.abs((long) decimals);
        double scale = powerOfTen(digits);
        // x · 10^decimals overflows only for |x| whose ulp is far above 10^-decimals: x has no digits to round
        // there (numpy's inf for np.round(1e300, 10) is the overflow, not the value)
        Matrix out = decimals >= 0
                ? each(x -> Double.isInfinite(x * scale) && Double.isFinite(scale) ? x : Math.rint(x * scale) / scale)
                : each(x -> Math.rint(x / scale) * scale);
        int[] at = out.newNaN(this, this);
        if (at != null) {
            throw new ArithmeticException("round: " + a[at[0]][at[1]] + " at " + decimals + " decimals is NaN at "
                    + position(at) + " (10^" + digits + " is " + scale + " as a double)");
        }
        return out;
    }

    /**
     * 10^n as numpy's round computes it (power_of_ten in multiarray/calculation.c): exact up to 1e8,
     * then 1e9 times 10 repeatedly, so large decimals scale by numpy's very double, not Math.pow's.
     */
    private static double powerOfTen(long n) {
        if (n < 9) {
            return new double[] {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}[(int) n];
        }
        double p = 1e9;
        // once infinite it stays so: without the stop, round(Integer.MAX_VALUE) multiplied 2^31 times (seconds)
        for (long k = 9; k < n && Double.isFinite(p); k++) {
            p *= 10;
        }
        return p;
    }

    // ---------------------------------------------------------------- reductions

    /** The sum of all values, with numpy's pairwise summation (so it prints numpy's digits). */
    public double sum() {
        return sumOf("sum");
    }

    public double mean() {
        requireNonEmpty("mean");
        return sumOf("mean") / size();
    }

    private double sumOf(String op) {
        double sum = rows == 1 ? Kernels.pairwiseSum(a[0], 0, cols) : Kernels.pairwiseSum(flatValues(), 0, size());
        requireDefinedSum(op, sum);
        return sum;
    }

    /**
     * A NaN sum of values without NaN comes from adding inf and -inf: an error, as arithmetic makes
     * it, never a silent NaN; a NaN already in the values passes through.
     */
    private void requireDefinedSum(String op, double sum) {
        if (Double.isNaN(sum) && !holdsNaN()) {
            throw new ArithmeticException(op + ": the values hold both inf and -inf, whose sum is NaN");
        }
    }

    public double max() {
        requireNonEmpty("max");
        return reduceAll(Double.NEGATIVE_INFINITY, Matrix::numpyMax);
    }

    public double min() {
        requireNonEmpty("min");
        return reduceAll(Double.POSITIVE_INFINITY, Matrix::numpyMin);
    }

    /**
     * Population variance (numpy's default, ddof 0): mean((x − mean(x))²). An infinite value makes
     * x − mean(x) ∞ − ∞, numpy's NaN, which is an error here.
     */
    public double var() {
        return variance("var");
    }

    public double std() {
        return Math.sqrt(variance("std"));
    }

    /** Sums along an axis (0: down the columns, 1: along the rows), as a 1-D vector like numpy. */
    public Matrix sum(int axis) {
        return sum(axis, false);
    }

    /** As {@link #sum(int)}; with {@code keepDims} the result stays 2-D (1×c or r×1) for broadcasting. */
    public Matrix sum(int axis, boolean keepDims) {
        return reduce("sum", axis, keepDims, Reduction.SUM);
    }

    public Matrix mean(int axis) {
        return mean(axis, false);
    }

    public Matrix mean(int axis, boolean keepDims) {
        return reduce("mean", axis, keepDims, Reduction.MEAN);
    }

    public Matrix max(int axis) {
        return max(axis, false);
    }

    public Matrix max(int axis, boolean keepDims) {
        return reduce("max", axis, keepDims, Reduction.MAX);
    }

    public Matrix min(int axis) {
        return min(axis, false);
    }

    public Matrix min(int axis, boolean keepDims) {
        return reduce("min", axis, keepDims, Reduction.MIN);
    }

    /** Population variance along an axis, as numpy's {@code var(axis)}. */
    public Matrix var(int axis) {
        return variance("var", axis);
    }

    public Matrix std(int axis) {
        return variance("std", axis).sqrt();
    }

    /**
     * The column of the largest value in each row (the first one on ties), as numpy's
     * {@code argmax(axis=1)}: a NaN counts as the largest, so the first NaN wins.
     */
    public int[] argmax() {
        return argBest("argmax", true);
    }

    /** The column of the smallest value in each row (the first one on ties; the first NaN, as numpy). */
    public int[] argmin() {
        return argBest("argmin", false);
    }

    /**
     * As numpy's {@code argmax(axis)}: axis 1 (or −1) is {@link #argmax()}, one column per row; axis 0
     * (or −2) gives the row of the largest value in each column. A vector has only axis 0 (or −1).
     * nnfs and Keras code write {@code np.argmax(p, axis=1)}, so that spelling works here too.
     */
    public int[] argmax(int axis) {
        return alongAxis("argmax", axis) ? argBest("argmax", true) : T().argBest("argmax", true);
    }

    /** As numpy's {@code argmin(axis)}: axis 1 (or −1) per row, as {@link #argmin()}; axis 0 (or −2) per column. */
    public int[] argmin(int axis) {
        return alongAxis("argmin", axis) ? argBest("argmin", false) : T().argBest("argmin", false);
    }

    /** True when axis runs along the rows (argBest as it is), false when it runs down the columns. */
    private boolean alongAxis(String op, int axis) {
        if (vector) {
            if (axis != 0 && axis != -1) {
                throw new ShapeException(op + ": axis " + axis + " is out of bounds for array of dimension 1");
            }
            return true;
        }
        if (axis == 1 || axis == -1) {
            return true;
        }
        if (axis == 0 || axis == -2) {
            if (rows == 0) { // checked here: the transposed matrix would name the wrong shape
                throw new ShapeException(op + ": attempt to get " + op + " of an empty sequence, shape " + Shapes.of(this));
            }
            return false;
        }
        throw new ShapeException(op + ": axis " + axis + " is out of bounds for array of dimension 2");
    }

    // ---------------------------------------------------------------- comparison and printing

    /** Same shape and every pair of values within {@code tol} of each other; tol must be ≥ 0. */
    public boolean allClose(Matrix o, double tol) {
        required("allClose", "o", o);
        // A negative (or NaN) tolerance would quietly mean "only equal values", which is never what was meant.
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("allClose: the tolerance must be non-negative, got " + tol);
        }
        return allClose(o, tol, 0);
    }

    /** numpy's {@code allclose} defaults: |x − y| ≤ 1e-8 + 1e-5·|y|. */
    public boolean allClose(Matrix o) {
        required("allClose", "o", o);
        return allClose(o, 1e-8, 1e-5);
    }

    /** Same shape and every pair of values {@link #close}. */
    private boolean allClose(Matrix o, double atol, double rtol) {
        if (rows != o.rows || cols != o.cols) {
            return false;
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (!close(a[i][j], o.a[i][j], atol, rtol)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * numpy's isclose: |x − y| ≤ atol + rtol·|y| for finite values; an infinity is close only to
     * itself, since inf − (−inf) = inf would pass any tolerance that grows with |y| (or is inf).
     */
    private static boolean close(double x, double y, double atol, double rtol) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return x == y;
        }
        return Math.abs(x - y) <= atol + rtol * Math.abs(y);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Matrix o && rows == o.rows && cols == o.cols && vector == o.vector
                && Arrays.deepEquals(a, o.a);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(a) * 31 + (vector ? 1 : 0);
    }

    /** numpy 2.x {@code str()} of the same array. */
    @Override
    public String toString() {
        return NumpyFormat.str(this);
    }

    /**
     * numpy's {@code str()} under {@code np.printoptions(threshold=threshold)}: above that many
     * values only the first and last 3 items of each long axis are shown. The interactive shell
     * shows values this way, so that a 300×3 result takes seven lines rather than 300.
     */
    public String toString(int threshold) {
        return NumpyFormat.str(this, threshold);
    }

    /** numpy's shape as Python prints the tuple: {@code (3,)} for a vector, {@code (300, 2)} for a matrix. */
    public String shapeString() {
        return Shapes.of(this);
    }

    // ---------------------------------------------------------------- internals

    /**
     * zip for arithmetic. A NaN made from two non-NaN operands (∞ − ∞, 0/0, ∞·0) is an error naming
     * the operation, the operands and the position. The result is scanned once afterwards, so the
     * loop in zip stays a plain one.
     */
    private Matrix arithmetic(String op, String symbol, Matrix o, DoubleBinaryOperator f) {
        Matrix out = zip(op, o, f);
        int[] at = out.newNaN(this, o);
        if (at != null) {
            throw new ArithmeticException(op + ": " + at(at[0], at[1]) + " " + symbol + " " + o.at(at[0], at[1])
                    + " is NaN at " + position(at));
        }
        return out;
    }

    /** The scalar form of {@link #arithmetic(String, String, Matrix, DoubleBinaryOperator)}: f is x ↦ x symbol k. */
    private Matrix arithmetic(String op, String symbol, double k, DoubleUnaryOperator f) {
        Matrix out = each(f);
        int[] at = Double.isNaN(k) ? null : out.newNaN(this, this);
        if (at != null) {
            throw new ArithmeticException(op + ": " + a[at[0]][at[1]] + " " + symbol + " " + k + " is NaN at "
                    + position(at));
        }
        return out;
    }

    /**
     * The first position where this result is NaN though neither operand (broadcast to its shape)
     * is; null if there is none. A NaN operand is the user's data: it propagates, as in numpy.
     */
    private int[] newNaN(Matrix x, Matrix y) {
        for (int i = 0; i < rows; i++) {
            double[] z = a[i];
            for (int j = 0; j < cols; j++) {
                if (Double.isNaN(z[j]) && !Double.isNaN(x.at(i, j)) && !Double.isNaN(y.at(i, j))) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    private boolean holdsNaN() {
        for (double[] row : a) {
            for (double v : row) {
                if (Double.isNaN(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String position(int[] at) {
        return "(" + at[0] + ", " + at[1] + ")";
    }

    /** f on every value, unchecked: for functions that cannot turn a number into NaN, or whose caller checks. */
    private Matrix each(DoubleUnaryOperator f) {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            double[] ai = a[i];
            double[] oi = out[i];
            for (int j = 0; j < cols; j++) {
                oi[j] = f.applyAsDouble(ai[j]);
            }
        }
        return new Matrix(out, rows, cols, vector);
    }

    /** mean((x − mean(x))²) of all values, as numpy's {@code _var}; {@code op} is the call to name in errors. */
    private double variance(String op) {
        requireNonEmpty(op);
        double m = sum() / size();
        return arithmetic(op, "- mean", m, x -> x - m).each(d -> d * d).sum() / size();
    }

    /** As {@link #variance(String)} along an axis: numpy's mean with keepdims, deviations, squares, mean. */
    private Matrix variance(String op, int axis) {
        Matrix centred = arithmetic(op, "- mean", reduce(op, axis, true, Reduction.MEAN), (x, m) -> x - m);
        return centred.each(d -> d * d).reduce(op, axis, false, Reduction.MEAN);
    }

    /** Elementwise binary operation with numpy broadcasting. */
    Matrix zip(String op, Matrix o, DoubleBinaryOperator f) {
        required(op, "o", o);
        int r = Shapes.broadcast(rows, o.rows);
        int c = Shapes.broadcast(cols, o.cols);
        if (r < 0 || c < 0) {
            throw new ShapeException(op + ": shapes " + Shapes.of(this) + " and " + Shapes.of(o) + " cannot be broadcast"
                    + perRowHint(this, o) + perRowHint(o, this));
        }
        // a column and a row broadcast to their product: (100000, 1) plus (1, 100000) is 10^10 values
        Shapes.checkSize(op, r, c);
        double[][] out = new double[r][c];
        for (int i = 0; i < r; i++) {
            double[] x = a[rows == 1 ? 0 : i];
            double[] y = o.a[o.rows == 1 ? 0 : i];
            double[] z = out[i];
            if (cols == c && o.cols == c) {
                for (int j = 0; j < c; j++) {
                    z[j] = f.applyAsDouble(x[j], y[j]);
                }
            } else {
                for (int j = 0; j < c; j++) {
                    z[j] = f.applyAsDouble(x[cols == 1 ? 0 : j], y[o.cols == 1 ? 0 : j]);
                }
            }
        }
        return new Matrix(out, r, c, vector && o.vector);
    }

    /**
     * For x.minus(x.mean(1)): a vector of one value per row of the other operand, which broadcasts as a row (numpy's
     * error too, fixed there by keepdims=True): say which column it was meant to be.
     */
    private static String perRowHint(Matrix vector, Matrix other) {
        if (!vector.vector || other.vector || vector.cols != other.rows || vector.cols == other.cols) {
            return "";
        }
        return "; a vector " + Shapes.of(vector) + " is one row: its T() is the " + vector.cols + "×1 column of one value"
                + " per row (sum(1, true) and mean(1, true) keep one)";
    }

    /** numpy's reductions: the start value, the step, and whether an empty axis is an error. */
    private enum Reduction {
        SUM(0.0, Double::sum, false),
        MEAN(0.0, Double::sum, true),
        MAX(Double.NEGATIVE_INFINITY, Matrix::numpyMax, true),
        MIN(Double.POSITIVE_INFINITY, Matrix::numpyMin, true);

        final double identity;
        final DoubleBinaryOperator step;
        final boolean needsValues;

        Reduction(double identity, DoubleBinaryOperator step, boolean needsValues) {
            this.identity = identity;
            this.step = step;
            this.needsValues = needsValues;
        }

        boolean additive() {
            return this == SUM || this == MEAN;
        }

        double finish(double accumulated, int count) {
            return this == MEAN ? accumulated / count : accumulated;
        }
    }

    /**
     * A reduction along one axis, with numpy's order of additions so that sums print numpy's digits:
     * pairwise along a row and down a single column (both one contiguous run to numpy), row after
     * row down the columns of a wider matrix.
     */
    private Matrix reduce(String op, int axis, boolean keepDims, Reduction r) {
        if (vector) {
            if (axis != 0 && axis != -1) {
                throw new ShapeException(op + ": axis " + axis + " is out of bounds for array of dimension 1");
            }
            requireValuesFor(op, r, 1);
            return wrapVector(new double[] {r.finish(reduceRow(op, a[0], r), cols)});
        }
        if (axis == 0 || axis == -2) {
            if (rows == 0) {
                requireValuesFor(op, r, cols);
            }
            double[] out = new double[cols];
            if (cols == 1 && r.additive()) {
                out[0] = Kernels.pairwiseSum(flatValues(), 0, rows);
            } else {
                Arrays.fill(out, r.identity);
                for (double[] row : a) {
                    for (int j = 0; j < cols; j++) {
                        out[j] = r.step.applyAsDouble(out[j], row[j]);
                    }
                }
            }
            for (int j = 0; j < cols; j++) {
                out[j] = r.finish(out[j], rows);
                if (r.additive()) {
                    requireDefinedSum(op, out[j]);
                }
            }
            return keepDims ? new Matrix(new double[][] {out}, 1, cols, false) : wrapVector(out);
        }
        if (axis == 1 || axis == -1) {
            if (cols == 0) {
                requireValuesFor(op, r, rows);
            }
            double[] out = new double[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = r.finish(reduceRow(op, a[i], r), cols);
            }
            if (!keepDims) {
                return wrapVector(out);
            }
            double[][] column = new double[rows][];
            for (int i = 0; i < rows; i++) {
                column[i] = new double[] {out[i]};
            }
            return new Matrix(column, rows, 1, false);
        }
        throw new ShapeException(op + ": axis " + axis + " is out of bounds for array of dimension 2");
    }

    private double reduceRow(String op, double[] row, Reduction r) {
        if (r.additive()) {
            double sum = Kernels.pairwiseSum(row, 0, row.length);
            requireDefinedSum(op, sum);
            return sum;
        }
        double s = r.identity;
        for (double x : row) {
            s = r.step.applyAsDouble(s, x);
        }
        return s;
    }

    /**
     * An empty sum is 0 as in numpy; an empty max or min is an error (numpy's "no identity"), and so
     * is an empty mean that would give {@code results} NaNs. With no results there is no NaN to
     * refuse: numpy's {@code np.zeros((0, 0)).mean(axis=0)} is {@code []}, and so is this.
     */
    private void requireValuesFor(String op, Reduction r, int results) {
        if (r.needsValues && (r != Reduction.MEAN || results > 0)) {
            requireNonEmpty(op);
        }
    }

    private double reduceAll(double identity, DoubleBinaryOperator step) {
        double s = identity;
        for (double[] row : a) {
            for (double x : row) {
                s = step.applyAsDouble(s, x);
            }
        }
        return s;
    }

    private int[] argBest(String op, boolean largest) {
        if (cols == 0) {
            throw new ShapeException(op + ": attempt to get " + op + " of an empty sequence, shape " + Shapes.of(this));
        }
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
            double[] r = a[i];
            int best = 0;
            // numpy ranks NaN above everything: the first NaN is the answer, so the search stops there.
            for (int j = 1; j < cols && !Double.isNaN(r[best]); j++) {
                if (Double.isNaN(r[j]) || (largest ? r[j] > r[best] : r[j] < r[best])) {
                    best = j;
                }
            }
            out[i] = best;
        }
        return out;
    }

    private double[] flatValues() {
        double[] flat = new double[size()];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(a[i], 0, flat, i * cols, cols);
        }
        return flat;
    }

    private void requireNonEmpty(String op) {
        if (size() == 0) {
            throw new ShapeException(op + ": zero-size array " + Shapes.of(this) + " has no " + op);
        }
    }

    private void requireNonNegative(String op) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (a[i][j] < 0) {
                    throw new ArithmeticException(op + ": undefined for negative values, got " + a[i][j]
                            + " at (" + i + ", " + j + ")");
                }
            }
        }
    }

    /**
     * Index i of n items as numpy reads it: {@code -n ≤ i < n}, a negative one counting from the end. {@code what}
     * is plural ("rows", "values"); one of them is named in the singular.
     */
    private int index(String op, int i, int n, String what) {
        int k = i < 0 ? i + n : i;
        if (k < 0 || k >= n) {
            String items = n == 1 ? what.substring(0, what.length() - 1) : what;
            // a vector prints as numpy's 1-D array, so row(1) of one reads like numpy's v[1]: say where its values are
            String hint = vector && what.equals("rows") ? "; a vector is one row, get(i) gives its values" : "";
            throw new IndexOutOfBoundsException(op + ": index " + i + " is out of bounds for " + n + " " + items
                    + " (shape " + Shapes.of(this) + ")" + hint);
        }
        return k;
    }

    /** Python's bounds of {@code [from:to]} over n items: {@code {f, t}} with 0 ≤ f ≤ t ≤ n. */
    private static int[] slice(int from, int to, int n) {
        int f = sliceEnd(from, n);
        return new int[] {f, Math.max(f, sliceEnd(to, n))};
    }

    private static int sliceEnd(int i, int n) {
        return Math.min(Math.max(i < 0 ? i + n : i, 0), n);
    }

    /** The NullPointerException a null argument gets: it names the operation and the argument, not a field. */
    private static <T> T required(String op, String argument, T value) {
        if (value == null) {
            throw new NullPointerException(op + ": " + argument + " is null");
        }
        return value;
    }

    private static void requireParts(String op, Matrix[] parts) {
        required(op, "parts", parts);
        for (int i = 0; i < parts.length; i++) {
            required(op, "part " + i, parts[i]);
        }
    }
}
