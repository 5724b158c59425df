package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.batchSize;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.quiet;
import static org.nnsh.Nnsh.randn;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sgd;
import static org.nnsh.Nnsh.sine;
import static org.nnsh.Nnsh.spiral;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.nnsh.data.Dataset;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.ShapeException;

class TrainingTest {
    /** Records what a fit reports. */
    @Test
    void aSpiralNetLearnsAndRecordsEveryEpoch() {
        seed(0);
        Dataset data = spiral(100, 3);
        Net model = net().dense(2, 64).relu().dense(64, 3).softmax();
        History h = model.fit(data, 1000, adam(0.05).decay(5e-7), quiet());
        assertEquals(1000, h.epochs());
        assertEquals(1000, h.loss().length);
        assertEquals(Math.log(3), h.loss()[0], 1e-3);
        assertTrue(h.lastLoss() < 0.4, "loss " + h.lastLoss());
        assertTrue(h.lastAccuracy() > 0.8, "accuracy " + h.lastAccuracy());
        assertEquals(0.05 / (1 + 5e-7 * 999), h.lr()[999], 1e-17);
        assertSame(h, model.history());
        assertEquals(0, h.valLoss().length);
    }

    @Test
    void evaluateScoresWithoutChangingTheWeights() {
        seed(0);
        Dataset data = spiral(50, 3);
        Net model = net().dense(2, 16).relu().dense(16, 3).softmax();
        model.fit(data, 50, adam(0.05), quiet());
        Matrix before = ((Dense) model.layer(0)).weights();
        Score score = model.evaluate(data);
        assertEquals(before, ((Dense) model.layer(0)).weights());
        Matrix p = model.forward(data.x());
        assertEquals(Losses.crossEntropy(p, data.y()), score.loss(), 1e-15);
        assertEquals(Metrics.accuracy(p, data.y()), score.accuracy(), 0);
    }

    /**
     * k sigmoids on class labels learn the labels' one-hot rows (one-vs-rest) and are scored as the classes
     * they pick, by argmax. Keras' "accuracy" beside binary_crossentropy would be binary accuracy over all k
     * outputs, which scores a net that predicts no class at all (k − 1)/k: 0.67 on the spiral.
     */
    @Test
    void sigmoidsOnClassLabelsAreScoredByTheClassTheyPickNotPerOutput() {
        seed(0);
        Dataset data = spiral(50, 3);
        Net model = net().dense(2, 16).relu().dense(16, 3).sigmoid();
        model.fit(data, 30, adam(0.05), quiet());
        Matrix p = model.forward(data.x());
        Score score = model.evaluate(data);
        assertEquals(Metrics.accuracy(p, data.y()), score.accuracy(), 0);
        assertNotEquals(Metrics.binaryAccuracy(p, data.oneHot()), score.accuracy());
        assertEquals(Losses.binaryCrossEntropy(p, data.oneHot()), score.loss(), 1e-15);
    }

    @Test
    void stepScoresBeforeOneUpdateAndLeavesGradientsToInspect() {
        seed(0);
        Dataset data = spiral(20, 3);
        Net model = net().dense(2, 4).relu().dense(4, 3).softmax();
        Matrix p = model.forward(data.x());
        Dense first = (Dense) model.layer(0);
        Matrix w = first.weights();
        Score score = model.step(data);
        assertEquals(Losses.crossEntropy(p, data.y()), score.loss(), 1e-15);
        assertNotEquals(w, first.weights());
        assertEquals(2, first.params().get(0).grad().rows());
        assertEquals(p, model.layer(3).output());
        assertEquals(1, model.optimizer().iterations());
    }

    @Test
    void aStepSplitInTwoHalvesLeavesEveryRowsOutputToInspect() {
        seed(0);
        Dataset data = spiral(100, 3);
        Net model = net().dense(2, 64).relu().dense(64, 3).softmax();
        assertTrue(data.size() * model.paramCount() >= Trainer.SPLIT_WORK, "the spiral net's full batch is split");
        Dense first = (Dense) model.layer(0);
        Matrix before = data.x().dot(first.weights()).plus(first.biases());
        model.fit(data, 1, quiet());
        assertEquals(before, first.output());
        assertEquals(300, model.layer(3).output().rows());
    }

