package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnsh.Nnsh;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.NumpyRandom;
import org.nnsh.tensor.ShapeException;

/** Loss values, their gradients against central differences, the fused gradients, and messages. */
class LossesTest {

    /** Probabilities in [0.05, 0.95], away from the clip. */
    private static Matrix probabilities(long seed, int rows, int cols) {
        return new NumpyRandom(seed).rand(rows, cols).times(0.9).plus(0.05);
    }

    private static int[] labels(long seed, int n, int classes) {
        NumpyRandom r = new NumpyRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = (int) (r.nextDouble() * classes);
        }
        return y;
    }

    private static Matrix oneHot(int[] labels, int classes) {
        return Matrix.wrap(Targets.oneHot(labels, classes));
    }

    /** A loss, the predictions it is checked at (from a seed), and the matching targets. */
    static Stream<Arguments> lossesAndSeeds() {
        Function<Long, Matrix> binary = s -> new NumpyRandom(s + 50).rand(5, 3).round();
        Function<Long, Matrix> soft = s -> new NumpyRandom(s + 60).rand(5, 3);
        Function<Long, Matrix> regression = s -> new NumpyRandom(s + 70).randn(5, 3);
        return Stream.of(1L, 2L, 3L).flatMap(s -> Stream.of(
                Arguments.of("crossEntropy one-hot", Losses.crossEntropy(), probabilities(s, 5, 3), oneHot(labels(s, 5, 3), 3)),
                Arguments.of("nll one-hot", Losses.nll(), new NumpyRandom(s).randn(5, 3), oneHot(labels(s, 5, 3), 3)),
                Arguments.of("binaryCrossEntropy", Losses.binaryCrossEntropy(), probabilities(s, 5, 3), binary.apply(s)),
                Arguments.of("binaryCrossEntropy soft", Losses.binaryCrossEntropy(), probabilities(s, 5, 3), soft.apply(s)),
                Arguments.of("mse", Losses.mse(), new NumpyRandom(s).randn(5, 3), regression.apply(s)),
                Arguments.of("mae", Losses.mae(), new NumpyRandom(s).randn(5, 3), regression.apply(s))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lossesAndSeeds")
    void gradientMatchesFiniteDifferences(String name, Loss loss, Matrix yPred, Matrix target) {
        GradCheck.Result r = GradCheck.function(p -> loss.value(p, target), yPred, loss.gradient(yPred, target));
        assertTrue(r.passes(), name + ": " + r);
    }

    static Stream<Arguments> categoricalLosses() {
        return Stream.of(1L, 2L, 3L).flatMap(s -> Stream.of(
                Arguments.of("crossEntropy", Losses.crossEntropy(), probabilities(s, 6, 4), labels(s, 6, 4)),
                Arguments.of("nll", Losses.nll(), new NumpyRandom(s).randn(6, 4), labels(s, 6, 4))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("categoricalLosses")
    void labelFormsAgreeWithOneHotAndFiniteDifferences(String name, CategoricalLoss loss, Matrix yPred, int[] labels) {
        Matrix t = oneHot(labels, yPred.cols());
        assertEquals(loss.value(yPred, t), loss.value(yPred, labels), 1e-15);
        assertEquals(loss.gradient(yPred, t), loss.gradient(yPred, labels));
        GradCheck.Result r = GradCheck.function(p -> loss.value(p, labels), yPred, loss.gradient(yPred, labels));
        assertTrue(r.passes(), name + ": " + r);
    }

    static Stream<Arguments> logits() {
        return Stream.of(
                Arguments.of("random", new NumpyRandom(8).randn(5, 4).times(2)),
                Arguments.of("large", new NumpyRandom(9).randn(5, 4).times(100)),
                Arguments.of("±1000", Matrix.of(new double[] {1000, -1000, 0, 3}, new double[] {-1000, 1000, 999.5, 0},
                        new double[] {0, 0, 0, 0}, new double[] {-1000, -999, -998, -1000})));
    }

    /**
     * The fused gradient is that of the exact loss nll(logSoftmax(z)) = Σ dY ⊙ logSoftmax(z) with
     * dY = −onehot/n — crossEntropy(softmax(z)) without the clip, finite even at huge logits. Checked
     * as that activation's vector–Jacobian product, whose differences cancel row by row: a scalar
     * loss of size 1000 would itself carry rounding noise of 1e-8 in its differences.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("logits")
    void softmaxCrossEntropyGradient(String name, Matrix z) {
        int[] y = labels(3, z.rows(), z.cols());
        Matrix g = Losses.softmaxCrossEntropyGradient(Nnsh.softmax(z), y);
        Matrix dY = oneHot(y, z.cols()).times(-1.0 / z.rows());
        GradCheck.Result r = GradCheck.activation(Activations.logSoftmax(), z, dY);
        assertTrue(r.passes(), name + ": " + r);
        assertTrue(g.allClose(Activations.logSoftmax().backward(z, dY), 1e-15), name);
        assertEquals(g, Losses.softmaxCrossEntropyGradient(Nnsh.softmax(z), oneHot(y, z.cols())));
    }

    @Test
    void softmaxCrossEntropyGradientIsTheChainOfBothBackwardPasses() {
        Matrix z = new NumpyRandom(4).randn(3, 4);
        int[] y = {0, 3, 1};
        Matrix p = Nnsh.softmax(z);
        Matrix chained = Activations.softmax().backward(z, Losses.crossEntropy().gradient(p, y));
        assertTrue(chained.allClose(Losses.softmaxCrossEntropyGradient(p, y), 1e-15));
        GradCheck.Result r = GradCheck.function(v -> Nnsh.crossEntropy(Nnsh.softmax(v), y), z, chained);
        assertTrue(r.passes(), r.toString());
    }

    /** Checked against mean(softplus(z) − t·z), which is binaryCrossEntropy(sigmoid(z), t) without the clip. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("logits")
    void sigmoidBinaryCrossEntropyGradient(String name, Matrix z) {
        Matrix t = new NumpyRandom(12).rand(z.rows(), z.cols()).round();
        Matrix g = Losses.sigmoidBinaryCrossEntropyGradient(Nnsh.sigmoid(z), t);
        GradCheck.Result r = GradCheck.function(v -> Nnsh.softplus(v).minus(t.times(v)).mean(), z, g);
        assertTrue(r.passes(), name + ": " + r);
    }

    @Test
    void nnfsCrossEntropyExample() {
        Matrix p = Nnsh.matrix(new double[] {0.7, 0.1, 0.2}, new double[] {0.1, 0.5, 0.4}, new double[] {0.02, 0.9, 0.08});
        assertEquals(-(Math.log(0.7) + Math.log(0.5) + Math.log(0.9)) / 3, Nnsh.crossEntropy(p, new int[] {0, 1, 1}), 1e-15);
        assertEquals(0.38506088005216804, Nnsh.crossEntropy(p, new int[] {0, 1, 1}), 1e-15);
    }

    @Test
    void predictionsOfZeroAndOneAreClipped() {
        Matrix p = Nnsh.matrix(new double[] {1, 0}, new double[] {0, 1});
        double ce = Nnsh.crossEntropy(p, new int[] {1, 1});
        assertEquals((-Math.log(1e-7) - Math.log(1 - 1e-7)) / 2, ce, 1e-15);
        assertTrue(Double.isFinite(Losses.crossEntropy().gradient(p, new int[] {1, 1}).sum()));
        Matrix t = Nnsh.matrix(new double[] {0, 0}, new double[] {0, 1});
        assertTrue(Double.isFinite(Nnsh.binaryCrossEntropy(p, t)));
        assertTrue(Double.isFinite(Losses.binaryCrossEntropy().gradient(p, t).sum()));
    }

    @Test
    void elementwiseLossValues() {
        Matrix p = Nnsh.matrix(new double[] {0.9, 0.4}, new double[] {0.2, 0.6});
        Matrix t = Nnsh.matrix(new double[] {1, 0}, new double[] {0, 1});
        double bce = (-Math.log(0.9) - Math.log(0.6) - Math.log(0.8) - Math.log(0.6)) / 4;
        assertEquals(bce, Nnsh.binaryCrossEntropy(p, t), 1e-15);
        assertEquals((0.01 + 0.16 + 0.04 + 0.16) / 4, Nnsh.mse(p, t), 1e-15);
        assertEquals((0.1 + 0.4 + 0.2 + 0.4) / 4, Nnsh.mae(p, t), 1e-15);
        Matrix logP = Nnsh.logSoftmax(Nnsh.matrix(new double[] {1, 2, 3}, new double[] {0, 0, 0}));
        assertEquals(-(logP.get(0, 2) + logP.get(1, 0)) / 2, Nnsh.nll(logP, new int[] {2, 0}), 1e-15);
    }

    @Test
    void theSameInfinityInPredictionAndTargetIsAnErrorNamingTheLoss() {
        // ∞ − ∞: the message named Matrix.minus ("minus: Infinity - Infinity is NaN at (0, 0)"), not the loss called
        double inf = Double.POSITIVE_INFINITY;
        assertEquals("mse: yPred and yTrue are both inf at (0, 0), and inf - inf has no value;"
                + " finite predictions and targets are expected", assertThrows(ArithmeticException.class,
                        () -> Nnsh.mse(Nnsh.vector(inf), Nnsh.vector(inf))).getMessage());
        assertEquals("mae: yPred and yTrue are both -inf at (0, 1), and -inf - -inf has no value;"
                + " finite predictions and targets are expected", assertThrows(ArithmeticException.class,
                        () -> Nnsh.mae(Nnsh.vector(1, -inf), Nnsh.vector(2, -inf))).getMessage());
        assertTrue(assertThrows(ArithmeticException.class, () -> Losses.mse().gradient(Nnsh.vector(inf), Nnsh.vector(inf)))
                .getMessage().startsWith("mse: "));
        assertTrue(assertThrows(ArithmeticException.class, () -> Losses.mae().gradient(Nnsh.vector(inf), Nnsh.vector(inf)))
                .getMessage().startsWith("mae: "));
        // one infinity alone is an infinite loss, as numpy's
        assertEquals(inf, Nnsh.mse(Nnsh.vector(inf), Nnsh.vector(1)));
        assertEquals(inf, Nnsh.mae(Nnsh.vector(1), Nnsh.vector(-inf)));
    }

    @Test
    void anInfiniteBinaryTargetIsAnErrorNotANaNLoss() {
        // inf·log p + (1 − inf)·log(1 − p) = −inf + inf: the loss was nan, silently
        assertEquals("binaryCrossEntropy: the target is inf at (0, 1), where the loss is inf - inf;"
                + " expected targets in [0, 1]", assertThrows(ArithmeticException.class,
                        () -> Nnsh.binaryCrossEntropy(Nnsh.vector(0.5, 0.5), Nnsh.vector(1, Double.POSITIVE_INFINITY)))
                        .getMessage());
        assertTrue(assertThrows(ArithmeticException.class,
                () -> Nnsh.binaryCrossEntropy(Nnsh.vector(0.5), Nnsh.vector(Double.NEGATIVE_INFINITY))).getMessage()
                .startsWith("binaryCrossEntropy: the target is -inf at (0, 0)"));
    }

    @Test
    void nllOfOneHotTargetsSkipsClassesWithTargetZeroAsTheLabelFormDoes() {
        // log of [1, 0] is [0, -inf]: the -inf sits where the target is 0, so -inf·0 must not make a NaN
        Matrix logP = Nnsh.log(Nnsh.matrix(new double[] {1, 0}, new double[] {0.25, 0.75}));
        Matrix t = Nnsh.matrix(new double[] {1, 0}, new double[] {0, 1});
        assertEquals(-Math.log(0.75) / 2, Losses.nll().value(logP, t), 1e-16);
        assertEquals(Nnsh.nll(logP, new int[] {0, 1}), Losses.nll().value(logP, t), 1e-16);
        assertEquals(0.0, Losses.nll().value(Nnsh.log(Nnsh.matrix(new double[] {1, 0})), Nnsh.matrix(new double[] {1, 0})));
    }

    /**
     * Keras' binary_crossentropy(y_true, y_pred) typed as nnsh's (yPred, yTrue) gave 3.760889061978004 for
     * the 0.2797765635793423 of the right order, and crossEntropy 4.03 for 0.29, without a word.
     */
    @Test
    void targetsAndPredictionsSwappedAreAnErrorNamingTheOrder() {
        Matrix y = Nnsh.vector(0, 1, 1).T();
        Matrix p = Nnsh.vector(0.2, 0.9, 0.6).T();
        // -mean(y·log p + (1 − y)·log(1 − p)) in numpy: 0.2797765635793423
        assertEquals(0.2797765635793423, Nnsh.binaryCrossEntropy(p, y), 1e-15);
        var e = assertThrows(IllegalArgumentException.class, () -> Nnsh.binaryCrossEntropy(y, p));
        assertEquals("binaryCrossEntropy: the predictions hold only 0s and 1s and the targets 0.2 at (0, 0): the"
                + " arguments look swapped; nnsh takes binaryCrossEntropy(yPred, yTrue), the predictions first (Keras"
                + " and scikit-learn take y_true first)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nnsh.binaryAccuracy(y, p));
        assertEquals(1.0, Nnsh.binaryAccuracy(p, y));
        Matrix oneHot = Nnsh.matrix(new double[] {1, 0}, new double[] {0, 1});
        Matrix q = Nnsh.matrix(new double[] {0.8, 0.2}, new double[] {0.3, 0.7});
        assertThrows(IllegalArgumentException.class, () -> Nnsh.crossEntropy(oneHot, q));
        // predictions of exact 0s and 1s against 0/1 targets are a valid (if extreme) case: no error
        assertEquals(0.0, Nnsh.binaryAccuracy(y, Nnsh.vector(1, 0, 0).T()));
        assertEquals(Nnsh.crossEntropy(oneHot, oneHot), -Math.log(1 - 1e-7), 1e-15);
    }

    @Test
    void messagesNameTheOperationAndShapes() {
        Matrix p32 = Matrix.full(3, 2, 0.5);
        assertEquals("crossEntropy: 4 labels for 3 predictions (shape (3, 2)); expected one label per row",
                assertThrows(ShapeException.class, () -> Nnsh.crossEntropy(p32, new int[] {0, 1, 1, 0})).getMessage());
        assertEquals("crossEntropy: label 5 at row 2 is out of range for 3 classes",
                assertThrows(IllegalArgumentException.class,
                        () -> Nnsh.crossEntropy(Matrix.full(3, 3, 0.3), new int[] {0, 1, 5})).getMessage());
        // one of each is named in the singular
        // a single column is a sigmoid's output, whose 0/1 labels binaryCrossEntropy takes
        assertEquals("crossEntropy: label 1 at row 0 is out of range for 1 class (predictions of shape (1, 1));"
                + " one column is a single sigmoid's output: binaryCrossEntropy(yPred, yTrue) takes 0/1 labels as a column"
                + " (a Dataset's targets())",
                assertThrows(IllegalArgumentException.class,
                        () -> Nnsh.crossEntropy(Matrix.full(1, 1, 0.3), new int[] {1})).getMessage());
        assertEquals("nll: label 1 at row 0 is out of range for 1 class",
                assertThrows(IllegalArgumentException.class,
                        () -> Nnsh.nll(Matrix.full(1, 1, -0.3), new int[] {1})).getMessage());
        assertEquals("crossEntropy: 1 label for 3 predictions (shape (3, 2)); expected one label per row",
                assertThrows(ShapeException.class, () -> Nnsh.crossEntropy(p32, new int[] {0})).getMessage());
        assertEquals("crossEntropy: one-hot targets of shape (3, 4) do not match predictions of shape (3, 3)",
                assertThrows(ShapeException.class,
                        () -> Nnsh.crossEntropy(Matrix.full(3, 3, 0.3), Matrix.zeros(3, 4))).getMessage());
        assertEquals("binaryCrossEntropy: shapes (3, 1) and (3, 2) differ; expected yTrue of the predictions' shape",
                assertThrows(ShapeException.class, () -> Nnsh.binaryCrossEntropy(Matrix.full(3, 1, 0.5), p32)).getMessage());
        assertEquals("mse: shapes (3,) and (3, 1) differ; expected yTrue of the predictions' shape: yTrue.flatten() has it",
                assertThrows(ShapeException.class, () -> Nnsh.mse(Nnsh.vector(1, 2, 3), Matrix.zeros(3, 1))).getMessage());
        // The usual regression mix-up, a net's 3×1 output against a vector of targets, says how to reshape them.
        assertEquals("mae: shapes (3, 1) and (3,) differ; expected yTrue of the predictions' shape: yTrue.reshape(3, 1) has it",
                assertThrows(ShapeException.class, () -> Nnsh.mae(Matrix.zeros(3, 1), Nnsh.vector(1, 2, 3))).getMessage());
        assertEquals("nll: label -1 at row 0 is out of range for 2 classes",
                assertThrows(IllegalArgumentException.class, () -> Nnsh.nll(p32, new int[] {-1, 0, 0})).getMessage());
        assertEquals("crossEntropy: no predictions (shape (0, 3))",
                assertThrows(ShapeException.class, () -> Nnsh.crossEntropy(Matrix.zeros(0, 3), new int[0])).getMessage());
    }

    @Test
    void nullArgumentsAreNamedWithTheOperation() {
        // these were bare NullPointerExceptions: Cannot read the array length because "labels" is null
        Matrix p = Matrix.full(2, 2, 0.5);
        assertEquals("crossEntropy: the labels are null",
                assertThrows(NullPointerException.class, () -> Nnsh.crossEntropy(p, (int[]) null)).getMessage());
        assertEquals("crossEntropy: the targets are null",
                assertThrows(NullPointerException.class, () -> Nnsh.crossEntropy(p, (Matrix) null)).getMessage());
        assertEquals("mse: the predictions are null",
                assertThrows(NullPointerException.class, () -> Nnsh.mse(null, p)).getMessage());
        assertEquals("binaryCrossEntropy: the targets are null",
                assertThrows(NullPointerException.class, () -> Nnsh.binaryCrossEntropy(p, null)).getMessage());
        assertEquals("nll: the labels are null",
                assertThrows(NullPointerException.class, () -> Nnsh.nll(p, null)).getMessage());
        assertEquals("accuracy: the predictions are null",
                assertThrows(NullPointerException.class, () -> Nnsh.accuracy(null, new int[] {0})).getMessage());
        assertEquals("binaryAccuracy: the targets are null",
                assertThrows(NullPointerException.class, () -> Nnsh.binaryAccuracy(p, null)).getMessage());
    }

    @Test
    void lossObjectsCarryTheirNames() {
        assertEquals("crossEntropy", Losses.crossEntropy().name());
        assertEquals("binaryCrossEntropy", Losses.binaryCrossEntropy().name());
        assertEquals("mse", Losses.mse().name());
        assertEquals("mae", Losses.mae().name());
        assertEquals("nll", Losses.nll().name());
    }

    /**
     * Loss means are taken as numpy's np.mean takes them (pairwise summation), so they print nnfs's
     * digits; a running sum gave 0.8975655545227192 and 0.9244833605015497 here. Reference:
     * np.random.seed(7); p = np.random.rand(300, 3) * 0.9 + 0.05; y = np.arange(300) % 3
     * np.mean(-np.log(p[range(300), y]))  →  0.8975655545227184
     * np.random.seed(8); q = np.random.rand(40, 10) * 0.9 + 0.05; t = (np.random.rand(40, 10) > 0.5) * 1.0
     * np.mean(np.mean(-(t * np.log(q) + (1 - t) * np.log(1 - q)), axis=-1))  →  0.9244833605015496
     */
    @Test
    void meansOverSamplesGiveNumpysDigits() {
        Matrix p = new NumpyRandom(7).rand(300, 3).times(0.9).plus(0.05);
        int[] y = new int[300];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 3;
        }
        assertEquals(0.8975655545227184, Nnsh.crossEntropy(p, y), 0.0);
        assertEquals(0.8975655545227184, Nnsh.crossEntropy(p, oneHot(y, 3)), 0.0);
        assertEquals(0.8975655545227184, Nnsh.nll(p.log(), y), 0.0);
        assertEquals(0.8975655545227184, Losses.nll().value(p.log(), oneHot(y, 3)), 0.0);

        NumpyRandom r = new NumpyRandom(8);
        Matrix q = r.rand(40, 10).times(0.9).plus(0.05);
        Matrix t = r.rand(40, 10).map(v -> v > 0.5 ? 1 : 0);
        assertEquals(0.9244833605015496, Nnsh.binaryCrossEntropy(q, t), 0.0);
    }

    @Test
    void infinitiesThatCancelToANaNLossAreAnErrorNotASilentNaN() {
        double inf = Double.POSITIVE_INFINITY;
        // numpy's np.mean of these is nan (with a RuntimeWarning): +inf and -inf terms cancel
        var e = assertThrows(ArithmeticException.class,
                () -> Losses.nll(Matrix.of(new double[] {inf, 0}, new double[] {-inf, 0}), new int[] {0, 0}));
        assertEquals("nll: the samples' losses are inf and -inf, whose mean has no value;"
                + " expected log-probabilities, at most 0 (logSoftmax's output)", e.getMessage());
        Matrix zeros = Matrix.vector(0, 0);
        Matrix huge = Matrix.vector(1e308, -1e308);
        e = assertThrows(ArithmeticException.class, () -> Losses.crossEntropy(zeros, huge));
        assertEquals("crossEntropy: the loss of sample 0 is inf - inf, which has no value; expected targets in [0, 1]",
                e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> Losses.binaryCrossEntropy(zeros, huge));
        assertEquals("binaryCrossEntropy: the loss of sample 0 is inf - inf, which has no value;"
                + " expected targets in [0, 1]", e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> Losses.nll().value(Matrix.vector(inf, -inf), Matrix.vector(1, 1)));
        assertTrue(e.getMessage().startsWith("nll: the loss of sample 0 is inf - inf"), e.getMessage());
        // a NaN in the input is the user's own and passes through, as in numpy
        assertTrue(Double.isNaN(Losses.nll(Matrix.of(new double[] {Double.NaN, 0}, new double[] {-inf, 0}), new int[] {0, 0})));
        assertTrue(Double.isNaN(Losses.crossEntropy(Matrix.vector(Double.NaN, 0), Matrix.vector(1, 0))));
    }

    @Test
    void nllOfProbabilitiesInsteadOfLogProbabilitiesIsAnError() {
        // nll(softmax(z), y) was -0.7 here, a negative loss, without a word
        Matrix p = Matrix.of(new double[] {0.3, 0.7}, new double[] {0.6, 0.4});
        assertEquals("nll: every row of the (2, 2) input is in [0, 1] and sums to 1: probabilities, not the"
                + " log-probabilities nll takes (at most 0); pass logSoftmax(z) or log(p), or use crossEntropy(p, labels)",
                assertThrows(IllegalArgumentException.class, () -> Nnsh.nll(p, new int[] {1, 1})).getMessage());
        assertEquals(-(Math.log(0.7) + Math.log(0.4)) / 2, Nnsh.nll(p.log(), new int[] {1, 1}), 1e-15);
        // a log-probability row [0] (p = 1) is no such mistake
        assertEquals(0.0, Nnsh.nll(Matrix.zeros(2, 1), new int[] {0, 0}));
    }

    @Test
    void logitsOrLogProbabilitiesWherePredictionsBelongAreAnError() {
        // clipped to [1e-7, 1 - 1e-7], the logits [[2, -1]] scored 1e-7 for label 0, a perfect loss
        Matrix logits = Matrix.of(new double[] {2, -1});
        assertEquals("crossEntropy: the predictions hold 2.0 at (0, 0), outside [0, 1]; expected probabilities (logits?"
                + " pass softmax(z))", assertThrows(IllegalArgumentException.class,
                        () -> Nnsh.crossEntropy(logits, new int[] {0})).getMessage());
        Matrix logProbs = Nnsh.logSoftmax(logits);
        assertEquals("crossEntropy: the predictions hold -0.04858735157374196 at (0, 0), outside [0, 1]; expected"
                + " probabilities (log-probabilities? nll(logProbs, labels) takes those, or pass softmax(z))",
                assertThrows(IllegalArgumentException.class,
                        () -> Nnsh.crossEntropy(logProbs, Matrix.of(new double[] {1, 0}))).getMessage());
        assertEquals("binaryCrossEntropy: the predictions hold -3.0 at (1, 0), outside [0, 1]; expected probabilities"
                + " (logits? pass sigmoid(z))", assertThrows(IllegalArgumentException.class,
                        () -> Nnsh.binaryCrossEntropy(Matrix.of(new double[] {0.5}, new double[] {-3}),
                                Matrix.of(new double[] {1}, new double[] {0}))).getMessage());
        assertEquals(Nnsh.nll(logProbs, new int[] {0}), Nnsh.crossEntropy(Nnsh.softmax(logits), new int[] {0}), 1e-15);
        // an ulp past 0 or 1, as a user's own arithmetic may leave a probability, is rounding, and clipped as before
        Matrix rounded = Matrix.of(new double[] {Math.nextUp(1.0), -Double.MIN_VALUE});
        assertEquals(-Math.log(1 - 1e-7), Nnsh.crossEntropy(rounded, new int[] {0}), 1e-15);
    }

    @Test
    void targetsOutsideZeroToOneAreAnError() {
        // a Dataset's targets() of three classes, 0 … 2 in a column: the loss was a number with no meaning
        Matrix p = Matrix.of(new double[] {0.9}, new double[] {0.2}, new double[] {0.6});
        Matrix labels = Matrix.of(new double[] {0}, new double[] {1}, new double[] {2});
        assertEquals("binaryCrossEntropy: the targets hold 2.0 at (2, 0), outside [0, 1]; expected 0/1 targets or"
                + " probabilities (class labels 0 … k−1 go as an int[]: crossEntropy(p, labels))",
                assertThrows(IllegalArgumentException.class, () -> Nnsh.binaryCrossEntropy(p, labels)).getMessage());
        assertEquals("crossEntropy: the targets hold 2.0 at (0, 0), outside [0, 1]; expected 0/1 targets or"
                + " probabilities (class labels 0 … k−1 go as an int[]: crossEntropy(p, labels))",
                assertThrows(IllegalArgumentException.class,
                        () -> Nnsh.crossEntropy(Matrix.of(new double[] {0.5, 0.5}), Matrix.of(new double[] {2, -1})))
                        .getMessage());
    }
}
