package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.nnsh.tensor.Matrix;

/** Each optimizer's update rule, step by step, on one parameter with a fixed gradient. */
class OptimizerTest {
    private static final double W0 = 0.5;
    private static final double G = 0.2;

    /** Takes {@code steps} steps of {@code optimizer} on w = W0 with gradient G; returns w after each. */
    private static double[] run(Optimizer optimizer, int steps) {
        Param p = new Param("w", new double[][] {{W0}});
        double[] w = new double[steps];
        for (int t = 0; t < steps; t++) {
            p.grad[0][0] = G;
            optimizer.beginStep();
            optimizer.update(p, optimizer.slots(p));
            optimizer.endStep();
            w[t] = p.value[0][0];
        }
        return w;
    }

    @Test
    void sgdWithoutMomentumStepsAgainstTheGradient() {
        double[] w = run(Optimizers.sgd(0.1), 2);
        assertEquals(W0 - 0.1 * G, w[0], 0);
        assertEquals(W0 - 0.1 * G - 0.1 * G, w[1], 0);
    }

    @Test
    void sgdMomentumAccumulatesUpdates() {
        double[] w = run(Optimizers.sgd(0.1).momentum(0.9), 2);
        double u1 = -0.1 * G;
        double u2 = 0.9 * u1 - 0.1 * G;
        assertEquals(W0 + u1, w[0], 0);
        assertEquals(W0 + u1 + u2, w[1], 0);
    }

    @Test
    void decayDividesTheRateByOnePlusDecayTimesSteps() {
        Optimizer sgd = Optimizers.sgd(1.0).decay(0.5);
        double[] w = run(sgd, 3);
        assertEquals(W0 - G - G / 1.5 - G / 2.0, w[2], 1e-15);
        assertEquals(1.0 / 2.0, sgd.currentLearningRate(), 0);
        assertEquals(3, sgd.iterations());
    }

    @Test
    void restoredStepCountReportsTheRateTheLastStepUsed() {
        Optimizer stepped = Optimizers.sgd(1.0).decay(0.5);
        run(stepped, 3);
        Optimizer restored = Optimizers.sgd(1.0).decay(0.5);
        restored.iterations(3);
        assertEquals(stepped.currentLearningRate(), restored.currentLearningRate(), 0);
        restored.iterations(0);
        assertEquals(1.0, restored.currentLearningRate(), 0, "before any step, the initial rate");
    }

    @Test
    void adamMatchesTheBooksFormulaBitForBitAlsoWhereMomentumIsSubnormal() {
        java.util.Random random = new java.util.Random(7);
        double[] magnitudes = {0, Double.MIN_VALUE, 1e-320, 1e-310, Double.MIN_NORMAL, 1e-300, 1e-200, 1e-8, 0.1, 3, 1e10};
        for (int k = 0; k < 200_000; k++) {
            Adam adam = Optimizers.adam(pick(random, 1e-3, 0.05, 1e3)).epsilon(pick(random, 1e-7, 1e-300, 1.0));
            long t = random.nextInt(20_000);
            adam.iterations(t);
            adam.beginStep();
            double w = signed(random, magnitudes);
            double g = random.nextInt(3) == 0 ? signed(random, magnitudes) : 0.0;
            double m = signed(random, magnitudes);
            double c = Math.abs(signed(random, magnitudes));
            Param p = new Param("p", new double[][] {{w}});
            p.grad[0][0] = g;
            double[][][] slots = adam.slots(p);
            slots[0][0][0] = m;
            slots[1][0][0] = c;
            adam.update(p, slots);

            double rate = adam.currentLearningRate();
            double m1 = adam.beta1() * m + (1 - adam.beta1()) * g;
            double c1 = adam.beta2() * c + (1 - adam.beta2()) * (g * g);
            double mHat = m1 / (1 - Math.pow(adam.beta1(), t + 1));
            double cHat = c1 / (1 - Math.pow(adam.beta2(), t + 1));
            double w1 = w + -rate * mHat / (Math.sqrt(cHat) + adam.epsilon());
            String state = "w=" + w + " g=" + g + " m=" + m + " c=" + c + " t=" + t + " " + adam;
            assertEquals(Double.doubleToRawLongBits(w1), Double.doubleToRawLongBits(p.value[0][0]), state);
            assertEquals(Double.doubleToRawLongBits(m1), Double.doubleToRawLongBits(slots[0][0][0]), state);
            assertEquals(Double.doubleToRawLongBits(c1), Double.doubleToRawLongBits(slots[1][0][0]), state);
        }
    }