    @Test
    void aStepSplitInTwoHalvesMovesTheWeightsAsAWholeStepDoes() {
        Net[] nets = new Net[2];
        Dataset data = null;
        for (int k = 0; k < 2; k++) {
            seed(0);
            data = spiral(100, 3);
            nets[k] = net().dense(2, 64).l1(1e-3, 2e-3).l2(5e-4, 1e-3).relu().dense(64, 3).l2(1e-3).softmax();
        }
        assertTrue(data.size() * nets[0].paramCount() >= Trainer.SPLIT_WORK, "fit splits the spiral net's full batch");
        History split = nets[0].fit(data, 1, sgd(1.0), quiet());
        nets[1].fit(data, 0, sgd(1.0), quiet());
        Score whole = nets[1].step(data);
        assertEquals(whole.loss(), split.loss()[0], 1e-15);
        assertEquals(whole.accuracy(), split.accuracy()[0], 0);
        for (int l : new int[] {0, 2}) {
            Matrix a = ((Dense) nets[0].layer(l)).weights();
            Matrix b = ((Dense) nets[1].layer(l)).weights();
            assertTrue(a.minus(b).abs().max() < 1e-15, "layer " + l + " differs by " + a.minus(b).abs().max());
            Matrix c = ((Dense) nets[0].layer(l)).biases();
            Matrix d = ((Dense) nets[1].layer(l)).biases();
            assertTrue(c.minus(d).abs().max() < 1e-15, "layer " + l + " biases differ by " + c.minus(d).abs().max());
        }
    }

    @Test
    void whicheverThreadRunsEachHalfTheNumbersAreTheSame() {
        // long enough, on a busy machine, for the caller to take over some halves
        int epochs = 1500;
        double[] losses = null;
        Matrix weights = null;
        for (int run = 0; run < 3; run++) {
            seed(0);
            Dataset data = spiral(100, 3);
            Net model = net().dense(2, 64).relu().dense(64, 3).softmax();
            History h = model.fit(data, epochs, adam(0.05).decay(5e-7), quiet());
            if (losses == null) {
                losses = h.loss();
                weights = ((Dense) model.layer(2)).weights();
            } else {
                assertArrayEquals(losses, h.loss(), 0.0);
                assertEquals(weights, ((Dense) model.layer(2)).weights());
            }
        }
    }

    @Test
    void theFinalActivationImpliesTheLoss() {
        assertEquals("crossEntropy", net().dense(2, 3).softmax().loss().name());
        assertEquals("nll", net().dense(2, 3).logSoftmax().loss().name());
        assertEquals("binaryCrossEntropy", net().dense(2, 1).sigmoid().loss().name());
        assertEquals("mse", net().dense(1, 1).linear().loss().name());
        assertEquals("mse", net().dense(1, 1).loss().name());
    }

    @Test
    void aRegressionNetPredictsValuesThroughForwardNotClasses() {
        var e = assertThrows(IllegalStateException.class, () -> net().dense(1, 1).predict(Matrix.of(new double[] {1})));
        assertEquals("predict: this net regresses one value (it ends in linear and trains on mse), so it has no"
                + " classes; forward(x) gives its predictions", e.getMessage());
        assertEquals(1, net().dense(2, 1).sigmoid().predict(Matrix.of(new double[] {0, 0})).length);
    }

    @Test
    void regressionOnSineLearnsTheCurve() {
        seed(0);
        Dataset data = sine(200);
        Net model = net().dense(1, 32).relu().dense(32, 32).relu().dense(32, 1).linear();
        History h = model.fit(data, 500, adam(0.005).decay(1e-3), quiet());
        assertTrue(h.lastLoss() < 0.1 * h.loss()[0], "first " + h.loss()[0] + ", last " + h.lastLoss());
    }

    @Test
    void aBinarySigmoidNetTrainsOnZeroOneLabels() {
        seed(0);
        Dataset data = spiral(100, 2);
        Net model = net().dense(2, 32).l2(5e-4).relu().dense(32, 1).sigmoid();
        History h = model.fit(data, 1000, adam(0.02), quiet());
        assertTrue(h.lastAccuracy() > 0.8, "accuracy " + h.lastAccuracy());
        double penalty = ((Dense) model.layer(0)).regularizationLoss();
        assertTrue(penalty > 0);
        assertEquals(Losses.binaryCrossEntropy(model.forward(data.x()), labelsColumn(data)) + penalty,
                model.evaluate(data).loss(), 1e-12);
    }

