package org.nnsh.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;
import org.nnsh.nn.Metrics;

class MatrixTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Matrix A = Matrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});

    private static Matrix m(double[]... rows) {
        return Matrix.of(rows);
    }

    @Test
    void aVectorSlicesItsValuesAsNumpySlicesA1DArray() {
        Matrix v = Matrix.arange(0, 6, 1);
        assertEquals(Matrix.vector(1, 2), v.rows(1, 3));        // np.arange(6.)[1:3]
        assertEquals(Matrix.vector(0, 1), v.head(2));           // [:2]
        assertEquals(Matrix.vector(0, 1, 2, 3, 4), v.head(-1)); // [:-1]
        assertTrue(v.rows(1, 3).isVector());
        // np.arange(6.)[[4, 0, 4]] and [[2]]: take picks a vector's values (it gave "index 4 is out of
        // bounds for 1 rows", and take(0) the whole vector as a 1×6 matrix)
        assertEquals(Matrix.vector(4, 0, 4), v.take(4, 0, 4));
        assertEquals(Matrix.vector(2), v.take(2));
        assertEquals(Matrix.vector(), v.take());
        var e = assertThrows(IndexOutOfBoundsException.class, () -> v.take(6));
        assertEquals("take: index 6 is out of bounds for 6 values (shape (6,))", e.getMessage());
    }

    @Test
    void sumsOfInfAndMinusInfAreErrorsLikeArithmeticButInputNaNPassesThrough() {
        double inf = Double.POSITIVE_INFINITY;
        Matrix v = Matrix.vector(inf, -inf);
        ArithmeticException e = assertThrows(ArithmeticException.class, v::sum);
        assertEquals("sum: the values hold both inf and -inf, whose sum is NaN", e.getMessage());
        assertThrows(ArithmeticException.class, v::mean);
        assertThrows(ArithmeticException.class, () -> Matrix.of(new double[] {inf}, new double[] {-inf}).sum(0));
        assertThrows(ArithmeticException.class, () -> Matrix.of(new double[] {inf, -inf}).mean(1));
        assertTrue(Double.isNaN(Matrix.vector(1, Double.NaN).sum()), "a NaN in the data is the user's own");
        assertEquals(inf, Matrix.vector(inf, 1).sum());
    }

    @Test
    void shapeAndAccess() {
        assertEquals(2, A.rows());
        assertEquals(3, A.cols());
        assertArrayEquals(new int[] {2, 3}, A.shape());
        assertEquals(6, A.get(1, 2));
        assertEquals(Matrix.vector(4, 5, 6), A.row(1));
        assertEquals(Matrix.vector(2, 5), A.col(1));
        assertEquals(m(new double[] {1, 2, 3}), A.head(1));
        assertEquals(A, A.head(10));
        assertEquals("(2, 3)", A.shapeString());
        assertEquals("(3,)", Matrix.vector(1, 2, 3).shapeString());
    }

    @Test
    void outOfRangeAccessNamesTheShape() {
        var e = assertThrows(IndexOutOfBoundsException.class, () -> A.get(2, 0));
        assertEquals("get: index (2, 0) is outside shape (2, 3)", e.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> A.row(5));
        assertEquals("row: index 5 is out of bounds for 2 rows (shape (2, 3))", e.getMessage());
        // a vector's index is one number, as numpy's v[5]; it said 'index (0, 5) is outside shape (3,)'
        e = assertThrows(IndexOutOfBoundsException.class, () -> Matrix.vector(1, 2, 3).get(5));
        assertEquals("get: index 5 is out of bounds for 3 values (shape (3,))", e.getMessage());
        // it said 'for 1 rows', and nothing of where a vector's values are
        e = assertThrows(IndexOutOfBoundsException.class, () -> Matrix.vector(1, 2, 3).row(1));
        assertEquals("row: index 1 is out of bounds for 1 row (shape (3,)); a vector is one row, get(i) gives its values",
                e.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> m(new double[] {1, 2}).row(1));
        assertEquals("row: index 1 is out of bounds for 1 row (shape (1, 2))", e.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> A.row(-3));
        assertEquals("row: index -3 is out of bounds for 2 rows (shape (2, 3))", e.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> A.get(0, -4));
        assertEquals("get: index (0, -4) is outside shape (2, 3)", e.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> Matrix.vector(1, 2).get(5));
        assertEquals("get: index 5 is out of bounds for 2 values (shape (2,))", e.getMessage());
        // numpy's m[0] of a 2-D array is its first row: the message named only get(row, col)
        var shape = assertThrows(ShapeException.class, () -> A.get(0));
        assertEquals("get(i) needs a vector or a single row, got shape (2, 3); use get(row, col) for a value,"
                + " row(i) for the row (numpy's m[i])", shape.getMessage());
    }

    @Test
    void itemIsTheValueOfAOneValueMatrixAsInNumpy() {
        Matrix v = Matrix.vector(1, 2, 3);
        assertEquals(14.0, v.dot(v).item());
        assertEquals(32.0, m(new double[] {1, 2, 3}).dot(m(new double[] {4}, new double[] {5}, new double[] {6})).item());
        assertEquals("item: only a matrix of one value has an item, got shape (2, 3); use get(i, j) for one of its values",
                assertThrows(ShapeException.class, A::item).getMessage());
        assertEquals("item: only a matrix of one value has an item, got shape (0,)",
                assertThrows(ShapeException.class, () -> Matrix.vector().item()).getMessage());
    }

    @Test
    void negativeIndicesCountFromTheEndAsInNumpy() {
        // A[-1], A[:, -1], A[-1, -3], A[[-1, 0]], v[-1]: all were "out of bounds"
        assertEquals(Matrix.vector(4, 5, 6), A.row(-1));
        assertEquals(Matrix.vector(3, 6), A.col(-1));
        assertEquals(4, A.get(-1, -3));
        assertEquals(m(new double[] {4, 5, 6}, new double[] {1, 2, 3}), A.take(-1, 0));
        assertEquals(3, Matrix.vector(1, 2, 3).get(-1));
        assertEquals(Matrix.vector(3, 1), Matrix.vector(1, 2, 3).take(-1, -3));
    }

    @Test
    void raggedRowsAreRejected() {
        var e = assertThrows(ShapeException.class, () -> m(new double[] {1, 2}, new double[] {3}));
        assertEquals("matrix: row 1 has 1 value, expected 2", e.getMessage());
    }

    @Test
    void valuesAreCopiedIn() {
        double[] row = {1, 2};
        Matrix v = Matrix.vector(row);
        row[0] = 99;
        assertEquals(1, v.get(0));
        double[][] out = v.toArray();
        out[0][0] = 42;
        assertEquals(1, v.get(0));
    }

    @Test
    void elementwiseBroadcastsScalarsRowsAndColumns() {
        assertEquals(m(new double[] {2, 3, 4}, new double[] {5, 6, 7}), A.plus(1));
        assertEquals(m(new double[] {11, 22, 33}, new double[] {14, 25, 36}), A.plus(Matrix.vector(10, 20, 30)));
        Matrix column = m(new double[] {1}, new double[] {2});
        assertEquals(m(new double[] {1, 2, 3}, new double[] {8, 10, 12}), A.times(column));
        assertEquals(m(new double[] {0, 1, 2}, new double[] {2, 3, 4}), A.minus(column));
        assertEquals(m(new double[] {1, 2, 3}, new double[] {2, 2.5, 3}), A.div(column));
        Matrix outer = column.times(m(new double[] {1, 10}));
        assertEquals(m(new double[] {1, 10}, new double[] {2, 20}), outer);
    }

    @Test
    void broadcastMismatchNamesOperationAndShapes() {
        Matrix b = Matrix.zeros(4, 1);
        var e = assertThrows(ShapeException.class, () -> A.plus(b));
        assertEquals("plus: shapes (2, 3) and (4, 1) cannot be broadcast", e.getMessage());
        // numpy's x - x.mean(axis=1): one value per row, which broadcasts as a row; the message said only that
        e = assertThrows(ShapeException.class, () -> A.times(Matrix.vector(1, 2)));
        assertEquals("times: shapes (2, 3) and (2,) cannot be broadcast; a vector (2,) is one row: its T() is the 2×1"
                + " column of one value per row (sum(1, true) and mean(1, true) keep one)", e.getMessage());
        e = assertThrows(ShapeException.class, () -> A.mean(1).lt(A));
        assertEquals("lt: shapes (2,) and (2, 3) cannot be broadcast; a vector (2,) is one row: its T() is the 2×1"
                + " column of one value per row (sum(1, true) and mean(1, true) keep one)", e.getMessage());
        assertEquals(Matrix.of(new double[] {-1, 0, 1}, new double[] {-1, 0, 1}), A.minus(A.mean(1, true)));
    }

    @Test
    void vectorsStayVectors() {
        Matrix v = Matrix.vector(1, 2, 3);
        assertTrue(v.plus(v).isVector());
        assertTrue(v.times(2).isVector());
        assertFalse(v.plus(A).isVector());
        assertFalse(v.T().isVector());
        assertEquals(3, v.T().rows());
    }

    @Test
    void dotIsTheMatrixProduct() {
        Matrix b = m(new double[] {1, 0}, new double[] {0, 1}, new double[] {1, 1});
        assertEquals(m(new double[] {4, 5}, new double[] {10, 11}), A.dot(b));
        assertEquals(Matrix.vector(14, 32), A.dot(Matrix.vector(1, 2, 3)));
        assertEquals(Matrix.vector(5, 7, 9), Matrix.vector(1, 1).dot(A));
    }

    @Test
    void dotMismatchSaysWhichDimensions() {
        var e = assertThrows(ShapeException.class, () -> Matrix.zeros(300, 3).dot(Matrix.zeros(64, 3)));
        assertEquals("dot: shapes (300, 3) and (64, 3) not aligned: 3 (dim 1) != 64 (dim 0)", e.getMessage());
    }

    @Test
    void dotAgreesWithCommonsMath() {
        Matrix x = new NumpyRandom(3).randn(17, 9);
        Matrix y = new NumpyRandom(4).randn(9, 5);
        Matrix expected = Matrix.of(x.toRealMatrix().multiply(y.toRealMatrix()));
        assertTrue(x.dot(y).allClose(expected, 1e-12));
    }

    @Test
    void transpose() {
        assertEquals(m(new double[] {1, 4}, new double[] {2, 5}, new double[] {3, 6}), A.T());
        assertEquals(A, A.T().T());
    }

    @Test
    void reductionsFollowNumpyAxes() {
        Matrix seed = m(new double[] {4.8, 1.21, 2.385}, new double[] {8.9, -1.81, 0.2}, new double[] {1.41, 1.051, 0.026});
        assertEquals(18.172, seed.sum(), 1e-12);
        assertTrue(seed.sum(0).allClose(Matrix.vector(15.11, 0.451, 2.611), 1e-12));
        assertTrue(seed.sum(1).allClose(Matrix.vector(8.395, 7.29, 2.487), 1e-12));
        Matrix kept = seed.sum(1, true);
        assertEquals(3, kept.rows());
        assertEquals(1, kept.cols());
        assertEquals(Matrix.vector(2.5, 3.5, 4.5), A.mean(0));
        assertEquals(Matrix.vector(3, 6), A.max(1));
        assertEquals(Matrix.vector(1, 4), A.min(1));
        assertEquals(3.5, A.mean());
        assertEquals(6, A.max());
        assertEquals(1, A.min());
        assertEquals(Matrix.vector(6), Matrix.vector(1, 2, 3).sum(0));
    }

    @Test
    void sumsAreBitForBitNumpysPairwiseSums() {
        Matrix x = Matrix.arange(0, 1000, 1).times(0.1);
        // hex values from numpy: x = np.arange(1000) * 0.1
        assertEquals(Double.parseDouble("0x1.863c000000000p+15"), x.sum());
        assertEquals(Double.parseDouble("0x1.5568000000000p+12"), x.reshape(8, 125).sum(1).get(3));
        assertEquals(Double.parseDouble("0x1.12ccccccccccdp+6"), x.reshape(8, 125).mean(1).get(5));
        assertEquals(Double.parseDouble("0x1.ee80000000003p+10"), x.reshape(40, 25).sum(0).get(7));
        assertEquals(Double.parseDouble("0x1.1850000000000p+12"), x.cols(0, 300).sum());
        assertEquals(Double.parseDouble("0x1.a0aa8f5c28f5dp+9"), x.var());
    }

    @Test
    void aSumOfNegativeZerosIsZeroAsNumpysStartsFromItsIdentity() {
        // np.full(9, -0.0).sum() and np.full((2, 9), -0.0).sum(1) and .T.sum(0) are 0.0: numpy adds the
        // pairwise sum to the identity 0.0; the pairwise sum of 8 or more values alone kept -0.0
        Matrix zeros = Matrix.full(2, 9, -0.0);
        assertEquals(0.0, zeros.row(0).sum());
        assertEquals(0.0, zeros.row(0).mean());
        assertEquals(Matrix.vector(0, 0), zeros.sum(1));
        assertEquals(Matrix.vector(0), zeros.row(0).T().sum(0));
        assertEquals(0.0, Sums.pairwise(zeros.row(0).toArray()[0]));
        assertEquals("[0. 0.]", zeros.sum(1).toString());
    }

    @Test
    void varianceAndStdArePopulationStatistics() {
        Matrix v = Matrix.vector(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(4, v.var(), 1e-12);
        assertEquals(2, v.std(), 1e-12);
        assertEquals(Matrix.vector(2.25, 2.25, 2.25), A.var(0));
        assertEquals(Matrix.vector(1.5, 1.5, 1.5), A.std(0));
    }

    @Test
    void badAxisIsAnError() {
        var e = assertThrows(ShapeException.class, () -> A.sum(2));
        assertEquals("sum: axis 2 is out of bounds for array of dimension 2", e.getMessage());
        e = assertThrows(ShapeException.class, () -> Matrix.vector(1, 2).mean(1));
        assertEquals("mean: axis 1 is out of bounds for array of dimension 1", e.getMessage());
    }

    @Test
    void argmaxAndArgminPerRowTakeTheFirstTie() {
        Matrix p = m(new double[] {0.4, 0.6, 0, 0}, new double[] {0.3, 0.2, 0.1, 0.4}, new double[] {0.5, 0.35, 0.5, 0.1});
        assertArrayEquals(new int[] {1, 3, 0}, p.argmax());
        assertArrayEquals(new int[] {2, 2, 3}, p.argmin());
    }

    @Test
    void argmaxAndArgminTakeAnAxisAsNumpy() {
        // p = np.array([[0.1, 0.7, 0.2, 0.7], [0.5, 0.2, 0.1, 0.9], [0.9, 0.3, 0.3, 0.1]])
        Matrix p = m(new double[] {0.1, 0.7, 0.2, 0.7}, new double[] {0.5, 0.2, 0.1, 0.9}, new double[] {0.9, 0.3, 0.3, 0.1});
        assertArrayEquals(new int[] {1, 3, 0}, p.argmax(1)); // p.argmax(1)
        assertArrayEquals(new int[] {1, 3, 0}, p.argmax(-1));
        assertArrayEquals(new int[] {2, 0, 2, 1}, p.argmax(0)); // p.argmax(0)
        assertArrayEquals(new int[] {2, 0, 2, 1}, p.argmax(-2));
        assertArrayEquals(new int[] {0, 1, 1, 2}, p.argmin(0)); // p.argmin(0)
        assertArrayEquals(p.argmin(), p.argmin(1));
        assertArrayEquals(new int[] {1}, Matrix.vector(1, 3, 2).argmax(0)); // np.array([1, 3, 2]).argmax(0) == 1
        assertArrayEquals(new int[] {0}, Matrix.vector(1, 3, 2).argmin(-1));
        assertEquals("argmax: axis 2 is out of bounds for array of dimension 2",
                assertThrows(ShapeException.class, () -> p.argmax(2)).getMessage());
        assertEquals("argmin: axis 1 is out of bounds for array of dimension 1",
                assertThrows(ShapeException.class, () -> Matrix.vector(1, 2).argmin(1)).getMessage());
        assertEquals("argmax: attempt to get argmax of an empty sequence, shape (0, 3)",
                assertThrows(ShapeException.class, () -> Matrix.zeros(0, 3).argmax(0)).getMessage());
    }

    @Test
    void elementwiseFunctions() {
        Matrix x = Matrix.vector(-2.5, -0.5, 0.5, 1.5, 2.5);
        assertEquals(Matrix.vector(-2, -0.0, 0, 2, 2), x.round());
        assertEquals(Matrix.vector(-1, -0.5, 0.5, 1, 1), x.clip(-1, 1));
        assertEquals(Matrix.vector(2.5, 0.5, 0.5, 1.5, 2.5), x.abs());
        assertEquals(Matrix.vector(1, 2, 3), Matrix.vector(1, 4, 9).sqrt());
        assertEquals(Matrix.vector(1, 8, 27), Matrix.vector(1, 2, 3).pow(3));
        assertEquals(Matrix.vector(1, Math.E), Matrix.vector(0, 1).exp());
        assertEquals(Matrix.vector(Double.NEGATIVE_INFINITY, 0), Matrix.vector(0, 1).log());
        assertEquals(Matrix.vector(0, 2), Matrix.vector(0, 1).map(v -> 2 * v));
    }

    @Test
    void undefinedValuesAreErrorsNotSilentNaN() {
        var e = assertThrows(ArithmeticException.class, () -> Matrix.vector(1, -0.5).log());
        assertEquals("log: undefined for negative values, got -0.5 at (0, 1)", e.getMessage());
        assertThrows(ArithmeticException.class, () -> Matrix.vector(-4).sqrt());
        assertThrows(ArithmeticException.class, () -> Matrix.vector(-8).pow(0.5));
        e = assertThrows(ArithmeticException.class, () -> Matrix.vector(1, 2).map(v -> v == 2 ? Double.NaN : v));
        assertEquals("map: the function gave NaN for 2.0 at (0, 1)", e.getMessage());
    }

    @Test
    void comparisonsGiveZerosAndOnes() {
        assertEquals(m(new double[] {0, 0, 1}, new double[] {1, 1, 1}), A.gt(2));
        assertEquals(m(new double[] {1, 0, 0}, new double[] {0, 0, 0}), A.eq(Matrix.vector(1, 5.5, 0)));
        assertEquals(m(new double[] {1, 1, 0}, new double[] {0, 0, 0}), A.lt(3));
        assertEquals(m(new double[] {1, 1, 1}, new double[] {0, 0, 0}), A.le(3));
        assertEquals(m(new double[] {0, 1, 1}, new double[] {1, 1, 1}), A.ge(2));
    }

    @Test
    void wherePicksElementwiseWithBroadcasting() {
        Matrix x = Matrix.vector(-1, 0, 1, 2);
        assertEquals(Matrix.vector(-0.01, 0, 1, 2), Matrix.where(x.gt(0), x, x.times(0.01)).plus(0.0));
        Matrix picked = Matrix.where(A.gt(3), A, Matrix.zeros(1, 1));
        assertEquals(m(new double[] {0, 0, 0}, new double[] {4, 5, 6}), picked);
        // np.where(c, v, w) of a (2, 1) column, a (3,) vector and a (2,) one: numpy names the three shapes;
        // the message named (2, 3), the broadcast of the first two, which is none of them
        var e = assertThrows(ShapeException.class,
                () -> Matrix.where(m(new double[] {1}, new double[] {0}), Matrix.vector(1, 2, 3), Matrix.vector(1, 2)));
        assertEquals("where: condition (2, 1), a (3,) and b (2,) cannot be broadcast together", e.getMessage());
        assertEquals(m(new double[] {1, 2, 3}, new double[] {9, 9, 9}),
                Matrix.where(m(new double[] {1}, new double[] {0}), Matrix.vector(1, 2, 3), Matrix.vector(9)));
        assertTrue(Matrix.where(Matrix.vector(1, 0), Matrix.vector(1, 2), Matrix.vector(3)).isVector());
    }

    @Test
    void reshapeSlicesAndStacks() {
        assertEquals(m(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6}), A.reshape(3, 2));
        assertEquals(A, A.reshape(-1, 3));
        assertEquals(Matrix.vector(1, 2, 3, 4, 5, 6), A.flatten());
        var e = assertThrows(ShapeException.class, () -> A.reshape(4, 2));
        assertEquals("reshape: cannot reshape array of size 6 with shape (2, 3) into shape (4, 2)", e.getMessage());
        // numpy: "can only specify one unknown dimension", "cannot reshape array of size 6 into shape (4,newaxis)"
        e = assertThrows(ShapeException.class, () -> A.reshape(-1, -1));
        assertEquals("reshape: only one dimension can be -1 (inferred from the other), got (-1, -1) for array of size 6"
                + " with shape (2, 3)", e.getMessage());
        e = assertThrows(ShapeException.class, () -> A.reshape(4, -1));
        assertEquals("reshape: cannot reshape array of size 6 with shape (2, 3) into shape (4, -1): 6 is not a multiple"
                + " of 4", e.getMessage());
        assertEquals(m(new double[] {2, 3}, new double[] {5, 6}), A.cols(1, 3));
        assertEquals(m(new double[] {3}, new double[] {6}), A.cols(-1, 3));
        assertEquals(m(new double[] {4, 5, 6}), A.rows(1, 2));
        assertEquals(m(new double[] {4, 5, 6}, new double[] {1, 2, 3}), A.take(1, 0));
        // a vector is numpy's 1-D array: v[[2, 0]] picks values, as v.rows(0, 2) slices them
        assertEquals(Matrix.vector(30, 10), Matrix.vector(10, 20, 30).take(2, 0));
        assertEquals(Matrix.vector(20), Matrix.vector(10, 20, 30).take(1));
        assertEquals(Matrix.vector(), Matrix.vector(10, 20, 30).take());
        var outside = assertThrows(IndexOutOfBoundsException.class, () -> Matrix.vector(10, 20, 30).take(3));
        assertEquals("take: index 3 is out of bounds for 3 values (shape (3,))", outside.getMessage());
        assertEquals(Matrix.vector(1, 2, 3, 4), Matrix.hstack(Matrix.vector(1, 2), Matrix.vector(3, 4)));
        assertEquals(m(new double[] {1, 2, 3, 1}, new double[] {4, 5, 6, 2}), Matrix.hstack(A, m(new double[] {1}, new double[] {2})));
        assertEquals(m(new double[] {1, 2, 3}, new double[] {4, 5, 6}, new double[] {7, 8, 9}),
                Matrix.vstack(A, Matrix.vector(7, 8, 9)));
        e = assertThrows(ShapeException.class, () -> Matrix.vstack(A, Matrix.vector(1, 2)));
        assertEquals("vstack: shapes (2, 3) and (2,) have different numbers of columns", e.getMessage());
        // np.hstack([m, m[:, 0]]) of a (2, 3) matrix: the column as a vector reads as two rows, but is one
        e = assertThrows(ShapeException.class, () -> Matrix.hstack(A, A.col(0)));
        assertEquals("hstack: shapes (2, 3) and (2,) have different numbers of rows; a vector (2,) is one row:"
                + " its T() is the 2×1 column", e.getMessage());
        assertEquals(m(new double[] {1, 2, 3, 1}, new double[] {4, 5, 6, 4}), Matrix.hstack(A, A.col(0).T()));
        e = assertThrows(ShapeException.class, () -> Matrix.hstack(A, Matrix.vector(1, 2, 3)));
        assertEquals("hstack: shapes (2, 3) and (3,) have different numbers of rows", e.getMessage());
    }

    @Test
    void creationMatchesNumpy() {
        assertEquals(Matrix.vector(0, 0.25, 0.5, 0.75, 1), Matrix.linspace(0, 1, 5));
        assertEquals(Matrix.vector(4), Matrix.linspace(4, 8, 1));
        assertEquals(100, Matrix.linspace(0, 1, 100).cols());
        assertEquals(Matrix.vector(0, 0.2, 0.4, 0.6000000000000001, 0.8), Matrix.arange(0, 1, 0.2));
        Matrix steps = Matrix.arange(-10, 10, 0.2);
        assertEquals(100, steps.cols());
        // numpy fills start + i·((start + step) − start): hex values from np.arange(-10, 10, 0.2)
        assertEquals(Double.parseDouble("-0x1.399999999999ap+3"), steps.get(1));
        assertEquals(Double.parseDouble("-0x1.4cccccccccd08p+1"), steps.get(37));
        assertEquals(Double.parseDouble("-0x1.4000000000000p-45"), steps.get(50));
        assertEquals(Double.parseDouble("0x1.3999999999972p+3"), steps.get(99));
        assertEquals(Double.parseDouble("0x1.0888888888888p+0"), Matrix.linspace(-3.3, 7.1, 13).get(5));
        assertEquals(m(new double[] {1, 0}, new double[] {0, 1}), Matrix.eye(2));
        assertEquals(m(new double[] {7, 7}), Matrix.full(1, 2, 7));
        assertEquals(0, Matrix.zeros(0, 3).size());
        var e = assertThrows(ShapeException.class, () -> Matrix.zeros(-1, 2));
        assertEquals("zeros: negative dimensions are not allowed, got (-1, 2)", e.getMessage());
        e = assertThrows(ShapeException.class, () -> Matrix.ones(2, -3));
        assertEquals("ones: negative dimensions are not allowed, got (2, -3)", e.getMessage());
        e = assertThrows(ShapeException.class, () -> Matrix.eye(-1));
        assertEquals("eye: negative dimensions are not allowed, got (-1, -1)", e.getMessage());
        e = assertThrows(ShapeException.class, () -> Matrix.full(-1, 2, 7));
        assertEquals("full: negative dimensions are not allowed, got (-1, 2)", e.getMessage());
    }

    @Test
    void commonsMathInteropBothWays() {
        Matrix sq = m(new double[] {4, 3}, new double[] {6, 3});
        var inverse = new LUDecomposition(sq.toRealMatrix()).getSolver().getInverse();
        assertTrue(Matrix.of(inverse).dot(sq).allClose(Matrix.eye(2), 1e-12));
        assertEquals(sq, Matrix.of(new Array2DRowRealMatrix(sq.toArray())));
    }

    @Test
    void allCloseComparesShapesAndValues() {
        assertTrue(A.allClose(A.plus(1e-9), 1e-6));
        assertFalse(A.allClose(A.plus(1e-3), 1e-6));
        assertFalse(A.allClose(A.T(), 1));
        assertTrue(A.allClose(A.times(1 + 1e-7)));
    }

    @Test
    void headWithANegativeCountDropsRowsFromTheEndAsNumpy() {
        Matrix three = m(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6});
        // numpy: a[:-1], a[:-2], a[:-3], a[:-10]
        assertEquals(m(new double[] {1, 2}, new double[] {3, 4}), three.head(-1));
        assertEquals(m(new double[] {1, 2}), three.head(-2));
        assertArrayEquals(new int[] {0, 2}, three.head(-3).shape());
        assertArrayEquals(new int[] {0, 2}, three.head(-10).shape());
        assertArrayEquals(new int[] {0, 2}, three.head(Integer.MIN_VALUE).shape());
        assertArrayEquals(new int[] {0, 2}, three.head(0).shape());
    }

    @Test
    void allCloseRejectsANegativeOrNaNTolerance() {
        var e = assertThrows(IllegalArgumentException.class, () -> A.allClose(A, -1));
        assertEquals("allClose: the tolerance must be non-negative, got -1.0", e.getMessage());
        var nan = assertThrows(IllegalArgumentException.class, () -> A.allClose(A, Double.NaN));
        assertEquals("allClose: the tolerance must be non-negative, got NaN", nan.getMessage());
        assertTrue(A.allClose(A, 0));
    }

    @Test
    void arithmeticThatMakesNaNFromNumbersIsAnErrorNamingTheCall() {
        var e = assertThrows(ArithmeticException.class, () -> Matrix.vector(1, 0).div(Matrix.vector(1, 0)));
        assertEquals("div: 0.0 / 0.0 is NaN at (0, 1)", e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> Matrix.vector(INF).minus(Matrix.vector(INF)));
        assertEquals("minus: Infinity - Infinity is NaN at (0, 0)", e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> Matrix.vector(1, -INF).plus(Matrix.vector(1, INF)));
        assertEquals("plus: -Infinity + Infinity is NaN at (0, 1)", e.getMessage());
        // the message gives the operands as broadcast to the failing position
        e = assertThrows(ArithmeticException.class, () -> m(new double[] {1, 2}, new double[] {3, INF}).times(Matrix.vector(1, 0)));
        assertEquals("times: Infinity * 0.0 is NaN at (1, 1)", e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> Matrix.zeros(1, 2).div(0));
        assertEquals("div: 0.0 / 0.0 is NaN at (0, 0)", e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> Matrix.vector(INF).times(0));
        assertEquals("times: Infinity * 0.0 is NaN at (0, 0)", e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> Matrix.vector(2, INF).minus(INF));
        assertEquals("minus: Infinity - Infinity is NaN at (0, 1)", e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> Matrix.vector(1).round(400));
        assertEquals("round: 1.0 at 400 decimals is NaN at (0, 0) (10^400 is Infinity as a double)", e.getMessage());
    }

    @Test
    void aNaNAlreadyInTheDataPropagatesAsInNumpy() {
        assertEquals(Matrix.vector(NAN, 2), Matrix.vector(NAN, 1).plus(Matrix.vector(0, 1)));
        assertEquals(Matrix.vector(NAN, NAN), Matrix.vector(0, 1).times(Matrix.vector(NAN)));
        assertEquals(Matrix.vector(NAN, 0.5), Matrix.vector(NAN, 1).div(2));
        assertEquals(Matrix.vector(NAN), Matrix.vector(INF).times(NAN));
        assertEquals(Matrix.vector(NAN, 1), Matrix.vector(NAN, 1).map(v -> v * v));
        assertEquals(Matrix.vector(NAN, 1), Matrix.vector(NAN, 1).pow(2));
        assertEquals(m(new double[] {NAN}), m(new double[] {NAN, INF}).dot(m(new double[] {1}, new double[] {0})));
    }

    @Test
    void dotThatMakesNaNFromNumbersIsAnError() {
        var e = assertThrows(ArithmeticException.class,
                () -> m(new double[] {1, 1}, new double[] {2, INF}).dot(m(new double[] {3, 1}, new double[] {0, 1})));
        assertEquals("dot: Infinity * 0.0 is NaN at (1, 0), from (1, 1) of the left matrix and (1, 0) of the right", e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> m(new double[] {1, 2}, new double[] {INF, 1}).dot(Matrix.vector(0, 1)));
        assertEquals("dot: Infinity * 0.0 is NaN at (0, 1), from (1, 0) of the left matrix and (0, 0) of the right", e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> Matrix.vector(0, 1).dot(m(new double[] {1, INF}, new double[] {2, 1})));
        assertEquals("dot: 0.0 * Infinity is NaN at (0, 1), from (0, 0) of the left matrix and (0, 1) of the right", e.getMessage());
        assertEquals(Matrix.vector(2, INF), Matrix.vector(0, 1).dot(m(new double[] {1, 1}, new double[] {2, INF})));
        e = assertThrows(ArithmeticException.class, () -> m(new double[] {1, 1}).dot(m(new double[] {INF}, new double[] {-INF})));
        assertEquals("dot: the products summed at (0, 0) include both Infinity and -Infinity, whose sum is NaN", e.getMessage());
    }

    @Test
    void argmaxAndArgminTakeTheFirstNaNAsNumpy() {
        // np.argmax([1, nan, 3]) == 1, np.argmin([1, nan, 0]) == 1
        assertArrayEquals(new int[] {1}, Matrix.vector(1, NAN, 3).argmax());
        assertArrayEquals(new int[] {1}, Matrix.vector(1, NAN, 0).argmin());
        // np.argmax([[1, nan, 3], [nan, nan, 0], [2, 5, nan]], axis=1) == [1 0 2]
        Matrix p = m(new double[] {1, NAN, 3}, new double[] {NAN, NAN, 0}, new double[] {2, 5, NAN});
        assertArrayEquals(new int[] {1, 0, 2}, p.argmax());
        assertArrayEquals(new int[] {1, 0, 2}, p.argmin());
        // each row's NaN is its argmax: right for the first row, wrong for the second (numpy's argmax rule: 0.5)
        assertEquals(0.5, Metrics.accuracy(m(new double[] {NAN, 0.5}, new double[] {0.2, NAN}), new int[] {0, 0}));
    }

    @Test
    void emptyMatricesKeepTheirColumns() {
        assertEquals("(0, 3)", Matrix.wrap(new double[0][], 3).shapeString());
        assertEquals("(2, 0)", Matrix.wrap(new double[2][0], 0).shapeString());
        assertEquals("(0, 3)", new NumpyRandom(0).randn(0, 3).shapeString());
        assertEquals("(0, 3)", new NumpyRandom(0).rand(0, 3).shapeString());
        assertEquals("(0, 3)", new NumpyRandom(0).uniform(0, 1, 0, 3).shapeString());
        assertEquals("(0, 3)", new NumpyRandom(0).randint(0, 5, 0, 3).shapeString());
        var e = assertThrows(ShapeException.class, () -> Matrix.wrap(new double[][] {{1, 2}, {3}}, 2));
        assertEquals("matrix: row 1 has 1 value, expected 2", e.getMessage());
        e = assertThrows(ShapeException.class, () -> Matrix.wrap(new double[0][], -1));
        assertEquals("matrix: negative dimensions are not allowed, got (0, -1)", e.getMessage());
    }

    @Test
    void aSingleColumnIsSummedPairwiseDownAxis0AsNumpy() {
        // hex values from numpy: np.random.seed(0); c = np.random.randn(1000, 1)
        Matrix c = new NumpyRandom(0).randn(1000, 1);
        assertEquals(Double.parseDouble("-0x1.6a0dbca818382p+5"), c.sum(0).get(0));
        assertEquals(c.sum(), c.sum(0).get(0));
        assertEquals(Double.parseDouble("-0x1.6a0dbca818382p+5"), c.sum(0, true).get(0, 0));
        assertEquals(Double.parseDouble("-0x1.72be31d30a76fp-5"), c.mean(0).get(0));
        assertEquals(Double.parseDouble("-0x1.72be31d30a76fp-5"), c.mean(-2, true).get(0, 0));
        // c = c * 3 + 1 (np.random.seed(0)): var(0) and std(0), which row after row miss by a few ulps
        Matrix d = c.times(3).plus(1);
        assertEquals(Double.parseDouble("0x1.18945ba58f260p+3"), d.var(0).get(0));
        assertEquals(Double.parseDouble("0x1.7b054ec0d399ep+1"), d.std(0).get(0));
        assertEquals(d.var(), d.var(0).get(0));
        // two columns are added row after row by numpy: np.hstack([d, d]).var(0)[0]
        assertEquals(Double.parseDouble("0x1.18945ba58f25bp+3"), Matrix.hstack(d, d).var(0).get(0));
    }

    @Test
    void varAndStdErrorsNameVarAndStd() {
        var e = assertThrows(ShapeException.class, () -> Matrix.ones(2, 2).var(2));
        assertEquals("var: axis 2 is out of bounds for array of dimension 2", e.getMessage());
        e = assertThrows(ShapeException.class, () -> Matrix.vector(1, 2).std(1));
        assertEquals("std: axis 1 is out of bounds for array of dimension 1", e.getMessage());
        e = assertThrows(ShapeException.class, () -> Matrix.vector().var());
        assertEquals("var: zero-size array (0,) has no var", e.getMessage());
        e = assertThrows(ShapeException.class, () -> Matrix.vector().std());
        assertEquals("std: zero-size array (0,) has no std", e.getMessage());
        e = assertThrows(ShapeException.class, () -> Matrix.zeros(0, 3).var(0));
        assertEquals("var: zero-size array (0, 3) has no var", e.getMessage());
        // numpy's var of [inf, 1] is inf − inf = nan: an error here, never a silent NaN
        var nan = assertThrows(ArithmeticException.class, () -> Matrix.vector(INF, 1).var());
        assertEquals("var: Infinity - mean Infinity is NaN at (0, 0)", nan.getMessage());
        nan = assertThrows(ArithmeticException.class, () -> m(new double[] {1}, new double[] {INF}).std(0));
        assertEquals("std: Infinity - mean Infinity is NaN at (1, 0)", nan.getMessage());
        assertEquals(Matrix.vector(NAN), Matrix.vector(NAN, 1).var(0));
    }

    @Test
    void maxAndMinBreakTiesOfSignedZerosAsNumpy() {
        // numpy: np.array([0., -0.]).max() is -0.0, np.array([-0., 0.]).min() is 0.0 (a tie goes to the later value),
        // np.maximum(np.array([-0., 0.]), 0.) is [0. 0.], np.maximum(np.array([0.]), np.array([-0.])) is [-0.],
        // np.minimum(np.array([-0., 0.]), -0.) is [-0. -0.], np.array([[0.], [-0.]]).max(axis=0) is [-0.]
        assertEquals("-0.0", Double.toString(Matrix.vector(0.0, -0.0).max()));
        assertEquals("0.0", Double.toString(Matrix.vector(-0.0, 0.0).min()));
        assertEquals("[-0.]", Matrix.vector(0.0, -0.0).max(0).toString());
        assertEquals("[0.]", Matrix.vector(-0.0, 0.0).min(-1).toString());
        assertEquals("[-0.]", m(new double[] {0.0}, new double[] {-0.0}).max(0).toString());
        assertEquals("[-0.]", m(new double[] {0.0, -0.0}).max(1).toString());
        assertEquals("[0. 0.]", Matrix.vector(-0.0, 0.0).maximum(0).toString());
        assertEquals("[-0.]", Matrix.vector(0.0).maximum(Matrix.vector(-0.0)).toString());
        assertEquals("[-0. -0.]", Matrix.vector(-0.0, 0.0).minimum(-0.0).toString());
        assertEquals("[0.]", Matrix.vector(-0.0).minimum(Matrix.vector(0.0)).toString());
        // NaN still wins from either side
        assertEquals("[nan nan]", Matrix.vector(NAN, 1).maximum(Matrix.vector(1, NAN)).toString());
        assertEquals("[nan nan]", Matrix.vector(NAN, 1).minimum(Matrix.vector(1, NAN)).toString());
        assertTrue(Double.isNaN(Matrix.vector(1, NAN, 3).max()));
    }

    @Test
    void aMeanOverAnEmptyAxisWithNoResultsIsEmptyAsInNumpy() {
        // numpy: np.zeros((0, 0)).mean(axis=0), .mean(axis=1), .var(axis=0), .std(axis=1) and np.zeros((0, 3)).mean(axis=1)
        // are all array([]): there is no result to be NaN
        Matrix none = Matrix.zeros(0, 0);
        assertEquals(Matrix.vector(), none.mean(0));
        assertEquals(Matrix.vector(), none.mean(1));
        assertEquals(Matrix.vector(), none.var(0));
        assertEquals(Matrix.vector(), none.std(1));
        assertEquals(Matrix.zeros(1, 0), none.mean(0, true));
        assertEquals(Matrix.vector(), Matrix.zeros(0, 3).mean(1));
        assertEquals(Matrix.vector(), Matrix.zeros(3, 0).mean(0));
        // numpy's [nan nan nan] (with a RuntimeWarning) stays an error, and max has no identity even for no results
        assertEquals("mean: zero-size array (0, 3) has no mean",
                assertThrows(ShapeException.class, () -> Matrix.zeros(0, 3).mean(0)).getMessage());
        assertEquals("max: zero-size array (0, 0) has no max",
                assertThrows(ShapeException.class, () -> none.max(0)).getMessage());
    }

    @Test
    void rowsAndColsClampLikePythonSlices() {
        Matrix x = Matrix.ones(3, 2);
        // numpy: x[0:10].shape == (3, 2), x[5:10] (0, 2), x[2:1] (0, 2), x[-10:2] (2, 2), x[:, 1:0] (3, 0)
        assertEquals(x, x.rows(0, 10));
        assertEquals("(0, 2)", x.rows(5, 10).shapeString());
        assertEquals("(0, 2)", x.rows(2, 1).shapeString());
        assertEquals("(2, 2)", x.rows(-10, 2).shapeString());
        assertEquals("(3, 0)", x.cols(1, 0).shapeString());
        assertEquals(A, A.cols(-10, 10));
        assertEquals(Matrix.vector(2, 3), Matrix.vector(1, 2, 3).cols(1, 99));
        assertEquals(A, A.head(10));
        assertEquals("(1, 3)", A.head(-1).shapeString()); // numpy: A[:-1]
    }

    @Test
    void arangeRejectsBoundsItCannotCount() {
        var e = assertThrows(IllegalArgumentException.class, () -> Matrix.arange(0, NAN, 1));
        assertEquals("arange: start and stop must be finite numbers, got start 0.0, stop NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Matrix.arange(-INF, 0, 1));
        assertEquals("arange: start and stop must be finite numbers, got start -Infinity, stop 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Matrix.arange(0, 1e12, 1));
        assertTrue(e.getMessage().startsWith("arange: start 0.0, stop 1.0E12, step 1.0 give 1.0E12 values, more than the "),
                e.getMessage());
        assertEquals(0, Matrix.arange(5, 0, 1).size());
    }

    @Test
    void nullArgumentsNameTheOperationAndTheArgument() {
        var e = assertThrows(NullPointerException.class, () -> Matrix.of((double[]) null));
        assertEquals("matrix: row 0 is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> Matrix.of(new double[] {1}, null));
        assertEquals("matrix: row 1 is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> Matrix.of((double[][]) null));
        assertEquals("matrix: rows is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> Matrix.vector((double[]) null));
        assertEquals("vector: values is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> Matrix.vector(1).plus((Matrix) null));
        assertEquals("plus: o is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> A.gt((Matrix) null));
        assertEquals("gt: o is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> A.dot(null));
        assertEquals("dot: o is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> Matrix.where(A, A, null));
        assertEquals("where: b is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> Matrix.hstack(A, null));
        assertEquals("hstack: part 1 is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> A.map(null));
        assertEquals("map: f is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> A.take((int[]) null));
        assertEquals("take: indices is null", e.getMessage());
    }

    @Test
    void roundToNegativeDecimalsDividesByTheExactPowerOfTenAsNumpy() {
        // np.round(np.array([921748., 1.5e300, 1234.5678, -250.]), -5) and np.round(np.array([1.5e300]), -300)
        assertEquals(Matrix.vector(900000.0, 1.5e300, 0, -0.0), Matrix.vector(921748, 1.5e300, 1234.5678, -250).round(-5));
        assertEquals(Matrix.vector(1.0000000000000002e300), Matrix.vector(1.5e300).round(-300)); // numpy's 10^300 is 1e9·10^291
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Matrix.vector(1).round(-400));
        assertEquals("round: 1.0 at -400 decimals is NaN at (0, 0) (10^400 is Infinity as a double)", e.getMessage());
    }

    @Test
    void fullWithNegativeZeroHoldsNegativeZero() {
        // np.full((1, 2), -0.0) prints [[-0. -0.]]
        assertEquals(m(new double[] {-0.0, -0.0}), Matrix.full(1, 2, -0.0));
        assertEquals("[[-0. -0.]]", Matrix.full(1, 2, -0.0).toString());
    }

    @Test
    void allCloseCountsAnInfinityCloseOnlyToItselfAsNumpy() {
        // np.allclose(np.inf, -np.inf) is False, np.allclose(1, np.inf, atol=np.inf) False, np.allclose(np.inf, np.inf) True
        assertFalse(Matrix.vector(INF).allClose(Matrix.vector(-INF)));
        assertFalse(Matrix.vector(1e308).allClose(Matrix.vector(INF)));
        assertFalse(Matrix.vector(1).allClose(Matrix.vector(INF), INF));
        assertTrue(Matrix.vector(INF, -INF).allClose(Matrix.vector(INF, -INF)));
        assertTrue(Matrix.vector(INF, 1).allClose(Matrix.vector(INF, 1.5), 0.5));
        assertFalse(Matrix.vector(NAN).allClose(Matrix.vector(NAN)));
    }

    @Test
    void clipRefusesANaNBoundInsteadOfIgnoringIt() {
        // np.clip([1, 2, 3], np.nan, 2) is all NaN; here it said [1, 2, 2]
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Matrix.vector(1, 2, 3).clip(NAN, 2));
        assertEquals("clip: bounds must be numbers, got lower NaN, upper 2.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Matrix.vector(1, 2, 3).clip(0, NAN));
        assertEquals(Matrix.vector(1, 2, 3), Matrix.vector(1, 2, 3).clip(-INF, INF));
    }

    @Test
    void linspaceWhoseSpanOverflowsGivesTheEvenlySpacedValuesNotASilentNaN() {
        // np.linspace(-1e308, 1e308, 3) is [nan inf 1e308] (stop − start overflows); the values are -1e308, 0, 1e308
        assertEquals(Matrix.vector(-1e308, 0, 1e308), Matrix.linspace(-1e308, 1e308, 3));
        // 2 * np.linspace(0.85e308, -0.85e308, 5): halving the ends is exact, so this is numpy's own formula
        assertEquals(Matrix.vector(1.7e308, 8.5e307, 0, -8.499999999999998e307, -1.7e308), Matrix.linspace(1.7e308, -1.7e308, 5));
    }

    @Test
    void arangeWhoseSpanOverflowsCountsAndFillsItsValues() {
        // stop − start is inf here, so numpy refuses ("Maximum allowed size exceeded") and nnsh said
        // "give Infinity values"; the values are 2 * np.arange(-0.5e308, 0.5e308, 0.5e307), halving being exact
        Matrix a = Matrix.arange(-1e308, 1e308, 1e307);
        assertEquals(20, a.size());
        assertEquals(-1e308, a.get(0));
        assertEquals(-9e307, a.get(1));
        assertEquals(8.99999999999999e307, a.get(19));
        assertTrue(a.allClose(Matrix.arange(-10, 10, 1).times(1e307), 1e293));
    }

    @Test
    void roundOfAValueWhoseScalingOverflowsIsTheValueItself() {
        // np.round(1e300, 10) is inf: 1e300·1e10 overflows, but 1e300 has no digits after the 10th decimal to round
        assertEquals(Matrix.vector(1e300, -1.7976931348623157e308, 2.5), Matrix.vector(1e300, -Double.MAX_VALUE, 2.5).round(10));
        // np.round([1.2e299, 0.123], 2): 1.2e301 is finite, so numpy's own digits
        assertEquals(Matrix.vector(1.2000000000000001e299, 0.12), Matrix.vector(1.2e299, 0.123).round(2));
    }

    @Test
    void roundAtTheExtremeIntDecimalsIsTheOverflowMessageQuickly() {
        // np.round(np.array([1.5]), -2**31) is nan (1.5 / inf · inf): the error names it, not a bare
        // ArrayIndexOutOfBoundsException from Math.abs(Integer.MIN_VALUE) being negative
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Matrix.vector(1.5).round(Integer.MIN_VALUE));
        assertEquals("round: 1.5 at -2147483648 decimals is NaN at (0, 0) (10^2147483648 is Infinity as a double)",
                e.getMessage());
        assertEquals(Matrix.zeros(0, 3), Matrix.zeros(0, 3).round(Integer.MIN_VALUE));
        // 10^2147483647 was 2^31 multiplications (seconds); it is infinite after 300
        assertTimeout(Duration.ofMillis(500), () -> assertThrows(ArithmeticException.class,
                () -> Matrix.vector(1.5).round(Integer.MAX_VALUE)));
    }

    @Test
    void linspaceWithAnInfiniteEndIsAnErrorNotASilentNaN() {
        // np.linspace(0, np.inf, 3) is [nan inf inf] with a RuntimeWarning
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Matrix.linspace(0, INF, 3));
        assertEquals("linspace: start and stop must be finite for 3 samples, got start 0.0, stop Infinity", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Matrix.linspace(-INF, 1, 2));
        // np.linspace(np.inf, 1, 1) is [nan] (0·(1 − inf) + inf) with a RuntimeWarning; the one sample is start
        assertEquals(Matrix.vector(INF), Matrix.linspace(INF, 1, 1));
    }

    @Test
    void linspaceFollowsNumpyWhereTheStepUnderflowsAndForOneSample() {
        // np.linspace(0, 5e-324, 4) is [0 0 5e-324 5e-324]: numpy scales arange(n) / div by delta when the
        // step is 0 (gh-5437); start + i·0 gave [0 0 0 5e-324]
        assertEquals(Matrix.vector(0, 0, 5e-324, 5e-324), Matrix.linspace(0, 5e-324, 4));
        // np.linspace(-0.0, -5, 1) is [-0.] (0·-5 + -0.0), np.linspace(-0.0, 5, 1) is [0.]
        assertEquals(Matrix.vector(-0.0), Matrix.linspace(-0.0, -5, 1));
        assertEquals(Matrix.vector(0.0), Matrix.linspace(-0.0, 5, 1));
    }

    @Test
    void aShapeBeyondTheHeapIsAnErrorNamingTheCallNotABareOutOfMemoryError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(100_000, 100_000));
        assertTrue(e.getMessage().startsWith("zeros: shape (100000, 100000) holds 10000000000 values, more than the "),
                e.getMessage());
        // a vector by numpy's shape of it, (n,), not by the (1, n) matrix that holds it
        e = assertThrows(IllegalArgumentException.class, () -> Matrix.linspace(0, 1, Integer.MAX_VALUE));
        assertTrue(e.getMessage().startsWith("linspace: shape (2147483647,) holds 2147483647 values, more than the "),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(Integer.MAX_VALUE));
        assertTrue(e.getMessage().startsWith("zeros: shape (2147483647,) holds"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(0).randn(100_000, 100_000));
    }

    @Test
    void emptyButHugeShapesAreAnErrorNamingTheCallNotABareOutOfMemoryError() {
        // numpy makes these at once; here each row is an array, so 2^31 empty rows do not fit
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(Integer.MAX_VALUE, 0));
        assertTrue(e.getMessage().startsWith("zeros: shape (2147483647, 0) has more rows than the "), e.getMessage());
        Matrix wide = Matrix.zeros(0, Integer.MAX_VALUE);
        e = assertThrows(IllegalArgumentException.class, wide::T);
        assertTrue(e.getMessage().startsWith("T: shape (2147483647, 0) has more rows than the "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> wide.reshape(Integer.MAX_VALUE, 0));
        assertTrue(e.getMessage().startsWith("reshape: shape (2147483647, 0) has more rows than the "), e.getMessage());
        // the widths' sum overflowed an int: a bare NegativeArraySizeException
        e = assertThrows(IllegalArgumentException.class, () -> Matrix.hstack(wide, wide));
        assertEquals("hstack: shape (0, 4294967294) has more columns than the 2147483647 one matrix can have in this JVM"
                + " (its heap limit; NNSH_JAVA_OPTS=-Xmx… raises it)", e.getMessage());
        // a column and a row broadcast, or an empty inner dimension, to 10^10 values
        Matrix column = Matrix.zeros(100_000, 1);
        e = assertThrows(IllegalArgumentException.class, () -> column.plus(column.T()));
        assertTrue(e.getMessage().startsWith("plus: shape (100000, 100000) holds 10000000000 values"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Matrix.where(column, column.T(), column));
        assertTrue(e.getMessage().startsWith("where: shape (100000, 100000) holds"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(100_000, 0).dot(Matrix.zeros(0, 100_000)));
        assertTrue(e.getMessage().startsWith("dot: shape (100000, 100000) holds"), e.getMessage());
        assertEquals(Matrix.zeros(3, 0), Matrix.zeros(0, 3).T());
        assertEquals(Matrix.zeros(0, 5), Matrix.hstack(Matrix.zeros(0, 2), Matrix.zeros(0, 3)));
    }

    @Test
    void arangeStartsWithStartItselfSoNegativeZeroStays() {
        // np.arange(-0.0, 0.72, 0.24) is [-0.   0.24 0.48]
        assertEquals(Matrix.vector(-0.0, 0.24, 0.48), Matrix.arange(-0.0, 0.72, 0.24));
    }

    @Test
    void powOfOneAndOfMinusOneToAnInfinityIsOneAsNumpy() {
        // np.power([1., -1., 2.], np.inf) is [1. 1. inf]; np.power([1., -1., .5], -np.inf) is [1. 1. inf];
        // np.power([1., 2.], np.nan) is [1. nan]: C's pow, where Java's Math.pow gives NaN for all the 1s
        assertEquals(Matrix.vector(1, 1, INF), Matrix.vector(1, -1, 2).pow(INF));
        assertEquals(Matrix.vector(1, 1, INF), Matrix.vector(1, -1, 0.5).pow(-INF));
        assertEquals(Matrix.vector(1, NAN), Matrix.vector(1, 2).pow(NAN));
        assertEquals(Matrix.vector(1, 0), Matrix.vector(-1, 0.5).pow(INF));
    }

    @Test
    void powOfOneHalfIsSqrtAsNumpysScalarPower() {
        // np.power(np.array([-0., 4., np.inf]), 0.5) is [-0. 2. inf] (numpy's sqrt path); C's pow gave 0. for -0.
        Matrix roots = Matrix.vector(-0.0, 4, INF).pow(0.5);
        assertEquals(Matrix.vector(-0.0, 2, INF), roots);
        // np.power(np.array([-np.inf]), 0.5) is nan with "invalid value": C's pow gave inf
        var e = assertThrows(ArithmeticException.class, () -> Matrix.vector(1, -INF).pow(0.5));
        assertEquals("pow: -Infinity to the power 0.5 is not a real number", e.getMessage());
        // any other exponent is C's pow: np.power(np.array([-0., -np.inf]), 1.5) is [0. inf]
        assertEquals(Matrix.vector(0, INF), Matrix.vector(-0.0, -INF).pow(1.5));
    }
}
