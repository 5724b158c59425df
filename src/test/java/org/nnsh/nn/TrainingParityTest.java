package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.adagrad;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.quiet;
import static org.nnsh.Nnsh.rmsprop;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sgd;
import static org.nnsh.Nnsh.sine;
import static org.nnsh.Nnsh.spiral;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nnsh.data.Dataset;

/**
 * Training step for step against the book's numpy code (Neural Networks from Scratch, float64):
 * fixtures/training/training.txt, written by make_training_fixtures.py next to it from the same data
 * and initial weights. The loss of each of the first epochs must agree to 1e-9 relative, the
 * accuracy exactly (both count the same predictions over the same rows).
 */
class TrainingParityTest {
    private static final double RELATIVE = 1e-9;

    @Test
    void spiralAdamIsTheBooksRunAndLearnsTheSpiral() {
        TrainingFixtures.Case book = TrainingFixtures.of("spiral_adam");
        History history = spiralFit(10001, adam(0.05).decay(5e-7));
        assertFirstEpochs(book, history);
        double accuracy = history.accuracy()[10000];
        assertTrue(accuracy >= 0.95, "accuracy after 10001 epochs " + accuracy + " (numpy's run: "
                + book.value("final_accuracy") + "), expected at least 0.95");
    }

    @Test
    void spiralSgdWithMomentumAndDecay() {
        assertFirstEpochs(TrainingFixtures.of("spiral_sgd"), spiralFit(10, sgd(1.0).momentum(0.9).decay(1e-3)));
    }

    @Test
    void spiralAdagradWithDecay() {
        assertFirstEpochs(TrainingFixtures.of("spiral_adagrad"), spiralFit(10, adagrad(1.0).decay(1e-4)));
    }

    @Test
    void spiralRmspropWithRhoAndDecay() {
        assertFirstEpochs(TrainingFixtures.of("spiral_rmsprop"), spiralFit(10, rmsprop(0.02).rho(0.999).decay(1e-5)));
    }

    @Test
    void sineRegressionWithMeanSquaredError() {
        seed(0);
        Dataset data = sine(1000);
        Net model = net().dense(1, 64).relu().dense(64, 64).relu().dense(64, 1).linear();
        assertFirstEpochs(TrainingFixtures.of("sine_adam"), model.fit(data, 10, adam(0.005).decay(1e-3), quiet()));
    }

    @Test
    void binarySigmoidWithL2OnTheFirstDense() {
        seed(0);
        Dataset data = spiral(100, 2);
        Net model = net().dense(2, 64).l2(5e-4).relu().dense(64, 1).sigmoid();
        assertFirstEpochs(TrainingFixtures.of("binary_adam"), model.fit(data, 10, adam().decay(5e-7), quiet()));
    }

    @Test
    void dropoutDrawsItsMasksWhereTheBookDoes() {
        seed(0);
        Dataset data = spiral(100, 3);
        Net model = net().dense(2, 64).relu().dropout(0.1).dense(64, 3).softmax();
        assertFirstEpochs(TrainingFixtures.of("dropout_adam"), model.fit(data, 10, adam(0.05).decay(5e-5), quiet()));
    }

    @Test
    void dropoutOnTheInputsDrawsItsMasksWhereTheBookDoes() {
        // it was refused ('dropout: the net has no layers yet'), though Keras takes Dropout on the inputs
        seed(0);
        Dataset data = spiral(100, 3);
        Net model = net().dropout(0.1).dense(2, 64).relu().dense(64, 3).softmax();
        assertFirstEpochs(TrainingFixtures.of("input_dropout_adam"), model.fit(data, 10, adam(0.05).decay(5e-5), quiet()));
    }

    /** The book script's order of draws: seed(0), the spiral, then each dense layer's weights. */
    private static History spiralFit(int epochs, Optimizer optimizer) {
        seed(0);
        Dataset data = spiral(100, 3);
        Net model = net().dense(2, 64).relu().dense(64, 3).softmax();
        return model.fit(data, epochs, optimizer, quiet());
    }

    private static void assertFirstEpochs(TrainingFixtures.Case book, History history) {
        double[] losses = book.values("loss");
        double[] accuracies = book.values("accuracy");
        for (int e = 0; e < losses.length; e++) {
            int epoch = e;
            double expected = losses[epoch];
            double actual = history.loss()[epoch];
            assertTrue(Math.abs(actual - expected) <= RELATIVE * Math.abs(expected),
                    () -> book.name() + " epoch " + epoch + ": loss " + actual + ", numpy " + expected
                            + " (relative difference " + Math.abs(actual - expected) / Math.abs(expected) + ")");
        }
        assertEquals(Arrays.toString(accuracies),
                Arrays.toString(Arrays.copyOf(history.accuracy(), accuracies.length)), book.name() + " accuracies");
    }
}