    @Test
    void miniBatchesAreShuffledFromTheGlobalStream() {
        seed(0);
        Dataset data = spiral(40, 3);
        Net a = net().dense(2, 8).relu().dense(8, 3).softmax();
        History h = a.fit(data, 5, sgd(0.5), batchSize(16).quiet());
        assertEquals(5, h.epochs());
        assertEquals(5 * 8, a.optimizer().iterations(), "ceil(120/16) = 8 steps per epoch");
        seed(0);
        spiral(40, 3);
        Net b = net().dense(2, 8).relu().dense(8, 3).softmax();
        assertArrayEquals(h.loss(), b.fit(data, 5, sgd(0.5), batchSize(16).quiet()).loss());
    }

    @Test
    void anEpochsAccuracyIsItsHitsOverItsSamples() {
        // it was the mean of the batches' accuracies weighted by their rows, Σ (hᵢ/49)·49 / 155, an ulp off
        // 2/155 here, where the book's calculate_accumulated and Keras' accuracy metric divide the hit count
        seed(0);
        Matrix x = randn(155, 2);
        Net model = net().dense(2, 2).softmax();
        int[] predicted = model.predict(x);
        int[] labels = new int[x.rows()];
        for (int i = 0; i < labels.length; i++) {
            // right in the first two batches' first rows only; a tiny step changes no prediction
            labels[i] = i == 0 || i == 49 ? predicted[i] : 1 - predicted[i];
        }
        History h = model.fit(Dataset.of(x, labels), 1, sgd(1e-9), batchSize(49).shuffle(false).quiet());
        assertEquals(2.0 / 155, h.accuracy()[0], 0);
    }

    @Test
    void validationIsMeasuredAfterEachEpoch() {
        seed(0);
        Dataset data = spiral(50, 3).shuffle();
        RecordingProgress recorder = new RecordingProgress();
        History h = net().dense(2, 8).relu().dense(8, 3).softmax()
                .fit(data, 20, adam(0.05), FitOptions.DEFAULT.validation(0.2).progress(recorder));
        assertEquals(20, h.valLoss().length);
        assertEquals(20, h.valAccuracy().length);
        assertTrue(h.valLoss()[19] < h.valLoss()[0]);
        assertEquals(20, recorder.epochsSeen);
        assertTrue(recorder.finished);
        assertEquals(List.of(), recorder.warnings);
    }

    @Test
    void likelyMistakesGetAOneLineWarning() {
        seed(0);
        RecordingProgress unsorted = new RecordingProgress();
        net().dense(2, 3).softmax().fit(spiral(20, 3), 1, FitOptions.DEFAULT.validation(0.2).progress(unsorted));
        assertEquals(List.of("validation(0.2) holds out the last 12 samples: the training part covers 3 of the 3 classes"
                + " and the held-out part 1; shuffle the data first, e.g. data.shuffle()"), unsorted.warnings);

        RecordingProgress logits = new RecordingProgress();
        net().dense(2, 3).fit(spiral(20, 3), 1, FitOptions.DEFAULT.loss(Losses.crossEntropy()).progress(logits));
        assertEquals(List.of("crossEntropy expects probabilities, but the net ends in linear (its outputs are not"
                + " probabilities): end with .softmax()"), logits.warnings);

        RecordingProgress sigmoid = new RecordingProgress();
        net().dense(2, 3).sigmoid().fit(spiral(20, 3), 1, FitOptions.DEFAULT.loss(Losses.crossEntropy()).progress(sigmoid));
        // it said a sigmoid's outputs "are not probabilities"
        assertEquals(List.of("crossEntropy expects probabilities, but the net ends in sigmoid (its outputs do not sum to 1"
                + " over the classes): end with .softmax()"), sigmoid.warnings);

        RecordingProgress nll = new RecordingProgress();
        net().dense(2, 3).softmax().fit(spiral(20, 3), 1, FitOptions.DEFAULT.loss(Losses.nll()).progress(nll));
        assertEquals(List.of("nll expects log-probabilities, but the net ends in softmax: use crossEntropy, or end in"
                + " logSoftmax"), nll.warnings);

        RecordingProgress linear = new RecordingProgress();
        net().dense(2, 3).fit(spiral(20, 3), 1, FitOptions.DEFAULT.progress(linear));
        assertEquals(List.of("the data has 3 classes but the net ends in linear and trains on mse: end with"
                + " .softmax() to learn class probabilities with crossEntropy"), linear.warnings);

        RecordingProgress oneClass = new RecordingProgress();
        net().dense(2, 3).fit(Dataset.of(Matrix.zeros(4, 2), new int[4]), 1, FitOptions.DEFAULT.progress(oneClass));
        assertTrue(oneClass.warnings.get(0).startsWith("the data has 1 class but the net ends in linear"), oneClass.warnings.toString());
    }

