package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.full;
import static org.nnsh.Nnsh.iris;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.ones;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sgd;
import static org.nnsh.Nnsh.sine;
import static org.nnsh.Nnsh.spiral;
import static org.nnsh.Nnsh.xor;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nnsh.data.Dataset;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.ShapeException;

/** What fit, step, evaluate and predict say about data and nets they cannot use, and that saying it changes nothing. */
class FitMistakesTest {
    private static FitOptions recordedBy(RecordingProgress progress) {
        return FitOptions.DEFAULT.progress(progress);
    }

    @Test
    void aSoftmaxOverOneOutputCannotTakeLabelOne() {
        seed(0);
        Dataset d = xor(20);
        Net m = net().dense(2, 4).relu().dense(4, 1).softmax();
        for (Runnable call : List.<Runnable>of(() -> m.fit(d, 1), () -> m.evaluate(d), () -> m.gradCheck(d),
                () -> net().dense(2, 1).sigmoid().fit(d, 1, FitOptions.DEFAULT.loss(Losses.crossEntropy())))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
            assertTrue(e.getMessage().contains("label 1 at row ") && e.getMessage().contains("over 1 output")
                    && e.getMessage().contains(".sigmoid()"), e.getMessage());
        }
    }

    @Test
    void aSoftmaxOverOneOutputIsWarnedAbout() {
        RecordingProgress progress = new RecordingProgress();
        seed(0);
        net().dense(1, 1).softmax().fit(sine(20), 1, recordedBy(progress));
        assertEquals(2, progress.warnings.size(), progress.warnings.toString());
        assertTrue(progress.warnings.get(0).startsWith("the net ends in softmax over 1 output, which is constant (1)"));
        assertTrue(progress.warnings.get(1).startsWith("the targets are not class probabilities"));
    }

    @Test
    void targetsOutsideZeroToOneForASigmoidAreWarnedAboutAsForASoftmax() {
        // a sigmoid never reaches 3, and binaryCrossEntropy against it falls without bound as p → 1: silent before
        RecordingProgress progress = new RecordingProgress();
        seed(0);
        Dataset counts = Dataset.regression(Matrix.of(new double[][] {{0, 1}, {1, 0}}), Matrix.of(new double[][] {{0, 3},
                {3, 0}}));
        net().dense(2, 4).relu().dense(4, 2).sigmoid().fit(counts, 1, recordedBy(progress));
        assertEquals(List.of("the targets are not probabilities (values outside [0, 1]), but the net trains on"
                + " binaryCrossEntropy: regression takes a linear output and mse, e.g. net().dense(2, 64).relu().dense(64, 2)"),
                progress.warnings);
    }

    @Test
    void zeroOneLabelsOnAOneOutputNetWithoutASigmoidAreWarnedAbout() {
        RecordingProgress progress = new RecordingProgress();
        seed(0);
        Dataset labels = xor(10);
        Net forgotten = net().dense(2, 4).relu().dense(4, 1);
        forgotten.fit(labels, 1, recordedBy(progress));
        assertEquals(List.of("the data has 0/1 labels but the net ends in linear over 1 output and trains on mse, a"
                + " regression: end with .sigmoid() to learn them with binaryCrossEntropy (predict then gives classes)"),
                progress.warnings);
        assertThrows(IllegalStateException.class, () -> forgotten.predict(labels.x()), "what the warning forewarns");

        RecordingProgress sigmoid = new RecordingProgress();
        net().dense(2, 4).relu().dense(4, 1).sigmoid().fit(labels, 1, recordedBy(sigmoid).loss(Losses.mse()));
        assertEquals(List.of(), sigmoid.warnings, "a sigmoid on mse is a choice, not a forgotten layer");
    }

