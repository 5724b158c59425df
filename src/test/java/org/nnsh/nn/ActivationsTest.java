package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnsh.Nnsh;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.ShapeException;

/** Forward values against scipy fixtures and the seed notebooks' figures. */
class ActivationsTest {
    /** Fixture name → the activation it was computed for. */
    static Map<String, Activation> byFixtureName() {
        Map<String, Activation> m = new LinkedHashMap<>();
        m.put("relu", Activations.relu());
        m.put("leakyRelu", Activations.leakyRelu());
        m.put("leakyRelu(0.2)", Activations.leakyRelu(0.2));
        m.put("sigmoid", Activations.sigmoid());
        m.put("tanh", Activations.tanh());
        m.put("step", Activations.step());
        m.put("linear", Activations.linear());
        m.put("elu", Activations.elu());
        m.put("elu(0.5)", Activations.elu(0.5));
        m.put("gelu", Activations.gelu());
        m.put("geluTanh", Activations.geluTanh());
        m.put("silu", Activations.silu());
        m.put("softplus", Activations.softplus());
        m.put("softmax", Activations.softmax());
        m.put("logSoftmax", Activations.logSoftmax());
        return m;
    }

    private static Map<String, String> fixture() throws IOException {
        try (InputStream in = ActivationsTest.class.getResourceAsStream("/fixtures/activations/activations.txt")) {
            Map<String, String> lines = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(": ");
                lines.put(line.substring(0, colon), line.substring(colon + 2));
            }
            return lines;
        }
    }

    private static Matrix parse(String text, boolean rows) {
        if (!rows) {
            return Matrix.vector(Arrays.stream(text.split(" ")).mapToDouble(Double::parseDouble).toArray());
        }
        return Matrix.of(Arrays.stream(text.split(" \\| "))
                .map(r -> Arrays.stream(r.split(" ")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new));
    }

    static Stream<Arguments> fixtureNames() {
        return byFixtureName().keySet().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureNames")
    void forwardMatchesScipy(String name) throws IOException {
        Map<String, String> fx = fixture();
        boolean rowWise = name.contains("oftmax");
        Matrix input = parse(fx.get(rowWise ? "rows" : "input"), rowWise);
        Matrix expected = parse(fx.get(name), rowWise);
        Matrix actual = byFixtureName().get(name).forward(input);
        for (int i = 0; i < expected.rows(); i++) {
            for (int j = 0; j < expected.cols(); j++) {
                double e = expected.get(i, j);
                double a = actual.get(i, j);
                assertTrue(Math.abs(a - e) <= 1e-12 * Math.abs(e),
                        name + " at (" + i + "," + j + ") of input " + input.get(i, j) + ": " + a + " vs " + e);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureNames")
    void noOverflowOrNaNAtExtremes(String name) {
        Activation f = byFixtureName().get(name);
        Matrix x = Matrix.of(new double[] {-1000, 1000, 0}, new double[] {1000, 1000, -1000});
        Matrix y = f.forward(x);
        Matrix dX = f.backward(x, Matrix.ones(2, 3));
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertTrue(Double.isFinite(y.get(i, j)), name + " forward at " + x.get(i, j) + " gave " + y.get(i, j));
                assertTrue(Double.isFinite(dX.get(i, j)), name + " backward at " + x.get(i, j) + " gave " + dX.get(i, j));
            }
        }
    }

    private static void assertValues(double[] expected, Matrix actual, double tol) {
        assertEquals(expected.length, actual.cols(), "length of " + actual);
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], actual.get(j), tol, "value " + j + " of " + actual);
        }
    }

    @Test
    void anEmptyBatchKeepsItsColumns() {
        Matrix empty = Matrix.zeros(0, 3);
        for (Activation a : new Activation[] {Activations.relu(), Activations.softmax(), Activations.sigmoid()}) {
            assertEquals("(0, 3)", a.forward(empty).shapeString(), a.name());
            assertEquals("(0, 3)", a.backward(empty, empty).shapeString(), a.name());
        }
    }

    @Test
    void seed001ElementwiseFigures() {
        Matrix x = Nnsh.vector(-1, 0, 1, 2);
        assertValues(new double[] {0.268941, 0.5, 0.731059, 0.880797}, Nnsh.sigmoid(x), 5e-7);
        assertValues(new double[] {-0.761594, 0, 0.761594, 0.964028}, Nnsh.tanh(x), 5e-7);
        assertValues(new double[] {-0.01, 0, 1, 2}, Nnsh.leakyRelu(x), 0);
        assertValues(new double[] {0, 0, 1, 2}, Nnsh.relu(x), 0);
        assertTrue(Nnsh.sigmoid(x).isVector());
    }

    @Test
    void seed001SoftmaxOfVectors() {
        assertValues(new double[] {0.945683, 0.047083, 0.006372, 0.000862}, Nnsh.softmax(Nnsh.vector(5, 2, 0, -2)), 5e-7);
        assertValues(new double[] {0.090031, 0.244728, 0.665241}, Nnsh.softmax(Nnsh.vector(-2, -1, 0)), 5e-7);
        assertValues(new double[] {0.090031, 0.244728, 0.665241}, Nnsh.softmax(Nnsh.vector(1, 2, 3)), 5e-7);
        assertValues(new double[] {0.186324, 0.307196, 0.50648}, Nnsh.softmax(Nnsh.vector(0.5, 1.0, 1.5)), 5e-7);
        Matrix p = Nnsh.softmax(Nnsh.vector(4.8, 1.21, 2.385));
        assertValues(new double[] {0.89528266, 0.02470831, 0.08000903}, p, 5e-9);
        assertEquals("[0.89528266 0.02470831 0.08000903]", p.toString());
    }

    @Test
    void seed002SoftmaxTable() {
        Matrix x = Nnsh.matrix(new double[] {1, 2, 3, 6}, new double[] {2, 4, 5, 6}, new double[] {1, 2, 3, 6});
        Matrix expected = Nnsh.matrix(
                new double[] {0.00626879, 0.01704033, 0.04632042, 0.93037047},
                new double[] {0.01203764, 0.08894682, 0.24178252, 0.65723302},
                new double[] {0.00626879, 0.01704033, 0.04632042, 0.93037047});
        assertTrue(Nnsh.softmax(x).allClose(expected, 5e-9), Nnsh.softmax(x).toString());
    }

    @Test
    void seed000SoftmaxAndLogSoftmax() {
        Matrix x = Nnsh.matrix(
                new double[] {1.02474596, 0.01171102, -0.89638488, -0.85796203, 0.73926283},
                new double[] {-0.05313378, -0.77927006, 1.08832295, 0.52705278, 0.60728562});
        Matrix softmax = Nnsh.matrix(
                new double[] {0.41435577, 0.15045891, 0.06067878, 0.06305561, 0.31145094},
                new double[] {0.11994612, 0.05802688, 0.37559047, 0.21426835, 0.23216818});
        Matrix logSoftmax = Nnsh.matrix(
                new double[] {-0.88103033, -1.89406527, -2.80216117, -2.76373832, -1.16651346},
                new double[] {-2.12071264, -2.84684892, -0.97925591, -1.54052608, -1.46029324});
        assertTrue(Nnsh.softmax(x).allClose(softmax, 1e-8), Nnsh.softmax(x).toString());
        assertTrue(Nnsh.logSoftmax(x).allClose(logSoftmax, 1e-8), Nnsh.logSoftmax(x).toString());
        assertTrue(Nnsh.softmax(x).sum(1).allClose(Nnsh.vector(1, 1), 1e-15));
    }

    @Test
    void logSoftmaxStaysFiniteWhereSoftmaxUnderflows() {
        Matrix y = Nnsh.logSoftmax(Nnsh.vector(0, 1000));
        assertEquals(-1000, y.get(0), 0);
        assertEquals(0, y.get(1), 0);
    }

    @Test
    void scalarForms() {
        assertEquals(0.5, Nnsh.sigmoid(0.0));
        assertEquals(0.0, Nnsh.sigmoid(-1000.0));
        assertEquals(1.0, Nnsh.sigmoid(1000.0));
        assertEquals(0.0, Nnsh.relu(0.0));
        assertEquals(0.01 * -3.0, Nnsh.leakyRelu(-3.0));
        assertEquals(0.2 * -3.0, Nnsh.leakyRelu(-3.0, 0.2));
        assertEquals(1.0, Nnsh.step(0.5));
        assertEquals(0.0, Nnsh.step(0.0));
        assertEquals(-2.5, Nnsh.linear(-2.5));
        assertEquals(Math.expm1(-1), Nnsh.elu(-1.0));
        assertEquals(2 * Math.expm1(-1), Nnsh.elu(-1.0, 2));
        assertEquals(0.8413447460685429, Nnsh.gelu(1.0), 1e-15);
        assertEquals(0.8411919906082768, Nnsh.geluTanh(1.0), 1e-15);
        assertEquals(0.7310585786300049, Nnsh.silu(1.0), 1e-15);
        assertEquals(Math.log(2), Nnsh.softplus(0.0), 1e-16);
        assertEquals(1000.0, Nnsh.softplus(1000.0));
        assertEquals(Math.tanh(0.3), Nnsh.tanh(0.3));
    }

    @Test
    void reluSubgradientAtZeroIsZeroAndLeakyIsAlpha() {
        Matrix x = Nnsh.vector(0);
        assertEquals(0.0, Activations.relu().backward(x, Nnsh.vector(1)).get(0));
        assertEquals(0.01, Activations.leakyRelu().backward(x, Nnsh.vector(1)).get(0));
        assertEquals(0.0, Activations.step().backward(x, Nnsh.vector(1)).get(0));
        Matrix edges = Nnsh.vector(-0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 5, -5);
        assertValues(new double[] {0, 1, 0, 1, 0, 1, 0}, Activations.relu().backward(edges, Nnsh.ones(1, 7)), 0);
    }

    @Test
    void softmaxBackwardIsTheVectorJacobianProduct() {
        // y = softmax([0, ln 3]) = [1/4, 3/4]; dY = [1, 0] → y ⊙ (dY − y·dY) = [3/16, −3/16].
        Matrix dX = Activations.softmax().backward(Nnsh.vector(0, Math.log(3)), Nnsh.vector(1, 0));
        assertValues(new double[] {3.0 / 16, -3.0 / 16}, dX, 1e-16);
        assertFalse(Math.abs(dX.get(1)) < 1e-3, "p(1−p)·dY would give 0 here");
    }

    @Test
    void namesAreTheDslSpellings() {
        assertEquals("relu", Activations.relu().name());
        assertEquals("leakyRelu(0.01)", Activations.leakyRelu().name());
        assertEquals("leakyRelu(0.2)", Activations.leakyRelu(0.2).name());
        assertEquals("elu(1.0)", Activations.elu().name());
        assertEquals("softmax", Activations.softmax().name());
        assertEquals("logSoftmax", Activations.logSoftmax().name());
        assertEquals("geluTanh", Activations.geluTanh().name());
    }

    @Test
    void badParametersAndShapesAreRejected() {
        assertEquals("leakyRelu: alpha must be a finite number, got NaN",
                assertThrows(IllegalArgumentException.class, () -> Activations.leakyRelu(Double.NaN)).getMessage());
        assertEquals("elu: alpha must be a finite number, got Infinity",
                assertThrows(IllegalArgumentException.class, () -> Nnsh.elu(Nnsh.vector(1), Double.POSITIVE_INFINITY))
                        .getMessage());
        assertEquals("softmax backward: gradient shape (2, 2) does not match input shape (2, 3)",
                assertThrows(ShapeException.class,
                        () -> Activations.softmax().backward(Matrix.zeros(2, 3), Matrix.zeros(2, 2))).getMessage());
    }

    @Test
    void rawFormsLeaveRowsBeyondTheCountAlone() {
        double[][] x = {{-1, 2}, {3, -4}};
        double[][] y = {{9, 9}, {9, 9}};
        Activations.relu().forward(x, y, 1);
        assertArrayEquals(new double[] {0, 2}, y[0]);
        assertArrayEquals(new double[] {9, 9}, y[1]);
    }

    /**
     * softmax and logSoftmax sum a row in numpy's order (pairwise, as x.sum(1) does), so with 8 or
     * more classes they give, bit for bit, numpy's recipes written with Matrix's numpy-exact ops;
     * a running sum differed from them in the last digit.
     */
    @Test
    void rowSumsOfSoftmaxFollowNumpysOrder() {
        var random = new org.nnsh.tensor.NumpyRandom(3);
        Matrix x = random.randn(4, 20).times(3);
        Matrix dY = random.randn(4, 20);
        Matrix e = x.minus(x.max(1, true)).exp();
        Matrix p = e.div(e.sum(1, true));
        assertArrayEquals(p.toArray(), Nnsh.softmax(x).toArray());
        assertArrayEquals(p.times(dY.minus(dY.times(p).sum(1, true))).toArray(),
                Activations.softmax().backward(x, dY).toArray());

        Matrix z = x.minus(x.max(1, true));
        Matrix logP = z.minus(z.exp().sum(1, true).log());
        assertArrayEquals(logP.toArray(), Nnsh.logSoftmax(x).toArray());
        assertArrayEquals(dY.minus(logP.exp().times(dY.sum(1, true))).toArray(),
                Activations.logSoftmax().backward(x, dY).toArray());
    }
}
