package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnsh.Nnsh;
import org.nnsh.tensor.Matrix;

/**
 * Every activation, forward and backward, at ±0, subnormals, ±1e-300, ±1e154 (where x² overflows),
 * ±1e160, ±1e300, ±MAX and ±∞, against special.txt (numpy/scipy, or the limit where numpy's formula
 * gives NaN): never a NaN, infinities exactly, finite values to 1e-12.
 */
class ActivationSpecialValuesTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** The activations of special.txt, by their names. */
    private static final Map<String, Activation> ACTIVATIONS = Stream.of(
            Activations.relu(), Activations.leakyRelu(), Activations.leakyRelu(0.2), Activations.leakyRelu(0),
            Activations.sigmoid(), Activations.tanh(), Activations.step(), Activations.linear(),
            Activations.elu(), Activations.elu(0.5), Activations.gelu(), Activations.geluTanh(),
            Activations.silu(), Activations.softplus(), Activations.softmax(), Activations.logSoftmax())
            .collect(Collectors.toMap(Activation::name, a -> a, (a, b) -> a, LinkedHashMap::new));

    private record Case(String name, boolean forward, double[] x, double[] expected, boolean limit) {
        @Override
        public String toString() {
            return name + (forward ? "" : " backward") + " at " + Arrays.toString(x);
        }
    }

    private static List<Case> cases() throws IOException {
        try (InputStream in = ActivationSpecialValuesTest.class.getResourceAsStream("/fixtures/activations/special.txt")) {
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(" ");
                cases.add(new Case(f[0], f[1].equals("value"), doubles(f[2]), doubles(f[3]), f[4].equals("limit")));
            }
            return cases;
        }
    }

    private static double[] doubles(String text) {
        return Arrays.stream(text.split(",")).mapToDouble(s -> s.equals("nan") ? Double.NaN
                : s.equals("inf") ? INF : s.equals("-inf") ? -INF : Double.parseDouble(s)).toArray();
    }

    static Stream<String> names() {
        return ACTIVATIONS.keySet().stream();
    }

    @Test
    void theFixtureCoversEveryActivation() throws IOException {
        TreeSet<String> swept = cases().stream().map(Case::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(ACTIVATIONS.keySet()), swept);
        for (Activation a : ActivationsTest.byFixtureName().values()) {
            assertTrue(swept.contains(a.name()), a.name() + " is not swept");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void limitsAndNoNaNAtSpecialValues(String name) throws IOException {
        Activation f = ACTIVATIONS.get(name);
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            if (!c.name().equals(name)) {
                continue;
            }
            Matrix x = Matrix.vector(c.x());
            double[] dY = new double[c.x().length];
            dY[0] = 1;
            Matrix actual = c.forward() ? f.forward(x) : f.backward(x, Matrix.vector(dY));
            for (int j = 0; j < c.expected().length; j++) {
                double e = c.expected()[j];
                double a = actual.get(j);
                // numpy's forward zeros carry IEEE signs nnsh must keep (gelu(-1e300) prints as -0.);
                // a limit's zero or a derivative's may have either sign
                boolean signed = c.forward() && !c.limit() && e == 0;
                boolean ok = Double.isInfinite(e) ? a == e
                        : signed ? Double.compare(a, e) == 0
                        : Math.abs(a - e) <= 1e-12 * Math.abs(e) || Math.abs(a - e) <= Double.MIN_VALUE;
                if (!ok) {
                    wrong.add(c + "[" + j + "] = " + a + ", expected " + e + (c.limit() ? " (limit)" : ""));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theReportsExamples() {
        assertEquals("[-0. inf]", Nnsh.gelu(Nnsh.vector(-INF, INF)).toString());
        assertEquals("[-0. inf]", Nnsh.silu(Nnsh.vector(-INF, INF)).toString());
        assertEquals("[-0. inf]", Nnsh.geluTanh(Nnsh.vector(-INF, INF)).toString());
        assertEquals("[1. 0.]", Activations.geluTanh().backward(Nnsh.vector(1e160, -1e160), Nnsh.vector(1, 1)).toString());
        assertEquals("[0. 1.]", Activations.gelu().backward(Nnsh.vector(-INF, INF), Nnsh.vector(1, 1)).toString());
        assertEquals("[-inf]", Nnsh.leakyRelu(Nnsh.vector(-INF)).toString());
        assertEquals("[-0.]", Nnsh.leakyRelu(Nnsh.vector(-INF), 0).toString());
        assertEquals("[1. 0.]", Nnsh.softmax(Nnsh.vector(INF, 1)).toString());
        assertEquals("[  0. -inf]", Nnsh.logSoftmax(Nnsh.vector(INF, 1)).toString());
        assertEquals("[0.5 0.  0.5]", Nnsh.softmax(Nnsh.vector(INF, -INF, INF)).toString());
    }

    @Test
    void softmaxOfARowOfMinusInfinityIsAnErrorNamingTheRow() {
        Matrix x = Nnsh.matrix(new double[] {1, -INF}, new double[] {-INF, -INF});
        assertEquals("softmax: row 1 is all -inf, so it has no softmax (every e^x is 0, and 0/0 has no value)",
                assertThrows(ArithmeticException.class, () -> Nnsh.softmax(x)).getMessage());
        assertEquals("logSoftmax: row 1 is all -inf, so it has no logSoftmax (every e^x is 0, and 0/0 has no value)",
                assertThrows(ArithmeticException.class, () -> Nnsh.logSoftmax(x)).getMessage());
        assertEquals("softmax: row 1 is all -inf, so it has no softmax (every e^x is 0, and 0/0 has no value)",
                assertThrows(ArithmeticException.class,
                        () -> Activations.softmax().backward(x, Matrix.ones(2, 2))).getMessage());
    }

    @Test
    void aNaNInputToSoftmaxIsAnErrorNamingThePosition() {
        Matrix x = Nnsh.matrix(new double[] {1, 2, 3}, new double[] {INF, 0, Double.NaN});
        assertEquals("softmax: the input is NaN at (1, 2), so row 1 has no softmax",
                assertThrows(ArithmeticException.class, () -> Nnsh.softmax(x)).getMessage());
        assertEquals("logSoftmax: the input is NaN at (0, 0), so row 0 has no logSoftmax",
                assertThrows(ArithmeticException.class, () -> Nnsh.logSoftmax(Nnsh.vector(Double.NaN, 1))).getMessage());
    }

    @Test
    void aNonFiniteGradientIntoSoftmaxBackwardIsAnErrorNotARowOfNaN() {
        // dX = y ⊙ (dY − Σ dY ⊙ y): one ∞ in dY makes the sum ∞ and its row ∞ − ∞ (it gave [nan -inf])
        assertEquals("softmax backward: the gradient dY is inf at (0, 0); row 0 would be NaN, so a finite dY is expected",
                assertThrows(ArithmeticException.class,
                        () -> Activations.softmax().backward(Nnsh.vector(1, 2), Nnsh.vector(INF, 0))).getMessage());
        Matrix dY = Nnsh.matrix(new double[] {1, 2}, new double[] {3, Double.NaN});
        assertEquals("logSoftmax backward: the gradient dY is nan at (1, 1); row 1 would be NaN, so a finite dY is expected",
                assertThrows(ArithmeticException.class,
                        () -> Activations.logSoftmax().backward(Matrix.ones(2, 2), dY)).getMessage());
        // finite gradients are unchanged, the +∞ input's limit included
        assertEquals("[0. 0.]", Activations.softmax().backward(Nnsh.vector(INF, 1), Nnsh.vector(1, 2)).toString());
    }

    @Test
    void aNullGradientIntoSoftmaxBackwardIsNamedWithTheActivation() {
        // the finite-gradient check read dY.rows() first: 'Cannot invoke "Matrix.rows()" because "dY" is null'
        assertEquals("softmax backward: dY is null", assertThrows(NullPointerException.class,
                () -> Activations.softmax().backward(Nnsh.vector(1, 2), null)).getMessage());
        assertEquals("logSoftmax backward: dY is null", assertThrows(NullPointerException.class,
                () -> Activations.logSoftmax().backward(Nnsh.vector(1, 2), null)).getMessage());
    }

    @Test
    void anInfiniteGradientWhereTheDerivativeIsZeroIsAnErrorNotANaN() {
        // dY·f'(x) = ∞·0: sigmoid's derivative has underflowed at 1000 (it gave [nan 0.25])
        assertEquals("sigmoid backward: the gradient dY is inf at (0, 0), where the derivative at x = 1000.0 is 0,"
                + " and inf·0 has no value; a finite dY is expected", assertThrows(ArithmeticException.class,
                        () -> Activations.sigmoid().backward(Nnsh.vector(1000, 0), Nnsh.vector(INF, 1))).getMessage());
        assertEquals("step backward: the gradient dY is -inf at (1, 0), where the derivative at x = 2.0 is 0,"
                + " and inf·0 has no value; a finite dY is expected", assertThrows(ArithmeticException.class,
                        () -> Activations.step().backward(Nnsh.matrix(new double[] {1}, new double[] {2}),
                                Nnsh.matrix(new double[] {1}, new double[] {-INF}))).getMessage());
        assertThrows(ArithmeticException.class, () -> Activations.leakyRelu(0).backward(Nnsh.vector(-1), Nnsh.vector(INF)));
        // an infinite dY where the derivative is not 0 stays infinite, and a NaN given stays NaN
        assertEquals("[inf]", Activations.sigmoid().backward(Nnsh.vector(1), Nnsh.vector(INF)).toString());
        assertEquals("[nan]", Activations.sigmoid().backward(Nnsh.vector(1000), Nnsh.vector(Double.NaN)).toString());
        assertEquals("[nan]", Activations.tanh().backward(Nnsh.vector(Double.NaN), Nnsh.vector(INF)).toString());
    }

    @Test
    void elementwiseFunctionsPassANaNThrough() {
        for (Activation f : ACTIVATIONS.values()) {
            // step is 0 at NaN, as numpy's (x > 0).astype(float) is
            if (f instanceof ElementwiseActivation e && !f.name().equals("step")) {
                assertTrue(Double.isNaN(e.apply(Double.NaN)), f.name());
            }
        }
    }

    @Test
    void reluBackwardAtANaNInputIsZeroWhicheverNaNItIs() {
        // Double.NaN has its sign bit clear; inf − inf as computed on x86 has it set. relu's backward was
        // dY at the first and 0 at the second; its formula dY ⊙ (x > 0), numpy's dY * (x > 0), gives 0
        double computedNaN = Double.longBitsToDouble(0xfff8000000000000L);
        Matrix x = Nnsh.vector(Double.NaN, computedNaN, -1, 0, 5e-324, 2, INF);
        Matrix dX = Activations.relu().backward(x, Nnsh.vector(5, 5, 5, 5, 5, 5, 5));
        assertEquals("[0. 0. 0. 0. 5. 5. 5.]", dX.toString());
    }

    @Test
    void rowsWithNoColumnsAreNotRowsOfMinusInfinity() {
        // an empty row's max is the -inf it starts from, but it has nothing to normalise
        assertDoesNotThrow(() -> Activations.softmax().forward(new double[2][0], new double[2][0], 2));
        assertDoesNotThrow(() -> Activations.logSoftmax().forward(new double[2][0], new double[2][0], 2));
    }
}
