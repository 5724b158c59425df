package org.nnsh.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.NumpyRandom;

/**
 * The toy datasets of the notebooks and of scikit-learn, drawn from the global numpy-legacy stream so
 * that after {@code seed(s)} each equals the numpy code quoted in its Javadoc. Classification sets come
 * grouped by class (class 0's rows first), as nnfs makes them; call {@code shuffle()} to mix them.
 */
public final class Datasets {
    private Datasets() {
    }

    /** nnfs's spiral with its default noise 0.2. */
    public static Dataset spiral(int points, int classes) {
        return spiral(points, classes, 0.2);
    }

    /**
     * nnfs {@code spiral_data}: for class j, {@code r = linspace(0, 1, points)},
     * {@code t = linspace(4j, 4(j+1), points) + randn(points)·noise}, rows {@code [r·sin(2.5t), r·cos(2.5t)]};
     * points·classes × 2, labels j.
     */
    public static Dataset spiral(int points, int classes, double noise) {
        checkPositive("spiral", "points", points);
        checkPositive("spiral", "classes", classes);
        checkNoise("spiral", noise);
        int n = samples("spiral", points, classes, "classes", 2);
        double[][] x = new double[n][];
        int[] y = new int[n];
        Matrix r = Matrix.linspace(0, 1, points);
        for (int j = 0; j < classes; j++) {
            Matrix t = Matrix.linspace(4.0 * j, 4.0 * (j + 1), points);
            double[] g = gaussians(points);
            for (int i = 0; i < points; i++) {
                double angle = (t.get(i) + g[i] * noise) * 2.5;
                x[j * points + i] = new double[] {r.get(i) * Math.sin(angle), r.get(i) * Math.cos(angle)};
                y[j * points + i] = j;
            }
        }
        return Dataset.of(finite("spiral", "noise", noise, x), y);
    }

