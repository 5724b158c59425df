package org.nnsh.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.NumpyRandom;

class DatasetTest {
    private final Dataset small = Dataset.of(Matrix.of(new double[] {0, 0}, new double[] {1, 1}, new double[] {2, 2},
            new double[] {3, 3}, new double[] {4, 4}), new int[] {0, 2, 1, 2, 0});

    @Test
    void describesItself() {
        assertEquals(5, small.size());
        assertEquals(3, small.classes());
        assertEquals(List.of("0", "1", "2"), small.classNames());
        assertEquals("Dataset 5×2, 3 classes", small.toString());
    }

    @Test
    void aOneHotBeyondTheHeapIsAnErrorNamingItNotABareOutOfMemoryError() {
        // 200000 rows of 200000 classes: 4·10^10 doubles from 1.6 MB of data
        int[] labels = java.util.stream.IntStream.range(0, 200_000).toArray();
        Dataset many = Dataset.of(Matrix.zeros(200_000, 1), labels);
        var e = assertThrows(IllegalArgumentException.class, many::oneHot);
        assertTrue(e.getMessage().startsWith("oneHot: 200000 samples of 200000 classes need at least "), e.getMessage());
    }

    @Test
    void oneHotHasAOneInTheLabelsColumn() {
        assertEquals(Matrix.of(new double[] {1, 0, 0}, new double[] {0, 0, 1}, new double[] {0, 1, 0},
                new double[] {0, 0, 1}, new double[] {1, 0, 0}), small.oneHot());
    }

    @Test
    void shuffleFollowsNumpysPermutationAndKeepsPairs() {
        NumpyRandom.global().seed(0);
        int[] order = NumpyRandom.global().permutation(5);
        NumpyRandom.global().seed(0);
        Dataset s = small.shuffle();
        int[] y = s.y();
        for (int i = 0; i < 5; i++) {
            assertEquals(order[i], s.x().get(i, 0));
            assertEquals(small.y()[order[i]], y[i]);
        }
    }

    @Test
    void aVectorIsOneSampleWhenShuffled() {
        // take picks a vector's values, but a dataset's vector x or targets is one row
        Dataset one = Dataset.regression(Matrix.vector(1, 2, 3), Matrix.vector(4, 5));
        Dataset shuffled = one.shuffle();
        assertEquals(Matrix.of(new double[] {1, 2, 3}), shuffled.x());
        assertEquals(Matrix.of(new double[] {4, 5}), shuffled.targets());
    }

