package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.batchSize;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sgd;
import static org.nnsh.Nnsh.sine;
import static org.nnsh.Nnsh.spiral;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nnsh.data.Dataset;
import org.nnsh.tensor.Matrix;

/**
 * Mini-batch training against the book's chapter 19 loop (Model.train with batch_size, and
 * Model.evaluate on validation data): the batch_* cases of fixtures/training/training.txt, written by
 * make_training_fixtures.py. Per epoch the loss, the learning rate and the validation loss agree to
 * 1e-9 relative and the accuracies exactly (both count the same hits), then the weights' sums after
 * the last epoch to 1e-9.
 *
 * <p>With regularisation the two report different losses by design: the book adds to the epoch's
 * data loss the penalty of the weights after its last step, nnsh (as Keras) averages each step's own
 * loss, penalty included, weighted by its rows. The book's per-step losses give that figure too
 * (step_loss); everything else is the same by definition.
 */
class BatchTrainingParityTest {
    private static final double RELATIVE = 1e-9;

    @Test
    void batchesOf32EndInAPartialOneOf12() {
        seed(0);
        Dataset data = spiral(100, 3);
        Net model = spiralNet();
        History history = model.fit(data, 10, adam(0.05).decay(5e-5), batchSize(32).shuffle(false).quiet());
        assertEpochs(TrainingFixtures.of("batch_32_adam"), "loss", history, model);
    }

    @Test
    void batchesOf100DivideTheData() {
        seed(0);
        Dataset data = spiral(100, 3);
        Net model = spiralNet();
        History history = model.fit(data, 10, adam(0.05).decay(5e-5), batchSize(100).shuffle(false).quiet());
        assertEpochs(TrainingFixtures.of("batch_100_adam"), "loss", history, model);
    }

    @Test
    void l1AndL2OnBothDenseLayersCountEachStepsPenaltyInTheEpochLoss() {
        seed(0);
        Dataset data = spiral(100, 3);
        Net model = net().dense(2, 64).l1(5e-4, 2e-4).l2(5e-4).relu().dense(64, 3).l1(5e-4, 2e-4).l2(5e-4).softmax();
        History history = model.fit(data, 10, adam(0.05).decay(5e-5), batchSize(32).shuffle(false).quiet());
        TrainingFixtures.Case book = TrainingFixtures.of("batch_32_l1_l2");
        assertEpochs(book, "step_loss", history, model);
        double[] penalties = book.values("regularization_loss");
        assertClose(book.name() + " penalty after the last step", penalties[penalties.length - 1],
                model.regularizationLoss(), penalties[penalties.length - 1]);
    }

    @Test
    void validationHoldsOutTheLastFifthAndScoresItAfterEachEpoch() {
        seed(0);
        // chapter 19 shuffles the data once before training, as spiral's samples come class by class
        Dataset data = spiral(100, 3).shuffle();
        Net model = spiralNet();
        History history = model.fit(data, 10, adam(0.05).decay(5e-5),
                batchSize(32).shuffle(false).validation(0.2).quiet());
        assertEpochs(TrainingFixtures.of("batch_32_validation"), "loss", history, model);
    }

    @Test
    void eachEpochShufflesWithNumpysPermutation() {
        seed(0);
        Dataset data = spiral(100, 3);
        Net model = spiralNet();
        History history = model.fit(data, 10, adam(0.05).decay(5e-5), batchSize(32).quiet());
        assertEpochs(TrainingFixtures.of("batch_32_shuffled"), "loss", history, model);
    }

    @Test
    void theShuffleFollowsTheSplitAndPrecedesTheEpochsDropoutMasks() {
        seed(0);
        Dataset data = spiral(100, 3).shuffle();
        Net model = net().dense(2, 64).relu().dropout(0.1).dense(64, 3).softmax();
        History history = model.fit(data, 10, adam(0.05).decay(5e-5), batchSize(64).validation(0.2).quiet());
        assertEpochs(TrainingFixtures.of("batch_64_shuffled_dropout_validation"), "loss", history, model);
    }

    @Test
    void aRegressionScoresItsValidationWithinTheTrainingTargetsPrecision() {
        // the book's Accuracy_Regression.init(y) fixes the precision once, from the training part's targets; the
        // held-out end of the line spreads a quarter as wide, so its own targets would give another precision
        seed(0);
        Matrix x = sine(1000).x();
        Net model = net().dense(1, 1).linear();
        History history = model.fit(Dataset.regression(x, x.times(2).minus(0.5)), 10, sgd(0.5),
                batchSize(64).validation(0.2).quiet());
        assertEpochs(TrainingFixtures.of("batch_64_line_shuffled_validation"), "loss", history, model);
    }

    /** The book's 2-64-3 net; made after seed(0) and the data, as the script draws the weights after them. */
    private static Net spiralNet() {
        return net().dense(2, 64).relu().dense(64, 3).softmax();
    }

    /** Every epoch's figures of {@code book} against {@code history}, its loss from field {@code lossKey}, then the weights. */
    private static void assertEpochs(TrainingFixtures.Case book, String lossKey, History history, Net model) {
        double[] losses = book.values(lossKey);
        assertEquals(losses.length, history.epochs(), book.name() + " epochs");
        assertSeries(book.name() + " " + lossKey, losses, history.loss());
        assertSeries(book.name() + " lr", book.values("lr"), history.lr());
        assertEquals(Arrays.toString(book.values("accuracy")), Arrays.toString(history.accuracy()),
                book.name() + " accuracies");
        assertEquals(book.has("val_loss"), history.validated(), book.name() + " validated");
        if (history.validated()) {
            assertSeries(book.name() + " val_loss", book.values("val_loss"), history.valLoss());
            assertEquals(Arrays.toString(book.values("val_accuracy")), Arrays.toString(history.valAccuracy()),
                    book.name() + " validation accuracies");
        }
        WeightSums.assertMatch(book.name(), book.values("weights"), model);
    }

    private static void assertSeries(String what, double[] expected, double[] actual) {
        for (int e = 0; e < expected.length; e++) {
            assertClose(what + " epoch " + e, expected[e], actual[e], Math.abs(expected[e]));
        }
    }

    private static void assertClose(String what, double expected, double actual, double scale) {
        assertTrue(Math.abs(actual - expected) <= RELATIVE * scale, () -> what + ": " + actual + ", numpy " + expected
                + " (difference " + Math.abs(actual - expected) + ", scale " + scale + ")");
    }
}