    @Test
    void aNetEndingInDropoutIsWarnedAboutAsSuch() {
        // it was told 'the net ends in linear and trains on mse: end with .softmax()', though it ended in softmax, then dropout
        RecordingProgress progress = new RecordingProgress();
        seed(0);
        net().dense(2, 8).relu().dense(8, 3).softmax().dropout(0.5).fit(spiral(10, 3), 1, recordedBy(progress));
        assertEquals(List.of("the net ends in dropout (after softmax), which zeroes and rescales its outputs while training,"
                + " and implies no loss (it trains on mse): put dropout before the last dense layer, e.g."
                + " .relu().dropout(0.1).dense(64, 3).softmax()"), progress.warnings);
        progress.warnings.clear();
        net().dense(1, 1).dropout(0.5).fit(sine(10), 1, recordedBy(progress));
        assertTrue(progress.warnings.get(0).startsWith("the net ends in dropout (after dense), "), progress.warnings.toString());
    }

    @Test
    void predictOfANetEndingInDropoutSaysSoToo() {
        seed(0);
        Net net = net().dense(2, 8).relu().dense(8, 3).softmax().dropout(0.5);
        net.fit(spiral(10, 3), 1, recordedBy(new RecordingProgress()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> net.predict(spiral(10, 3).x()));
        assertTrue(e.getMessage().startsWith("predict: this net regresses 3 values (it ends in dropout after softmax and"
                + " trains on mse)"), e.getMessage());
    }

    @Test
    void predictOfANetWithoutDenseLayersNamesTheWidthItGivesAndHowItEnds() {
        // such a net keeps the input's width, and its own width was -1: "regresses -1 values", "dropout after dense"
        var relu = assertThrows(IllegalStateException.class, () -> net().relu().predict(ones(2, 3)));
        assertEquals("predict: this net regresses 3 values (it ends in relu and trains on mse), so it has no classes;"
                + " forward(x) gives its predictions", relu.getMessage());
        var dropout = assertThrows(IllegalStateException.class, () -> net().dropout(0.5).predict(ones(2, 1)));
        assertEquals("predict: this net regresses one value (it ends in dropout alone and trains on"
                + " mse), so it has no classes; forward(x) gives its predictions", dropout.getMessage());
    }

    @Test
    void aNetWithoutDenseLayersHasNothingToTrainOrScore() {
        seed(0);
        Dataset d = spiral(5, 3);
        Net m = net().relu().softmax();
        for (Runnable call : List.<Runnable>of(() -> m.fit(d, 1), () -> m.step(d), () -> m.evaluate(d),
                () -> m.gradCheck(d))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, call::run);
            assertTrue(e.getMessage().contains("the net has no dense layer"), e.getMessage());
        }
    }

    @Test
    void nullArgumentsNameTheCall() {
        Net m = net().dense(2, 3).softmax();
        // both were bare NullPointerExceptions about "data" and "m" inside the engine
        NullPointerException check = assertThrows(NullPointerException.class, () -> m.gradCheck(null));
        assertEquals("gradCheck: data is null", check.getMessage());
        NullPointerException set = assertThrows(NullPointerException.class, () -> m.layer(0).params().get(0).set(null));
        assertEquals("set: the values for dense #1 weights are null; pass a 2×3 Matrix", set.getMessage());
    }

    @Test
    void aLossWhoseGradientHasTheWrongShapeIsNamed() {
        Loss wrong = new Loss() {
            @Override
            public String name() {
                return "myLoss";
            }

            @Override
            public double value(Matrix yPred, Matrix target) {
                return yPred.minus(target).abs().mean();
            }

            @Override
            public Matrix gradient(Matrix yPred, Matrix target) {
                return Matrix.zeros(1, 1);
            }
        };
        seed(0);
        Net m = net().dense(1, 4).tanh().dense(4, 1);
        // was a bare ArrayIndexOutOfBoundsException: Index 1 out of bounds for length 1
        ShapeException e = assertThrows(ShapeException.class, () -> m.fit(sine(20), 1, FitOptions.DEFAULT.loss(wrong).quiet()));
        assertEquals("the loss myLoss gave a gradient of shape (1, 1) for predictions of shape (20, 1); a Loss's gradient"
                + " must have the predictions' shape", e.getMessage());
        assertThrows(ShapeException.class, () -> m.gradCheck(sine(20)));
    }