    @Test
    void adamDecaysEverySmallSubnormalMomentumAsTheFormulaDoes() {
        // β₁·k lands on a tie (k ≡ 5 mod 10 for β₁ = 0.9), which an exact product breaks upward
        for (double beta1 : new double[] {0.9, 0.5, 0.99, 0.1}) {
            for (long k = 1; k <= 5000; k++) {
                for (double sign : new double[] {1, -1}) {
                    for (double g : new double[] {0.0, -0.0}) {
                        Adam adam = Optimizers.adam(0.05).beta1(beta1);
                        adam.beginStep();
                        double m = sign * k * Double.MIN_VALUE;
                        Param p = new Param("p", new double[][] {{0.3}});
                        p.grad[0][0] = g;
                        double[][][] slots = adam.slots(p);
                        slots[0][0][0] = m;
                        adam.update(p, slots);
                        double expected = beta1 * m + (1 - beta1) * g;
                        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(slots[0][0][0]),
                                "β₁ " + beta1 + ", m = " + m + ", g = " + g);
                    }
                }
            }
        }
    }

    private static double pick(java.util.Random random, double... values) {
        return values[random.nextInt(values.length)];
    }

    private static double signed(java.util.Random random, double[] magnitudes) {
        double v = pick(random, magnitudes) * (1 + random.nextDouble());
        return random.nextBoolean() ? v : -v;
    }

    @Test
    void adagradDividesByTheRootOfTheSummedSquares() {
        double[] w = run(Optimizers.adagrad(0.1), 2);
        double w1 = W0 - 0.1 * G / (Math.sqrt(G * G) + 1e-7);
        assertEquals(w1, w[0], 0);
        assertEquals(w1 - 0.1 * G / (Math.sqrt(2 * G * G) + 1e-7), w[1], 1e-16);
    }

    @Test
    void rmspropKeepsADecayingAverageOfSquares() {
        double[] w = run(Optimizers.rmsprop(0.01).rho(0.5), 2);
        double c1 = 0.5 * G * G;
        double w1 = W0 - 0.01 * G / (Math.sqrt(c1) + 1e-7);
        double c2 = 0.5 * c1 + 0.5 * G * G;
        assertEquals(w1, w[0], 0);
        assertEquals(w1 - 0.01 * G / (Math.sqrt(c2) + 1e-7), w[1], 1e-16);
    }

    @Test
    void adamCorrectsTheBiasOfBothMoments() {
        double[] w = run(Optimizers.adam(0.01), 2);
        // with a constant gradient both corrected moments equal G and G², so each step is lr·G/(G + ε)
        double step = 0.01 * G / (G + 1e-7);
        assertEquals(W0 - step, w[0], 1e-16);
        assertEquals(W0 - 2 * step, w[1], 1e-15);
    }

    @Test
    void defaultsAreTheBooks() {
        assertEquals("sgd(1.0)", Optimizers.sgd().toString());
        assertEquals("adagrad(1.0)", Optimizers.adagrad().toString());
        assertEquals("rmsprop(0.001)", Optimizers.rmsprop().toString());
        assertEquals("adam(0.001)", Optimizers.adam().toString());
        assertEquals(0.9, Optimizers.adam().beta1());
        assertEquals(0.999, Optimizers.adam().beta2());
        assertEquals(1e-7, Optimizers.adam().epsilon());
        assertEquals(0.9, Optimizers.rmsprop().rho());
    }

    @Test
    void printsAsTheCallThatMakesIt() {
        assertEquals("adam(0.05).decay(5e-07)", Optimizers.adam(0.05).decay(5e-7).toString());
        assertEquals("sgd(1.0).decay(0.001).momentum(0.9)", Optimizers.sgd().momentum(0.9).decay(1e-3).toString());
        assertEquals("rmsprop(0.02).decay(1e-05).rho(0.999)", Optimizers.rmsprop(0.02).decay(1e-5).rho(0.999).toString());
    }

    @Test
    void settersReturnNewOptimizers() {
        Adam adam = Optimizers.adam(0.05);
        Adam decayed = adam.decay(1e-3);
        assertNotSame(adam, decayed);
        assertEquals(0, adam.decay());
        assertEquals(1e-3, decayed.decay());
        assertEquals(0.05, decayed.learningRate());
    }

    @Test
    void badHyperParametersAreRejectedByName() {
        assertMessage("adam: learning rate must be a finite number > 0, got -0.1", () -> Optimizers.adam(-0.1));
        assertMessage("sgd: learning rate must be a finite number > 0, got NaN", () -> Optimizers.sgd(Double.NaN));
        assertMessage("adam: beta1 must be in [0, 1), got 1.0", () -> Optimizers.adam().beta1(1));
        assertMessage("adam: beta2 must be in [0, 1), got -0.5", () -> Optimizers.adam().beta2(-0.5));
        assertMessage("sgd: momentum must be in [0, 1), got 1.5", () -> Optimizers.sgd().momentum(1.5));
        assertMessage("rmsprop: rho must be in [0, 1), got 1.0", () -> Optimizers.rmsprop().rho(1));
        assertMessage("adagrad: decay must be a finite number ≥ 0, got -1.0", () -> Optimizers.adagrad().decay(-1));
        assertMessage("adam: epsilon must be a finite number > 0, got 0.0", () -> Optimizers.adam().epsilon(0));
    }

    @Test
    void keepsSeparateStateForEachParameter() {
        Optimizer adam = Optimizers.adam(0.1);
        Param a = new Param("a", new double[][] {{1, 2}});
        Param b = new Param("b", new double[][] {{1, 2}});
        a.grad[0][0] = 1;
        adam.beginStep();
        adam.update(a, adam.slots(a));
        adam.update(b, adam.slots(b));
        adam.endStep();
        assertEquals(Matrix.of(new double[] {1 - 0.1 * 1 / (1 + 1e-7), 2}).get(0, 0), a.value().get(0, 0), 1e-15);
        assertEquals(Matrix.of(new double[] {1, 2}), b.value());
    }

    private static void assertMessage(String expected, Supplier<?> make) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, make::get).getMessage());
    }
}