    /**
     * nnfs {@code vertical_data}: for class j, {@code x0 = randn(points)·0.1 + j/3},
     * {@code x1 = randn(points)·0.1 + 0.5} (x0's draws first); points·classes × 2, labels j.
     */
    public static Dataset vertical(int points, int classes) {
        checkPositive("vertical", "points", points);
        checkPositive("vertical", "classes", classes);
        int n = samples("vertical", points, classes, "classes", 2);
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int j = 0; j < classes; j++) {
            double[] g0 = gaussians(points);
            double[] g1 = gaussians(points);
            for (int i = 0; i < points; i++) {
                x[j * points + i][0] = g0[i] * 0.1 + j / 3.0;
                x[j * points + i][1] = g1[i] * 0.1 + 0.5;
                y[j * points + i] = j;
            }
        }
        return Dataset.of(Matrix.wrap(x), y);
    }

    /** nnfs {@code sine_data}, a regression set: {@code X = arange(samples)/samples}, {@code y = sin(2π·X)}, each samples × 1. */
    public static Dataset sine(int samples) {
        checkPositive("sine", "samples", samples);
        checkSamples("sine", samples + " samples", samples, 2); // x and the targets, one value each per sample
        double[][] x = new double[samples][1];
        double[][] t = new double[samples][1];
        for (int i = 0; i < samples; i++) {
            x[i][0] = (double) i / samples;
            t[i][0] = Math.sin(2 * Math.PI * x[i][0]);
        }
        return Dataset.regression(Matrix.wrap(x), Matrix.wrap(t));
    }

    /** XOR blobs with noise 0.1. */
    public static Dataset xor(int points) {
        return xor(points, 0.1);
    }

    /**
     * Noisy XOR, two classes of points each: sample i of class j sits at corner (a, a XOR j) with
     * a = i mod 2, plus {@code randn(points, 2)·noise}, i.e. in numpy
     * {@code a = arange(points) % 2; X = c_[a, a ^ j] + randn(points, 2)*noise}.
     */
    public static Dataset xor(int points, double noise) {
        checkPositive("xor", "points", points);
        checkNoise("xor", noise);
        int n = samples("xor", points, 2, "classes", 2);
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int j = 0; j < 2; j++) {
            Matrix g = NumpyRandom.global().randn(points, 2);
            for (int i = 0; i < points; i++) {
                int a = i % 2;
                x[j * points + i] = new double[] {a + g.get(i, 0) * noise, (a ^ j) + g.get(i, 1) * noise};
                y[j * points + i] = j;
            }
        }
        return Dataset.of(finite("xor", "noise", noise, x), y);
    }

    /** Two circles with noise 0.05 and the inner one half the size. */
    public static Dataset circles(int points) {
        return circles(points, 0.05, 0.5);
    }

    /**
     * scikit-learn's {@code make_circles(points, shuffle=False, noise, factor)} on the global stream:
     * points/2 (rounded down) on the unit circle at angles {@code linspace(0, 2π, ·, endpoint=False)},
     * label 0, the rest on a circle of radius factor, label 1; then every coordinate gets
     * {@code + noise·randn}, drawn row by row over the whole points × 2 array.
     */
    public static Dataset circles(int points, double noise, double factor) {
        checkPositive("circles", "points", points);
        checkNoise("circles", noise);
        if (!(factor >= 0 && factor < 1)) {
            throw new IllegalArgumentException("circles: factor must be in [0, 1), got " + factor);
        }
        checkSamples("circles", points + " points", points, 2);
        int outer = points / 2;
        int inner = points - outer;
        double[][] x = new double[points][];
        int[] y = new int[points];
        for (int i = 0; i < outer; i++) {
            double angle = i * (2 * Math.PI / outer);
            x[i] = new double[] {Math.cos(angle), Math.sin(angle)};
        }
        for (int i = 0; i < inner; i++) {
            double angle = i * (2 * Math.PI / inner);
            x[outer + i] = new double[] {Math.cos(angle) * factor, Math.sin(angle) * factor};
            y[outer + i] = 1;
        }
        return Dataset.of(finite("circles", "noise", noise, addNoise(x, noise)), y);
    }

    /** Two moons with noise 0.1. */
    public static Dataset moons(int points) {
        return moons(points, 0.1);
    }

    /**
     * scikit-learn's {@code make_moons(points, shuffle=False, noise)} on the global stream: points/2
     * (rounded down) at {@code (cos θ, sin θ)}, θ = {@code linspace(0, π, ·)}, label 0; the rest at
     * {@code (1 − cos θ, 1 − sin θ − 0.5)}, label 1; then {@code + noise·randn} on every coordinate, row by row.
     */
    public static Dataset moons(int points, double noise) {
        checkPositive("moons", "points", points);
        checkNoise("moons", noise);
        checkSamples("moons", points + " points", points, 2);
        int outer = points / 2;
        int inner = points - outer;
        double[][] x = new double[points][];
        int[] y = new int[points];
        Matrix thetaOut = Matrix.linspace(0, Math.PI, outer);
        Matrix thetaIn = Matrix.linspace(0, Math.PI, inner);
        for (int i = 0; i < outer; i++) {
            x[i] = new double[] {Math.cos(thetaOut.get(i)), Math.sin(thetaOut.get(i))};
        }
        for (int i = 0; i < inner; i++) {
            x[outer + i] = new double[] {1 - Math.cos(thetaIn.get(i)), 1 - Math.sin(thetaIn.get(i)) - 0.5};
            y[outer + i] = 1;
        }
        return Dataset.of(finite("moons", "noise", noise, addNoise(x, noise)), y);
    }

    /** Gaussian blobs with standard deviation 1. */
    public static Dataset blobs(int points, int centers) {
        return blobs(points, centers, 1.0);
    }

    /**
     * scikit-learn's {@code make_blobs} idea, points per center, 2 features: first the centers,
     * {@code uniform(-10, 10, (centers, 2))}, then for class j {@code center_j + std·randn(points, 2)}.
     */
    public static Dataset blobs(int points, int centers, double std) {
        checkPositive("blobs", "points", points);
        checkPositive("blobs", "centers", centers);
        if (!(std >= 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("blobs: std must be a non-negative number, got " + std);
        }
        int n = samples("blobs", points, centers, "centers", 2);
        Matrix c = NumpyRandom.global().uniform(-10, 10, centers, 2);
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int j = 0; j < centers; j++) {
            Matrix g = NumpyRandom.global().randn(points, 2);
            for (int i = 0; i < points; i++) {
                x[j * points + i] = new double[] {c.get(j, 0) + std * g.get(i, 0), c.get(j, 1) + std * g.get(i, 1)};
                y[j * points + i] = j;
            }
        }
        return Dataset.of(finite("blobs", "std", std, x), y);
    }

    /**
     * Fisher's iris: 150 flowers × 4 measurements in cm (sepal length, sepal width, petal length, petal
     * width), labels 0 setosa, 1 versicolor, 2 virginica, 50 each. Shipped as a resource; no randomness.
     */
    public static Dataset iris() {
        try (InputStream in = Datasets.class.getResourceAsStream("iris.csv")) {
            if (in == null) {
                throw new IllegalStateException("iris: the resource org/nnsh/data/iris.csv is missing from the class path");
            }
            return CsvLoader.parse("iris.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8), -1);
        } catch (IOException e) {
            throw new UncheckedIOException("iris: cannot read the shipped iris.csv", e);
        }
    }

    /** A CSV file; see {@link CsvLoader#load}. */
    public static Dataset csv(String path, int labelColumn) {
        return CsvLoader.load(path, labelColumn);
    }

    /** A CSV file of numbers as a Matrix; see {@link CsvMatrix}. */
    public static Matrix loadtxt(String path) {
        return CsvMatrix.load(path);
    }

    private static double[] gaussians(int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = NumpyRandom.global().nextGaussian();
        }
        return g;
    }

    /** numpy's {@code X += normal(scale=noise, size=X.shape)}: loc 0 + noise·gauss, row by row. */
    private static double[][] addNoise(double[][] x, double noise) {
        for (double[] row : x) {
            for (int k = 0; k < row.length; k++) {
                row[k] += 0 + noise * NumpyRandom.global().nextGaussian();
            }
        }
        return x;
    }

    /**
     * The points as a Matrix, refused if any is not finite: a noise (or std) near Double.MAX_VALUE overflows
     * them to infinity, and spiral's 0·sin(∞) to NaN, which numpy only warns about; a net cannot learn from them.
     */
    private static Matrix finite(String op, String what, double value, double[][] x) {
        for (int i = 0; i < x.length; i++) {
            for (double v : x[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(op + ": " + what + " " + value + " makes row " + i + " "
                            + Arrays.toString(x[i]) + ", not finite; expected a " + what + " small enough for finite points");
                }
            }
        }
        return Matrix.wrap(x);
    }

    /**
     * The number of samples, checked before anything is allocated: as an int product, points × classes
     * wraps around (spiral(1_000_000_000, 3) asked for −1294967296 rows, a NegativeArraySizeException), and
     * a set larger than the heap would end in a bare OutOfMemoryError naming neither the call nor the size.
     * The estimate is a lower bound (a row array's header and reference, its doubles, an int label), so
     * only sets that cannot fit are refused.
     */
    private static int samples(String op, int points, int groups, String group, int features) {
        long samples = (long) points * groups;
        return checkSamples(op, points + " points × " + groups + " " + group + " = " + samples + " samples", samples,
                features);
    }

    /** samples rows of features doubles each, or why they cannot be made; asked says how they were asked for. */
    static int checkSamples(String op, String asked, long samples, int features) {
        long maxRows = Integer.MAX_VALUE - 8; // the JVM refuses arrays within a few elements of Integer.MAX_VALUE
        if (samples > maxRows) {
            throw new IllegalArgumentException(op + ": " + asked + ", more than the " + maxRows
                    + " one dataset can hold");
        }
        long bytes = samples * (20 + 8L * features);
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            throw new IllegalArgumentException(op + ": " + asked + " need at least " + mb(bytes)
                    + " MB, more than this JVM's heap limit of " + mb(heap) + " MB (scripts/nnsh takes NNSH_JAVA_OPTS=-Xmx…)");
        }
        return (int) samples;
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static void checkPositive(String op, String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(op + ": " + what + " must be positive, got " + value);
        }
    }

    private static void checkNoise(String op, double noise) {
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException(op + ": noise must be a non-negative number, got " + noise);
        }
    }
}