    /** Only nnsh's own softmax and crossEntropy fuse: a loss of the user's that bears the name keeps its own gradient. */
    @Test
    void aLossOfTheUsersNamedLikeABuiltInTrainsOnItsOwnGradient() {
        int[] calls = {0};
        Loss squared = new Loss() {
            @Override
            public String name() {
                return "crossEntropy";
            }

            @Override
            public double value(Matrix yPred, Matrix target) {
                return yPred.minus(target).pow(2).mean();
            }

            @Override
            public Matrix gradient(Matrix yPred, Matrix target) {
                calls[0]++;
                return yPred.minus(target).times(2.0 / (yPred.rows() * yPred.cols()));
            }
        };
        seed(0);
        Net m = net().dense(2, 4).softmax();
        m.fit(spiral(5, 4), 3, FitOptions.DEFAULT.loss(squared).quiet());
        // the fused (p − t)/n skipped gradient() altogether, training on cross-entropy instead
        assertEquals(3, calls[0]);
    }

    @Test
    void weightsSetToNaNAreRefusedAsDataIs() {
        Net m = net().dense(2, 3).softmax();
        Matrix before = m.layer(0).params().get(0).value();
        Matrix nan = Matrix.of(new double[][] {{0, 1, 2}, {3, Double.NaN, 5}});
        // accepted, then blamed on a fit that diverged at the next forward
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.layer(0).params().get(0).set(nan));
        assertEquals("set: nan in the values for dense #1 weights at row 1, column 1; a net computes on finite numbers"
                + " only: drop or fill such values first", e.getMessage());
        assertEquals(before, m.layer(0).params().get(0).value(), "a refused set changes nothing");
    }

    @Test
    void passesWhoseActivationsOutgrowTheHeapAreAnErrorNotABareOutOfMemoryError() {
        // dense(1, 100000) over 100000 rows: 10^10 values per layer output, from a 0.8 MB input
        Net wide = net().dense(1, 100_000).softmax();
        Matrix x = Matrix.zeros(100_000, 1);
        Dataset data = Dataset.of(x, java.util.stream.IntStream.range(0, 100_000).toArray());
        var e = assertThrows(IllegalArgumentException.class, () -> wide.forward(x));
        assertTrue(e.getMessage().startsWith("forward: the layers' outputs for 100000 rows are 20000000000 values ("),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> wide.predict(x));
        assertTrue(e.getMessage().startsWith("predict: the layers' outputs for 100000 rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> wide.gradCheck(data));
        assertTrue(e.getMessage().startsWith("gradCheck: the layers' outputs for 100000 rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> wide.fit(data, 1, org.nnsh.Nnsh.quiet()));
        assertTrue(e.getMessage().startsWith("fit: the one-hot targets of 100000 rows for 100000 outputs are 10000000000"
                + " values ("), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> wide.evaluate(data));
        assertTrue(e.getMessage().startsWith("evaluate: the one-hot targets of 100000 rows"), e.getMessage());
    }

    @Test
    void aFitTooLargeForTheHeapIsRefusedBeforeTheNetAdoptsAnything() {
        // dense(1, 100000) over 100000 rows of regression targets: no one-hot targets to refuse them first
        Net wide = net().dense(1, 100_000).relu().dense(100_000, 1);
        Dataset big = Dataset.regression(Matrix.zeros(100_000, 1), Matrix.zeros(100_000, 1));
        Optimizer opt = adam(0.01);
        var e = assertThrows(IllegalArgumentException.class, () -> wide.fit(big, 1, opt, org.nnsh.Nnsh.quiet()));
        assertTrue(e.getMessage().startsWith("fit: the layers' outputs for 100000 rows"), e.getMessage());
        assertNull(wide.optimizer());
        assertNull(wide.history());
        // the optimizer was not bound to the refused net: another may take it
        net().dense(1, 1).fit(Dataset.regression(Matrix.zeros(2, 1), Matrix.zeros(2, 1)), 1, opt, org.nnsh.Nnsh.quiet());
    }

    @Test
    void validationDataTooLargeForOnePassIsRefusedBeforeTheFirstEpoch() {
        // it trained an epoch, then failed as "evaluate: …", leaving a history whose validation loss read 0
        Net wide = net().dense(1, 100_000).relu().dense(100_000, 1);
        Dataset small = Dataset.regression(Matrix.zeros(10, 1), Matrix.zeros(10, 1));
        Dataset big = Dataset.regression(Matrix.zeros(100_000, 1), Matrix.zeros(100_000, 1));
        var e = assertThrows(IllegalArgumentException.class,
                () -> wide.fit(small, 2, adam(0.01), org.nnsh.Nnsh.quiet().validation(big)));
        assertTrue(e.getMessage().startsWith("fit (validation data): the layers' outputs for 100000 rows are 20000100000"
                + " values ("), e.getMessage());
        assertTrue(e.getMessage().contains("; validate on fewer samples, or raise the limit"), e.getMessage());
        assertNull(wide.optimizer());
        assertNull(wide.history());
    }

    @Test
    void setWithARowlessMatrixNamesItsColumns() {
        Net m = net().dense(2, 3).softmax();
        // a 0×3 matrix was reported as (0, 0): its array has no row to count the columns of
        ShapeException e = assertThrows(ShapeException.class, () -> m.layer(0).params().get(0).set(Matrix.zeros(0, 3)));
        assertEquals("dense #1 weights: expected shape (2, 3), got (0, 3)", e.getMessage());
        e = assertThrows(ShapeException.class, () -> m.layer(0).params().get(0).set(Matrix.zeros(3, 0)));
        assertEquals("dense #1 weights: expected shape (2, 3), got (3, 0)", e.getMessage());
    }

    @Test
    void nonFiniteDataIsRefusedWithItsPosition() {
        Matrix x = Matrix.of(new double[][] {{1, 1}, {Double.NaN, 1}, {1, 1}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net().dense(2, 3).softmax().fit(Dataset.of(x, new int[] {0, 1, 2}), 1));
        assertEquals("fit: nan in the data at row 1, column 0; a net computes on finite numbers only: drop or fill such"
                + " values first", e.getMessage());
        IllegalArgumentException targets = assertThrows(IllegalArgumentException.class, () -> net().dense(2, 1)
                .fit(Dataset.regression(ones(2, 2), full(2, 1, Double.POSITIVE_INFINITY)), 1));
        assertTrue(targets.getMessage().startsWith("fit: inf in the targets at row 0, column 0"), targets.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net().dense(2, 3).softmax().forward(x));
    }

    @Test
    void aFitThatDivergesStopsWithAWarningAndKeepsItsHistory() {
        seed(0);
        Dataset s = sine(100);
        Net m = net().dense(1, 64).relu().dense(64, 64).relu().dense(64, 1);
        RecordingProgress progress = new RecordingProgress();
        History h = m.fit(s, 400, sgd(5), recordedBy(progress));
        assertTrue(h.stopped());
        int last = h.epochs() - 1;
        assertTrue(last < 399 && !Double.isFinite(h.loss()[last]) && Double.isFinite(h.loss()[last - 1]));
        assertEquals(List.of("fit stopped at epoch " + last + ": the loss is inf: the weights have diverged; train"
                + " again with a smaller learning rate than sgd(5.0)"), progress.warnings);
        for (String row : h.toString().split("\n")) {
            assertTrue(row.length() < 50, "the table prints huge losses in a few characters: " + row);
        }
    }

    @Test
    void nonFiniteWeightsAreNamedWhenTheyReachTheOutput() {
        Net m = net().dense(2, 3).softmax();
        m.layer(0).params().get(0).value[0][0] = Double.NaN;
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> m.forward(ones(1, 2)));
        assertTrue(e.getMessage().startsWith("forward: softmax: the input is NaN at (0, 0), so row 0 has no softmax:"
                + " dense #1 weights hold NaN or ∞"), e.getMessage());
        seed(0);
        assertThrows(ArithmeticException.class, () -> m.evaluate(spiral(5, 3)));
    }

    @Test
    void weightsAStepOverflowedAreBlamedOnAFitOrStepNotOnAFitAlone() {
        seed(0);
        Dataset d = Dataset.regression(ones(2, 1), full(2, 1, 10));
        Net m = net().dense(1, 1);
        m.fit(d, 0, sgd(1e308), org.nnsh.Nnsh.quiet());
        // the gradient is about -20: the one update overflows the weight to ∞, with no fit in sight
        m.step(d);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> m.forward(ones(1, 1)));
        assertTrue(e.getMessage().endsWith(": dense #1 weights hold NaN or ∞ (a fit or step that diverged leaves them so:"
                + " train again with a smaller learning rate)"), e.getMessage());
        IllegalStateException again = assertThrows(IllegalStateException.class, () -> m.step(d));
        assertTrue(again.getMessage().startsWith("step: dense #1 weights hold NaN or ∞ already (an earlier fit or step"
                + " diverged)"), again.getMessage());
    }

    @Test
    void aNetWhoseWeightsAlreadyDivergedIsNotTrainedOn() {
        Net m = net().dense(2, 3).softmax();
        m.layer(0).params().get(0).value[0][0] = Double.NaN;
        seed(0);
        Dataset d = spiral(5, 3);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.fit(d, 10, adam(0.05)));
        assertEquals("fit: dense #1 weights hold NaN or ∞ already (an earlier fit or step diverged); start again from a new"
                + " net, e.g. with a smaller learning rate", e.getMessage());
        assertThrows(IllegalStateException.class, () -> m.step(d));
        assertNull(m.optimizer(), "a refused fit changes nothing");
    }

    @Test
    void aLossThatOverflowsAtTheFirstStepBlamesTheDataNotTheLearningRate() {
        seed(0);
        // finite data whose squared error overflows before any update: no learning rate is to blame
        Dataset huge = Dataset.regression(full(3, 2, 1e200), ones(3, 1));
        Net m = net().dense(2, 4).relu().dense(4, 1);
        RecordingProgress progress = new RecordingProgress();
        History h = m.fit(huge, 5, adam(), recordedBy(progress));
        assertTrue(h.stopped());
        assertEquals(1, h.epochs(), "the epoch is recorded, as for any loss that turns inf");
        assertEquals(List.of("fit stopped at epoch 0: the loss is inf at the first step, before any update, so the data"
                + " (largest magnitude 1e+200) or the weights are too large for float64; scale the data first, e.g. to"
                + " mean 0 and standard deviation 1"), progress.warnings);

        seed(0);
        Net batchedNet = net().dense(2, 4).relu().dense(4, 1);
        RecordingProgress batched = new RecordingProgress();
        // the later batches of the epoch meet the weights the first one's infinite gradient spoiled
        batchedNet.fit(Dataset.regression(full(6, 2, 1e200), ones(6, 1)), 5, adam(), recordedBy(batched).batchSize(2));
        assertEquals(1, batched.warnings.size(), batched.warnings.toString());
        assertTrue(batched.warnings.get(0).contains("at the first step, before any update, so the data (largest magnitude"
                + " 1e+200)"), batched.warnings.toString());
    }

    @Test
    void aFitWhoseLayerMeetsNaNStopsWithAWarning() {
        seed(0);
        Dataset d = spiral(50, 3);
        Net m = net().dense(2, 16).relu().dense(16, 3).softmax();
        RecordingProgress progress = new RecordingProgress();
        // so large a rate that the first step's weights overflow, and the second step's logits are NaN
        History h = m.fit(d, 20, sgd(1e200), recordedBy(progress));
        assertTrue(h.stopped());
        assertEquals(1, h.epochs());
        assertEquals(List.of("fit stopped at epoch 1: softmax: the input is NaN at (0, 0), so row 0 has no softmax: the"
                + " weights have diverged; train again with a smaller learning rate than sgd(1e+200)"), progress.warnings);

        seed(0);
        Net validated = net().dense(2, 16).relu().dense(16, 3).softmax();
        RecordingProgress warned = new RecordingProgress();
        History v = validated.fit(d.shuffle(), 20, sgd(1e200), recordedBy(warned).validation(0.2));
        assertTrue(v.stopped() && Double.isNaN(v.valLoss()[v.epochs() - 1]), "validating diverged weights stops too");
        // named as the validation, not as an evaluate the user never called
        assertTrue(warned.warnings.get(0).startsWith("fit stopped at epoch 0: validation: softmax: the input is NaN"),
                warned.warnings.toString());
    }

    @Test
    void oneHotTargetsOfACategoricalLossScoreAsTheirLabels() {
        seed(0);
        Dataset data = spiral(30, 3);
        Dataset oneHot = Dataset.regression(data.x(), data.oneHot());
        Net m = net().dense(2, 16).relu().dense(16, 3).softmax();
        m.fit(data, 50, adam(0.05), FitOptions.DEFAULT.quiet());
        Score labels = m.evaluate(data);
        Score rows = m.evaluate(oneHot);
        assertEquals(labels.accuracy(), rows.accuracy());
        assertEquals(labels.loss(), rows.loss(), 1e-12);
    }

    @Test
    void regressionValidationIsScoredWithTheTrainingTargetsPrecision() {
        // nnfs: Accuracy_Regression.init(y) once, on the training targets; |p − t| < std(y_train)/250
        Matrix x = Matrix.of(new double[] {0}, new double[] {1}, new double[] {2}, new double[] {3});
        Dataset train = Dataset.regression(x, x.times(100));
        Matrix vx = Matrix.of(new double[] {0.001}, new double[] {0.002});
        Dataset validation = Dataset.regression(vx, Matrix.of(new double[] {0.0}, new double[] {0.0}));
        Net m = net().dense(1, 1);
        m.layer(0).params().get(0).set(Matrix.of(new double[] {1}));
        History h = m.fit(train, 1, sgd(1e-300), FitOptions.DEFAULT.validation(validation).quiet());
        assertEquals(1.0, h.valAccuracy()[0], "0.001 and 0.002 are within std(train)/250 ≈ 0.45 of 0");
    }

    @Test
    void evaluateAfterAFitScoresRegressionWithinTheTrainingTargetsPrecision() {
        // nnfs' Model.evaluate keeps the precision train set: np.std([0, 100, 200, 300]) / 250 ≈ 0.447;
        // one test sample's own std is 0, which counted even an exact prediction wrong
        Matrix x = Matrix.of(new double[] {0}, new double[] {1}, new double[] {2}, new double[] {3});
        Net m = net().dense(1, 1);
        m.layer(0).params().get(0).set(Matrix.of(new double[] {1}));
        Dataset test = Dataset.regression(Matrix.of(new double[] {5}), Matrix.of(new double[] {5.3}));
        Dataset farOff = Dataset.regression(Matrix.of(new double[] {5}), Matrix.of(new double[] {5.5}));
        assertEquals(0.0, m.evaluate(test).accuracy(), "before any fit, a set is scored within its own std/250");
        m.fit(Dataset.regression(x, x.times(100)), 1, sgd(1e-300), FitOptions.DEFAULT.quiet());
        assertEquals(1.0, m.evaluate(test).accuracy(), "|5 − 5.3| < 0.447");
        assertEquals(0.0, m.evaluate(farOff).accuracy(), "|5 − 5.5| ≥ 0.447");
        m.fit(spiralLike(), 1, sgd(1e-300), FitOptions.DEFAULT.quiet());
        assertEquals(0.0, m.evaluate(test).accuracy(), "a fit on 0/1 labels leaves no regression precision behind");
    }

    /** Two samples of one input with 0/1 labels, for the 1-output net above. */
    private static Dataset spiralLike() {
        return Dataset.of(Matrix.of(new double[] {0}, new double[] {1}), new int[] {0, 1});
    }

    @Test
    void aTrainingPartMissingAClassIsWarnedAbout() {
        seed(0);
        RecordingProgress progress = new RecordingProgress();
        net().dense(2, 3).softmax().fit(spiral(20, 3), 1, recordedBy(progress).validation(0.5));
        assertEquals(List.of("validation(0.5) holds out the last 30 samples: the training part covers 2 of the 3 classes"
                + " and the held-out part 2; shuffle the data first, e.g. data.shuffle()"), progress.warnings);
    }

    @Test
    void trainingOnAnUnshuffledSplitThatMissesAClassIsWarnedAbout() {
        seed(0);
        RecordingProgress progress = new RecordingProgress();
        // spiral lists its samples class by class: the first 80% never shows class 2
        Dataset train = spiral(10, 3).split(0.6).train();
        net().dense(2, 3).softmax().fit(train, 1, recordedBy(progress));
        assertEquals(List.of("the data has no sample of class 2 (it holds 2 of its 3 classes), so the net cannot learn it;"
                + " if it is part of a split, shuffle before splitting (split keeps the order), e.g. data.shuffle().split(0.8)"),
                progress.warnings);
        RecordingProgress shuffled = new RecordingProgress();
        net().dense(2, 3).softmax().fit(spiral(10, 3).shuffle().split(0.6).train(), 1, recordedBy(shuffled));
        assertEquals(List.of(), shuffled.warnings);
    }

    @Test
    void mseOnASoftmaxNetIsWarnedAboutOnce() {
        seed(0);
        RecordingProgress progress = new RecordingProgress();
        net().dense(2, 3).softmax().fit(spiral(10, 3), 1, recordedBy(progress).loss(Losses.mse()));
        assertEquals(List.of("the net ends in softmax but trains on mse; crossEntropy is the loss for class probabilities"),
                progress.warnings);
    }

    @Test
    void aRejectedFitOrStepLeavesTheNetAsItWas() {
        seed(0);
        Dataset d = xor(20);
        Net m = net().dense(2, 4).relu().dense(4, 1).sigmoid();
        assertThrows(ShapeException.class, () -> m.fit(iris(), 10, sgd(0.5), FitOptions.DEFAULT.loss(Losses.mse())));
        assertThrows(ShapeException.class, () -> m.step(iris()));
        assertNull(m.optimizer());
        assertEquals("binaryCrossEntropy", m.loss().name());
        assertEquals(3, m.predict(d.x().rows(0, 3)).length);
    }

    @Test
    void anOptimizerTrainsOneNetOnly() {
        seed(0);
        Dataset d = spiral(10, 3);
        Optimizer opt = adam(0.05);
        Net first = net().dense(2, 3).softmax();
        first.fit(d, 2, opt, FitOptions.DEFAULT.quiet());
        first.fit(d, 2, opt, FitOptions.DEFAULT.quiet());
        assertSame(opt, first.optimizer());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net().dense(2, 3).softmax().fit(d, 2, opt, FitOptions.DEFAULT.quiet()));
        assertEquals("fit: this adam(0.05) already trains another net, and its 4 steps and state belong to that one;"
                + " give this net an optimizer of its own, e.g. adam(0.05)", e.getMessage());
    }

    @Test
    void aRejectedLayerTakesNoLabelNumber() {
        Net n = net().dense(2, 4);
        assertThrows(ShapeException.class, () -> n.dense(3, 3));
        n.dense(4, 3).softmax();
        assertEquals("dense #2", n.layer(1).label());
    }

    @Test
    void predictKnowsRegressionNetsOfAnyWidth() {
        Net two = net().dense(1, 4).tanh().dense(4, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> two.predict(ones(2, 1)));
        assertTrue(e.getMessage().startsWith("predict: this net regresses 2 values (it ends in linear and trains on mse)"),
                e.getMessage());
        assertEquals(2, net().dense(1, 2).softmax().predict(ones(2, 1)).length, "classes, whatever the loss");
        IllegalStateException empty = assertThrows(IllegalStateException.class, () -> net().predict(ones(1, 2)));
        assertTrue(empty.getMessage().startsWith("predict: the net has no layers"), empty.getMessage());
    }

    @Test
    void anActivationOfOnesOwnNamedLikeNnshsKeepsItsOwnBackward() {
        // fused by name: a user's "sigmoid" (here one whose backward passes nothing) was skipped for (p − t)/(n·k)
        Activation frozen = new Activation() {
            @Override
            public String name() {
                return "sigmoid";
            }

            @Override
            public void forward(double[][] x, double[][] y, int rows) {
                Activations.sigmoid().forward(x, y, rows);
            }

            @Override
            public void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows) {
                for (int i = 0; i < rows; i++) {
                    java.util.Arrays.fill(dX[i], 0);
                }
            }
        };
        seed(0);
        Net m = net().dense(2, 1).activation(frozen);
        Matrix before = ((Dense) m.layer(0)).weights();
        m.fit(xor(20), 5, sgd(1.0), FitOptions.DEFAULT.quiet());
        assertEquals(before.toString(), ((Dense) m.layer(0)).weights().toString());
    }
}