    @Test
    void splitKeepsOrder() {
        Dataset.Split parts = small.split(0.6);
        assertArrayEquals(new int[] {0, 2, 1}, parts.train().y());
        assertArrayEquals(new int[] {2, 0}, parts.test().y());
        assertEquals(3, parts.test().x().get(0, 0));
        assertEquals(3, parts.test().classes());
        assertEquals("split: fraction must be between 0 and 1 (exclusive), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> small.split(1)).getMessage());
        // the call as it would be typed, as fit writes validation(f): not Java's split(2.0E-10)
        assertTrue(assertThrows(IllegalArgumentException.class, () -> small.split(2e-10)).getMessage()
                .startsWith("split(2e-10) of "));
    }

    @Test
    void trainingSizeCountsOnlyFractionsOfTheData() {
        assertEquals(2, small.trainingSize(0.5));
        assertEquals(5, small.trainingSize(1));
        assertEquals("trainingSize: fraction must be between 0 and 1, got 2.0",
                assertThrows(IllegalArgumentException.class, () -> small.trainingSize(2)).getMessage());
        assertEquals("trainingSize: fraction must be between 0 and 1, got NaN",
                assertThrows(IllegalArgumentException.class, () -> small.trainingSize(Double.NaN)).getMessage());
    }

    @Test
    void labelsAreCopiedBothWays() {
        int[] y = {0, 1};
        Dataset d = Dataset.of(Matrix.of(new double[] {1}, new double[] {2}), y);
        y[0] = 1;
        d.y()[1] = 0;
        assertArrayEquals(new int[] {0, 1}, d.y());
    }

    @Test
    void regressionHasTargetsNotLabels() {
        Dataset r = Dataset.regression(Matrix.of(new double[] {1}, new double[] {2}), Matrix.of(new double[] {3}, new double[] {4}));
        assertEquals(Matrix.of(new double[] {3}, new double[] {4}), r.targets());
        assertEquals(0, r.classes());
        assertEquals("y: a regression dataset has no class labels; use targets()",
                assertThrows(IllegalStateException.class, r::y).getMessage());
        assertEquals(Matrix.of(new double[] {4}), r.split(0.5).test().targets());
    }

    @Test
    void classificationTargetsAreTheLabelColumn() {
        assertEquals(Matrix.of(new double[] {0}, new double[] {2}, new double[] {1}, new double[] {2}, new double[] {0}),
                small.targets());
        // an empty dataset's labels are still one column: numpy's np.zeros(0).reshape(-1, 1).shape == (0, 1)
        assertEquals("(0, 1)", Dataset.of(Matrix.zeros(0, 2), new int[0]).targets().shapeString());
    }

    /** These were the JVM's own messages about fields inside Dataset ("because "array" is null"). */
    @Test
    void nullPartsAreNamed() {
        Matrix x = Matrix.zeros(1, 2);
        assertEquals("dataset: x is null", assertThrows(NullPointerException.class, () -> Dataset.of(null, new int[1])).getMessage());
        assertEquals("dataset: y is null", assertThrows(NullPointerException.class, () -> Dataset.of(x, null)).getMessage());
        assertEquals("dataset: classNames is null",
                assertThrows(NullPointerException.class, () -> Dataset.of(x, new int[1], null)).getMessage());
        assertEquals("dataset: the name of class 1 is null", assertThrows(NullPointerException.class,
                () -> Dataset.of(x, new int[1], Arrays.asList("a", null))).getMessage());
        assertEquals("dataset: x is null", assertThrows(NullPointerException.class, () -> Dataset.regression(null, x)).getMessage());
        assertEquals("dataset: targets is null",
                assertThrows(NullPointerException.class, () -> Dataset.regression(x, null)).getMessage());
        assertEquals("csv: path is null", assertThrows(NullPointerException.class, () -> Datasets.csv(null, -1)).getMessage());
    }

    /** Integer.MAX_VALUE + 1 classes wrapped to "outside 0..-1"; 50_000_000 took 40 s to name its classes. */
    @Test
    void labelsPastAMillionClassesAreRefused() {
        assertEquals("dataset: label 2147483647 at row 1 is too large for a class; expected labels 0 … k−1 with k at"
                + " most 1000000", assertThrows(IllegalArgumentException.class,
                        () -> Dataset.of(Matrix.zeros(2, 1), new int[] {0, Integer.MAX_VALUE})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dataset.of(Matrix.zeros(1, 1), new int[] {50_000_000}));
        assertEquals(1_000_000, Dataset.of(Matrix.zeros(1, 1), new int[] {999_999}).classes());
    }

    /** numpy's 1-D array of samples is nnsh's vector, a single row: the message said only "1 rows of x but 3 labels". */
    @Test
    void aVectorOfSamplesIsToldToTranspose() {
        Matrix v = Matrix.vector(1, 2, 3);
        assertEquals("dataset: x of shape (3,) has 1 row but y has 3 labels; expected one label per row (a vector is"
                + " one row; .T() makes it 3 rows of one value)", assertThrows(IllegalArgumentException.class,
                        () -> Dataset.of(v, new int[] {0, 1, 0})).getMessage());
        assertEquals("dataset: x of shape (3, 1) has 3 rows but targets of shape (3,) has 1 row; expected one row of targets"
                + " per row of x (a vector is one row; .T() makes it 3 rows of one value)",
                assertThrows(IllegalArgumentException.class, () -> Dataset.regression(v.T(), v)).getMessage());
        assertEquals(3, Dataset.of(v.T(), new int[] {0, 1, 0}).size());
    }

    @Test
    void vectorsOfSamplesAsXAndTargetsAreToldToTranspose() {
        // Dataset.regression(x, x.pow(2)) with x = linspace(-1, 1, 50), as numpy code holds 1-D samples
        Matrix x = Matrix.linspace(-1, 1, 50);
        assertEquals("dataset: x (50,) and targets (50,) are vectors, one row each: one sample of 50 features with 50"
                + " targets; for 50 samples of one value each, pass x.T() and targets.T() (for one sample, reshape(1, -1)"
                + " both)", assertThrows(IllegalArgumentException.class, () -> Dataset.regression(x, x.pow(2))).getMessage());
        assertEquals(50, Dataset.regression(x.T(), x.pow(2).T()).size());
        assertEquals(1, Dataset.regression(x.reshape(1, -1), x.pow(2).reshape(1, -1)).size());
    }

    /** A vector x is one sample: shuffling picks that row, not values of it (a vector's take picks values). */
    @Test
    void aOneSampleDatasetOfAVectorShufflesAsOneRow() {
        Matrix v = Matrix.vector(1, 2, 3);
        assertEquals(Matrix.of(new double[] {1, 2, 3}), Dataset.of(v, new int[] {1}).shuffle().x());
        Dataset r = Dataset.regression(v, Matrix.vector(5)).shuffle();
        assertEquals(Matrix.of(new double[] {1, 2, 3}), r.x());
        assertEquals(Matrix.of(new double[] {5}), r.targets());
    }

    @Test
    void twoClassesOfOneNameAreRefused() {
        // they were kept, and classNames() gave [a, a]
        assertEquals("dataset: classes 0 and 2 are both named \"a\"; expected a name of its own for each class",
                assertThrows(IllegalArgumentException.class,
                        () -> Dataset.of(Matrix.zeros(2, 1), new int[] {0, 1}, List.of("a", "b", "a"))).getMessage());
    }

    @Test
    void labelsWithoutClassNamesAreNamedAsSuch() {
        assertEquals("dataset: 2 labels but no class names; expected one name per class (labels 0 … k−1)",
                assertThrows(IllegalArgumentException.class,
                        () -> Dataset.of(Matrix.zeros(2, 1), new int[] {0, 0}, List.of())).getMessage());
        assertEquals(0, Dataset.of(Matrix.zeros(0, 1), new int[0], List.of()).classes());
    }

    @Test
    void rejectsMismatchedParts() {
        assertEquals("dataset: x of shape (5, 2) has 5 rows but y has 2 labels; expected one label per row",
                assertThrows(IllegalArgumentException.class, () -> Dataset.of(small.x(), new int[] {0, 1})).getMessage());
        assertEquals("dataset: label -1 at row 0 is outside 0..1", assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(Matrix.of(new double[] {1}), new int[] {-1}, List.of("a", "b"))).getMessage());
    }
}