    @Test
    void labelsThatDoNotFitTheOutputAreErrors() {
        seed(0);
        var tooFew = assertThrows(IllegalArgumentException.class,
                () -> net().dense(2, 2).softmax().fit(spiral(5, 3), 1, quiet()));
        // the labels the net takes and the width the data needs, not only that the label does not fit
        assertEquals("fit: label 2 at row 10 is out of range for a net with 2 outputs, which take labels 0 … 1; for 3"
                + " classes end with dense(…, 3)", tooFew.getMessage());
        var binary = assertThrows(IllegalArgumentException.class,
                () -> net().dense(2, 1).sigmoid().fit(spiral(5, 3), 1, quiet()));
        assertEquals("fit: a net with 1 output learns 0/1 labels, but row 10 has label 2; for 3 classes end with"
                + " dense(…, 3).softmax()", binary.getMessage());
        var width = assertThrows(ShapeException.class, () -> net().dense(3, 2).softmax().fit(spiral(5, 2), 1, quiet()));
        assertEquals("fit: the net expects 3 inputs, but the data has 2 columns (Dataset 10×2, 2 classes)", width.getMessage());
        var targets = assertThrows(ShapeException.class, () -> net().dense(1, 2).fit(sine(10), 1, quiet()));
        // "1 columns" before
        assertEquals("fit: the targets have 1 column but the net outputs 2", targets.getMessage());
        var oneColumn = assertThrows(ShapeException.class, () -> net().dense(2, 1).fit(sine(10), 1, quiet()));
        assertEquals("fit: the net expects 2 inputs, but the data has 1 column (Dataset 10×1 → 1 target)",
                oneColumn.getMessage());
    }

