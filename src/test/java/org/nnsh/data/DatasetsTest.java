package org.nnsh.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.data.DataFixtures.assertBits;
import static org.nnsh.data.DataFixtures.flat;
import static org.nnsh.data.DataFixtures.values;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.NumpyRandom;

/** Every generator: shape, labels, numpy's values where the fixture has them, and repeatability after seed. */
class DatasetsTest {
    private static int[] counts(Dataset d) {
        int[] c = new int[d.classes()];
        for (int label : d.y()) {
            c[label]++;
        }
        return c;
    }

    private static void assertRepeatable(Supplier<Dataset> make) {
        NumpyRandom.global().seed(3);
        Dataset a = make.get();
        NumpyRandom.global().seed(3);
        assertEquals(a.x(), make.get().x());
    }

    @Test
    void verticalMatchesNnfs() {
        NumpyRandom.global().seed(0);
        Dataset d = Datasets.vertical(50, 3);
        assertBits(values("vertical points=50 classes=3"), flat(d.x()));
        assertArrayEquals(new int[] {50, 50, 50}, counts(d));
    }

    /**
     * numpy's sin is glibc's, which rounds sin(2π·0.367) one ulp lower than Java's Math.sin and
     * StrictMath.sin both do; so targets match nnfs to one ulp, nearly all of them exactly.
     */
    @Test
    void sineIsARegressionSetMatchingNnfs() {
        Dataset d = Datasets.sine(1000);
        assertTrue(d.isRegression());
        assertEquals("Dataset 1000×1 → 1 target", d.toString());
        assertEquals(0.5, d.x().get(500, 0));
        double[] expected = values("sine samples=1000 targets");
        double[] actual = flat(d.targets());
        int identical = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], Math.ulp(expected[i]), "row " + i);
            identical += expected[i] == actual[i] ? 1 : 0;
        }
        assertTrue(identical >= 995, identical + " of 1000 targets are bit-identical");
    }

    @Test
    void xorPutsEachClassOnItsTwoCorners() {
        NumpyRandom.global().seed(0);
        Dataset d = Datasets.xor(40, 0);
        assertArrayEquals(new int[] {80, 2}, d.x().shape());
        assertArrayEquals(new int[] {40, 40}, counts(d));
        assertArrayEquals(new double[] {0, 0, 1, 1}, flat(d.x().head(2)));
        assertArrayEquals(new double[] {0, 1, 1, 0}, flat(d.x().rows(40, 42)));
        assertRepeatable(() -> Datasets.xor(10));
    }

    @Test
    void circlesWithoutNoiseLieOnTheirRadii() {
        Dataset d = Datasets.circles(101, 0, 0.5);
        assertArrayEquals(new int[] {50, 51}, counts(d));
        for (int i = 0; i < d.size(); i++) {
            double radius = Math.hypot(d.x().get(i, 0), d.x().get(i, 1));
            assertEquals(d.y()[i] == 0 ? 1.0 : 0.5, radius, 1e-12, "row " + i);
        }
        assertRepeatable(() -> Datasets.circles(20));
        assertEquals("circles: factor must be in [0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> Datasets.circles(10, 0.1, 1)).getMessage());
    }

    @Test
    void moonsWithoutNoiseAreTwoHalfCircles() {
        Dataset d = Datasets.moons(100, 0);
        assertArrayEquals(new int[] {50, 50}, counts(d));
        assertArrayEquals(new double[] {1, 0}, flat(d.x().row(0)));
        assertArrayEquals(new double[] {0, 0.5}, flat(d.x().row(50)));
        assertEquals(-1, d.x().get(49, 0), 1e-15);
        assertRepeatable(() -> Datasets.moons(30));
    }

    @Test
    void blobsGatherAroundTheirCenters() {
        NumpyRandom.global().seed(1);
        Matrix centers = NumpyRandom.global().uniform(-10, 10, 4, 2);
        NumpyRandom.global().seed(1);
        Dataset d = Datasets.blobs(500, 4, 0.5);
        assertArrayEquals(new int[] {500, 500, 500, 500}, counts(d));
        for (int j = 0; j < 4; j++) {
            Matrix mean = d.x().rows(j * 500, (j + 1) * 500).mean(0);
            assertTrue(mean.allClose(centers.row(j), 0.1), "center " + j + ": " + mean + " vs " + centers.row(j));
        }
        assertRepeatable(() -> Datasets.blobs(5, 3));
    }

    @Test
    void generatorsNameTheirBadArguments() {
        assertEquals("vertical: points must be positive, got 0",
                assertThrows(IllegalArgumentException.class, () -> Datasets.vertical(0, 2)).getMessage());
        assertEquals("sine: samples must be positive, got -5",
                assertThrows(IllegalArgumentException.class, () -> Datasets.sine(-5)).getMessage());
        assertEquals("moons: noise must be a non-negative number, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> Datasets.moons(10, -0.1)).getMessage());
        assertEquals("blobs: centers must be positive, got 0",
                assertThrows(IllegalArgumentException.class, () -> Datasets.blobs(10, 0)).getMessage());
    }

    /** points × classes as an int wrapped around to a negative array size; now it is counted as a long. */
    @Test
    void sizesBeyondAnArrayOrTheHeapAreRefusedBeforeAllocating() {
        assertEquals("spiral: 1000000000 points × 3 classes = 3000000000 samples, more than the 2147483639 one dataset"
                + " can hold", assertThrows(IllegalArgumentException.class, () -> Datasets.spiral(1_000_000_000, 3)).getMessage());
        assertEquals("xor: 1073741824 points × 2 classes = 2147483648 samples, more than the 2147483639 one dataset"
                + " can hold", assertThrows(IllegalArgumentException.class, () -> Datasets.xor(1 << 30)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Datasets.vertical(70_000, 70_000));
        assertThrows(IllegalArgumentException.class, () -> Datasets.blobs(1 << 30, 4));
        String heap = assertThrows(IllegalArgumentException.class, () -> Datasets.circles(Integer.MAX_VALUE - 8)).getMessage();
        assertTrue(heap.startsWith("circles: 2147483639 points need at least 73728 MB, more than this JVM's heap limit of "),
                heap);
        assertThrows(IllegalArgumentException.class, () -> Datasets.moons(Integer.MAX_VALUE - 8));
        assertThrows(IllegalArgumentException.class, () -> Datasets.sine(Integer.MAX_VALUE - 8));
    }

    /** spiral(3, 2, 1e308) returned NaN points without a word (r·sin(∞)); the others returned infinities. */
    @Test
    void noiseSoLargeThatPointsOverflowIsRefused() {
        NumpyRandom.global().seed(0);
        assertEquals("spiral: noise 1.0E308 makes row 0 [NaN, NaN], not finite; expected a noise small enough for finite"
                + " points", assertThrows(IllegalArgumentException.class, () -> Datasets.spiral(3, 2, 1e308)).getMessage());
        NumpyRandom.global().seed(0);
        String blobs = assertThrows(IllegalArgumentException.class, () -> Datasets.blobs(2, 2, 1e308)).getMessage();
        assertTrue(blobs.startsWith("blobs: std 1.0E308 makes row 0 [Infinity, -9.77"), blobs);
        assertTrue(blobs.endsWith("], not finite; expected a std small enough for finite points"), blobs);
        for (Supplier<Dataset> make : List.<Supplier<Dataset>>of(() -> Datasets.circles(4, 1e308, 0.5),
                () -> Datasets.moons(4, 1e308), () -> Datasets.xor(2, 1e308))) {
            NumpyRandom.global().seed(0);
            assertThrows(IllegalArgumentException.class, make::get);
        }
        assertEquals(6, Datasets.spiral(3, 2, 1e20).size()); // large but finite: the angles wrap, the points stay finite
    }

    @Test
    void irisIsFishersTable() {
        Dataset d = Datasets.iris();
        assertEquals("Dataset 150×4, 3 classes", d.toString());
        assertArrayEquals(new int[] {50, 50, 50}, counts(d));
        assertEquals(Arrays.asList("setosa", "versicolor", "virginica"), d.classNames());
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, flat(d.x().row(0)));
        assertArrayEquals(new double[] {5.9, 3.0, 5.1, 1.8}, flat(d.x().row(149)));
        assertEquals(2078.7, d.x().sum(), 1e-9);
    }
}
