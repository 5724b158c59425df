package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.spiral;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nnsh.data.Dataset;
import org.nnsh.tensor.Matrix;

/**
 * What fit options do to a fit: quiet keeps the warnings only, and validation(fraction) on data
 * too small for it says how the samples split and what is needed.
 */
class FitOptionsTest {
    /** Writes down what it is told, one word per call. */
    private static final class Recorder implements TrainingProgress {
        final List<String> calls = new ArrayList<>();

        @Override
        public void started(int epochs, int every) {
            calls.add("started");
        }

        @Override
        public void warning(String message) {
            calls.add("warning");
        }

        @Override
        public void epochEnded(History history) {
            calls.add("epoch");
        }

        @Override
        public void finished(History history) {
            calls.add("finished");
        }
    }

    private static void tell(TrainingProgress progress) {
        History history = new History(1, false);
        progress.warning("w");
        progress.started(1, 1);
        progress.epochEnded(history);
        progress.finished(history);
    }

    @Test
    void quietKeepsTheWarningsOnly() {
        Recorder recorder = new Recorder();
        tell(FitOptions.DEFAULT.progress(recorder).batchSize(4).quiet().every(2).progress());
        assertEquals(List.of("warning"), recorder.calls);
    }

    @Test
    void aProgressGivenAfterQuietReportsEverything() {
        Recorder recorder = new Recorder();
        tell(FitOptions.DEFAULT.quiet().progress(recorder).progress());
        assertEquals(List.of("warning", "started", "epoch", "finished"), recorder.calls);
    }

    private static String fitError(Dataset data, double fraction) {
        Net model = net().dense(2, 3).softmax();
        FitOptions options = FitOptions.DEFAULT.validation(fraction).quiet();
        return assertThrows(IllegalArgumentException.class, () -> model.fit(data, 2, options)).getMessage();
    }

    @Test
    void fractionLeavingNothingToTrainOnSaysSo() {
        assertEquals("fit: validation(0.99) splits the 6 samples into 0 for training and 6 for validation, but each part"
                + " needs at least 1 sample (use a smaller fraction, or more data)", fitError(spiral(2, 3), 0.99));
    }

    @Test
    void fractionHoldingNothingOutSaysSo() {
        // the fraction as the options print it, validation(1e-20), not Java's 1.0E-20
        assertEquals("fit: validation(1e-20) splits the 3 samples into 3 for training and 0 for validation, but each"
                + " part needs at least 1 sample (use a larger fraction, or more data)", fitError(spiral(1, 3), 1e-20));
    }

    @Test
    void theHeldOutPartIsCountedAsKerasCountsIt() {
        // Keras: split_at = int(len(x) * (1 - validation_split)), so 10 samples at 0.25 train on 7 and 0.15 on 8
        Dataset ten = Dataset.of(Matrix.zeros(10, 2), new int[] {0, 1, 2, 0, 1, 2, 0, 1, 2, 0});
        assertEquals(7, FitOptions.DEFAULT.validation(0.25).validationSplit(ten).train().size());
        assertEquals(8, FitOptions.DEFAULT.validation(0.15).validationSplit(ten).train().size());
        assertEquals(2, ten.split(0.25).train().size(), "split counts as sklearn: floor(0.25·10)");
        assertThrows(IllegalArgumentException.class, () -> ten.split(0.01));
    }

    @Test
    void oneSampleCannotBeSplitAtAll() {
        Dataset one = Dataset.of(Matrix.of(new double[] {0, 1}), new int[] {0});
        assertEquals("fit: validation(0.5) splits the 1 sample into 0 for training and 1 for validation, but each part"
                + " needs at least 1 sample (a split needs at least 2 samples)", fitError(one, 0.5));
    }

    @Test
    void fractionThatLeavesBothPartsSamplesTrains() {
        Net model = net().dense(2, 3).softmax();
        History history = model.fit(spiral(1, 3), 1, FitOptions.DEFAULT.validation(0.4).quiet());
        assertEquals(1, history.loss().length);
    }

    @Test
    void printsAsTheCallsThatMakeThem() {
        // printed as org.nnsh.nn.FitOptions@6d06d69c
        assertEquals("FitOptions.DEFAULT", FitOptions.DEFAULT.toString());
        assertEquals("batchSize(32).validation(0.2).every(10).quiet()",
                FitOptions.DEFAULT.quiet().every(10).validation(0.2).batchSize(32).toString());
        assertEquals("batchSize(8).shuffle(false).loss(mae)", FitOptions.DEFAULT.batchSize(8).shuffle(false)
                .loss(Losses.mae()).toString());
        assertEquals("validation(Dataset 6×2, 3 classes).progress(…)", FitOptions.DEFAULT.validation(spiral(2, 3))
                .progress(TrainingProgress.SILENT).toString());
    }

    @Test
    void aNullArgumentSaysWhatToPassInstead() {
        // said only 'validation: data', 'loss' and 'progress'
        var e = assertThrows(NullPointerException.class, () -> FitOptions.DEFAULT.validation((Dataset) null));
        assertEquals("validation: the dataset is null; pass one, or a fraction to hold out, e.g. validation(0.2)", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> FitOptions.DEFAULT.loss(null));
        assertEquals("loss: the loss is null; pass one, e.g. loss(Losses.mae())", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> FitOptions.DEFAULT.progress(null));
        assertEquals("progress: the progress is null; pass one, or quiet() for none", e.getMessage());
    }

    @Test
    void aLossWithoutANameIsAnErrorSayingSo() {
        // a null name was a bare NullPointerException from fit's check of the loss against the final activation
        for (String name : new String[] {null, ""}) {
            Loss nameless = new Loss() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public double value(Matrix yPred, Matrix target) {
                    return Losses.mse().value(yPred, target);
                }

                @Override
                public Matrix gradient(Matrix yPred, Matrix target) {
                    return Losses.mse().gradient(yPred, target);
                }
            };
            var e = assertThrows(IllegalArgumentException.class, () -> FitOptions.DEFAULT.loss(nameless));
            assertEquals("loss: the loss's name() is " + (name == null ? "null" : "blank") + "; a Loss needs a name,"
                    + " which warnings and messages show, e.g. \"huber\"", e.getMessage());
        }
    }
}
