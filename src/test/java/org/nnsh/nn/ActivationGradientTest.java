package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.NumpyRandom;

/** Every activation's backward against central differences, at random and at hard points. */
class ActivationGradientTest {

    static Stream<Arguments> activations() {
        return ActivationsTest.byFixtureName().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static Stream<Arguments> activationsAndSeeds() {
        return activations().flatMap(a -> Stream.of(1L, 2L, 3L).map(s -> Arguments.of(a.get()[0], a.get()[1], s)));
    }

    @ParameterizedTest(name = "{0} seed {2}")
    @MethodSource("activationsAndSeeds")
    void randomPoints(String name, Activation f, long seed) {
        Matrix x = new NumpyRandom(seed).randn(4, 5).times(3);
        GradCheck.Result r = GradCheck.activation(f, x, seed + 100);
        assertTrue(r.passes(), name + ": " + r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void hardPoints(String name, Activation f) {
        // ±1000 (overflow territory), large logits with near ties, and values near 0 but more than
        // the step away from the kinks of relu, leakyRelu, elu and step.
        Matrix x = Matrix.of(
                new double[] {-1000, 1000, -30, 30, 0.5},
                new double[] {1e-3, -1e-3, 2e-4, -2e-4, 0.1},
                new double[] {1000, 999.5, 0.25, -1000, 998},
                new double[] {-1000, -999, -1000.25, 5, -7});
        GradCheck.Result r = GradCheck.activation(f, x, 7);
        assertTrue(r.passes(), name + ": " + r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void vectorInput(String name, Activation f) {
        GradCheck.Result r = GradCheck.activation(f, Matrix.vector(-2, -0.5, 0.3, 4), 11);
        assertTrue(r.passes(), name + ": " + r);
    }

    /** The seed notebook's softmax "gradient": p(1 − p) times dY, the diagonal of the Jacobian only. */
    private static final class DiagonalSoftmax implements Activation {
        private final Activation softmax = Activations.softmax();

        @Override
        public String name() {
            return "softmax with p(1-p)";
        }

        @Override
        public void forward(double[][] x, double[][] y, int rows) {
            softmax.forward(x, y, rows);
        }

        @Override
        public void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < y[i].length; j++) {
                    dX[i][j] = dY[i][j] * y[i][j] * (1 - y[i][j]);
                }
            }
        }
    }

    @Test
    void catchesTheDiagonalSoftmaxGradient() {
        Matrix x = new NumpyRandom(5).randn(3, 4);
        GradCheck.Result wrong = GradCheck.activation(new DiagonalSoftmax(), x, 6);
        assertFalse(wrong.passes(), wrong.toString());
        assertTrue(wrong.maxRelativeError() > 1e-2, wrong.toString());
        GradCheck.Result right = GradCheck.activation(Activations.softmax(), x, 6);
        assertTrue(right.passes(), right.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void hugeInputsAreChecked(String name, Activation f) {
        // x ± 1e-5 rounds back to x from |x| ≈ 2e11 on: the quotient was 0/0, "max relative error nan"
        Matrix x = Matrix.of(new double[] {1e12, -1e12, 3, 4}, new double[] {-3e15, 2.5e14, 1e300, -0.5});
        GradCheck.Result r = GradCheck.activation(f, x, 7);
        assertTrue(r.passes(), name + ": " + r);
        assertEquals(8, r.checked() + r.kinks(), name + ": " + r);
    }

    @Test
    void aWrongGradientAtAHugeInputStillFails() {
        double[][] x = {{1e12, -2e12}};
        // f = 3·x0 − x1·x1 / 1e12, gradient (3, −2·x1 / 1e12) = (3, 4); each claimed 1% off in turn
        java.util.function.DoubleSupplier f = () -> 3 * x[0][0] - x[0][1] * x[0][1] / 1e12;
        assertTrue(GradCheck.parameters(x, f, new double[][] {{3, 4}}).passes());
        GradCheck.Result wrong = GradCheck.parameters(x, f, new double[][] {{3, 4.04}});
        assertFalse(wrong.passes(), wrong.toString());
        assertEquals(1, wrong.col(), wrong.toString());
        assertFalse(GradCheck.parameters(x, f, new double[][] {{3.03, 4}}).passes());
    }

    @Test
    void aNaNGradientNeverPasses() {
        GradCheck.Result r = GradCheck.parameters(new double[][] {{1, 2}}, () -> 0, new double[][] {{0, Double.NaN}});
        assertTrue(Double.isNaN(r.maxRelativeError()));
        assertFalse(r.passes());
    }

    @Test
    void relativeErrorHasAnAbsoluteFloor() {
        assertTrue(GradCheck.relativeError(0, 0, 1e-4) == 0);
        assertTrue(GradCheck.relativeError(1e-20, 0, 1e-4) < 1e-15);
        assertTrue(GradCheck.relativeError(1, 1.1, 1e-4) > 0.09);
        assertTrue(GradCheck.relativeError(1, -1, 1e-4) == 2);
    }
}