    @Test
    void anInterruptStopsAfterTheCurrentStepAndKeepsTheHistory() throws InterruptedException {
        seed(0);
        Dataset data = spiral(30, 3);
        Net model = net().dense(2, 8).relu().dense(8, 3).softmax();
        AtomicReference<History> result = new AtomicReference<>();
        TrainingProgress interruptAtTen = new TrainingProgress() {
            @Override
            public void epochEnded(History history) {
                if (history.epochs() == 10) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Thread trainer = new Thread(() -> result.set(
                model.fit(data, 1_000_000, adam(0.01), FitOptions.DEFAULT.progress(interruptAtTen))));
        trainer.start();
        trainer.join(10_000);
        assertFalse(trainer.isAlive());
        assertTrue(result.get().stopped());
        assertEquals(10, result.get().epochs());
        assertSame(result.get(), model.history());
        assertEquals(10, model.optimizer().iterations());
    }

    @Test
    void gradCheckPassesOnEveryLayerType() {
        seed(3);
        // random inputs: a spiral starts at the origin, where zero biases put every unit on a kink
        Dataset data = Dataset.of(randn(12, 2), new int[] {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2});
        // He-scaled weights keep pre-activations far from ReLU-like kinks, which differences would straddle
        Net model = net().dense(2, 6).he().l1(1e-3, 0).l2(2e-3, 1e-3).tanh().dense(6, 5).he().leakyRelu(0.1)
                .dropout(0.2).dense(5, 4).glorot().sigmoid().dense(4, 6).he().elu().dense(6, 3).he().softmax();
        NetGradCheck check = model.gradCheck(data);
        assertEquals(10, check.entries().size());
        assertTrue(check.passes(), check.toString());
        Net logSoftmax = net().dense(2, 4).softplus().dense(4, 3).logSoftmax();
        assertTrue(logSoftmax.gradCheck(data).passes());
        Net gelus = net().dense(2, 4).he().geluTanh().dense(4, 4).he().gelu().dense(4, 3).he().elu(0.5).dense(3, 3).softmax();
        assertTrue(gelus.gradCheck(data).passes(), gelus.gradCheck(data).toString());
        Net regression = net().dense(1, 4).silu().dense(4, 1);
        assertTrue(regression.gradCheck(sine(7)).passes());
    }

    @Test
    void dropoutScalesWhatItKeepsWhileTrainingAndPassesThroughOtherwise() {
        seed(0);
        Dropout dropout = new Dropout("dropout #1", 0.25);
        double[][] x = Matrix.ones(200, 50).toArray();
        assertSame(x, dropout.forward(x, 200, false));
        double[][] y = dropout.forward(x, 200, true);
        int kept = 0;
        for (double[] row : y) {
            for (double v : row) {
                assertTrue(v == 0 || v == 1 / 0.75, "value " + v);
                kept += v == 0 ? 0 : 1;
            }
        }
        assertEquals(0.75, kept / 10_000.0, 0.02);
        double[][] dX = dropout.backward(Matrix.ones(200, 50).toArray(), 200, true);
        assertArrayEquals(y[7], dX[7]);
        var e = assertThrows(IllegalArgumentException.class, () -> net().dense(2, 2).dropout(1));
        assertEquals("dropout #1: rate must be in [0, 1), got 1.0", e.getMessage());
    }

    @Test
    void regularisersAndInitialisersNeedADenseLayer() {
        var e = assertThrows(IllegalStateException.class, () -> net().l2(1e-3));
        assertEquals("l2: there is no dense layer to apply it to; add one first, e.g. net().dense(2, 64)", e.getMessage());
        var negative = assertThrows(IllegalArgumentException.class, () -> net().dense(2, 2).l1(-1));
        assertEquals("dense #1: l1 penalty must be a finite number ≥ 0, got -1.0", negative.getMessage());
    }

    @Test
    void heAndGlorotRedrawTheWeightsAtTheirScale() {
        seed(0);
        Dense he = (Dense) net().dense(400, 300).he().layer(0);
        assertEquals(Math.sqrt(2.0 / 400), he.weights().std(), 2e-3);
        Dense glorot = (Dense) net().dense(400, 300).glorot().layer(0);
        double limit = Math.sqrt(6.0 / 700);
        assertEquals(limit / Math.sqrt(3), glorot.weights().std(), 2e-3);
        assertTrue(glorot.weights().abs().max() <= limit);
    }

    @Test
    void aFullBatchEpochAllocatesAboutNothing() {
        seed(0);
        Dataset data = spiral(100, 3);
        Net model = net().dense(2, 64).relu().dense(64, 3).softmax();
        model.fit(data, 300, adam(0.01), quiet());
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        model.fit(data, 100, quiet());
        long small = threads.getCurrentThreadAllocatedBytes() - before;
        before = threads.getCurrentThreadAllocatedBytes();
        model.fit(data, 2100, quiet());
        long large = threads.getCurrentThreadAllocatedBytes() - before;
        // the history's own three doubles per epoch, and a few small objects; no copies of the data
        double perEpoch = (large - small) / 2000.0;
        assertTrue(perEpoch < 1024, perEpoch + " bytes per epoch");
    }

    @Test
    void aHugeEpochCountCostsNothingUpFront() {
        seed(0);
        Dataset data = spiral(10, 3);
        Net model = net().dense(2, 4).relu().dense(4, 3).softmax();
        TrainingProgress stopAt3000 = new TrainingProgress() {
            @Override
            public void epochEnded(History history) {
                if (history.epochs() == 3000) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        History h = model.fit(data, Integer.MAX_VALUE, adam(0.01), FitOptions.DEFAULT.progress(stopAt3000));
        assertTrue(Thread.interrupted());
        assertEquals(3000, h.loss().length);
        assertEquals(Integer.MAX_VALUE, h.planned());
        assertEquals(h.loss()[2999], h.lastLoss());
    }

    private static Matrix labelsColumn(Dataset data) {
        double[][] t = new double[data.size()][1];
        for (int i = 0; i < t.length; i++) {
            t[i][0] = data.y()[i];
        }
        return Matrix.wrap(t);
    }
}
