package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnsh.Nnsh;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.ShapeException;

/** Seed 002's Keras accuracy figures and the argmax accuracy of nnfs. */
class MetricsTest {
    @Test
    void seed002BinaryAccuracyOfSigmoidOutputs() {
        // K.mean(K.equal([0, 1, 1], K.round([0.4, 0.7, 0.3]))) printed as float32 0.6666667
        assertEquals(2.0 / 3, Nnsh.binaryAccuracy(Nnsh.vector(0.4, 0.7, 0.3), Nnsh.vector(0, 1, 1)), 1e-15);
    }

    @Test
    void seed002BinaryAccuracyOfSoftmaxOutputs() {
        // The notebook computes this cell's first value but prints only the last expression:
        // rounding gives [[0,1],[0,1],[0,1],[0,1]], which matches 4 of the 8 one-hot values.
        Matrix yTrue = Nnsh.matrix(new double[] {0, 1}, new double[] {1, 0}, new double[] {1, 0}, new double[] {0, 1});
        Matrix yPred = Nnsh.matrix(new double[] {0.4, 0.6}, new double[] {0.3, 0.7}, new double[] {0.05, 0.95},
                new double[] {0.33, 0.67});
        assertEquals(0.5, Nnsh.binaryAccuracy(yPred, yTrue));
        assertEquals(0.5, Nnsh.accuracy(yPred, yTrue), "argmax agrees on rows 0 and 3 of 4");
    }

    @Test
    void seed002CategoricalAccuracy() {
        Matrix yTrue = Nnsh.matrix(new double[] {0, 1, 0, 0}, new double[] {1, 0, 0, 0}, new double[] {0, 0, 1, 0});
        Matrix yPred = Nnsh.matrix(new double[] {0.4, 0.6, 0, 0}, new double[] {0.3, 0.2, 0.1, 0.4},
                new double[] {0.05, 0.35, 0.5, 0.1});
        assertEquals(2.0 / 3, Nnsh.accuracy(yPred, yTrue), 1e-15);
        assertEquals(2.0 / 3, Nnsh.accuracy(yPred, new int[] {1, 0, 2}), 1e-15);
    }

    @Test
    void thresholdIsStrict() {
        Matrix p = Nnsh.vector(0.5, 0.5, 0.8);
        assertEquals(2.0 / 3, Nnsh.binaryAccuracy(p, Nnsh.vector(0, 1, 1)), 1e-15);
        assertEquals(1.0, Nnsh.binaryAccuracy(p, Nnsh.vector(1, 1, 1), 0.4));
    }

    @Test
    void aSingleColumnIsOneSigmoidsClassOneAboveHalf() {
        // argmax of one column is always 0: labels all 0 scored 1.0 whatever the predictions, label 1 was "out of range"
        Matrix p = Matrix.wrap(new double[][] {{0.2}, {0.7}, {0.9}, {0.5}});
        // numpy: np.mean((np.array([0.2, 0.7, 0.9, 0.5]) > 0.5) == np.array([0, 1, 0, 0])) == 0.75
        assertEquals(0.75, Nnsh.accuracy(p, new int[] {0, 1, 0, 0}));
        assertEquals(0.5, Nnsh.accuracy(p, new int[] {0, 0, 0, 0}));
        assertEquals(0.75, Nnsh.accuracy(p, Matrix.wrap(new double[][] {{0}, {1}, {0}, {0}})));
        assertEquals("accuracy: label 2 at row 1 is out of range for 2 classes",
                assertThrows(IllegalArgumentException.class, () -> Nnsh.accuracy(p, new int[] {0, 2, 0, 0})).getMessage());
    }

    @Test
    void accuracyOfASigmoidNetsOutputIsWhatEvaluateReports() {
        Nnsh.seed(0);
        var data = Nnsh.spiral(50, 2);
        var model = Nnsh.net().dense(2, 16).relu().dense(16, 1).sigmoid();
        model.fit(data, 200, Nnsh.adam(0.02), Nnsh.quiet());
        double accuracy = Nnsh.accuracy(model.forward(data.x()), data.y());
        assertEquals(model.evaluate(data).accuracy(), accuracy, 1e-15);
        assertTrue(accuracy > 0.5 && accuracy < 1, "a figure between chance and perfect: " + accuracy);
    }

    @Test
    void aNanThresholdIsRefused() {
        // it scored every prediction as 0: 0.5 here, silently
        assertEquals("binaryAccuracy: the threshold is nan; expected a number such as 0.5",
                assertThrows(IllegalArgumentException.class,
                        () -> Nnsh.binaryAccuracy(Nnsh.vector(0.2, 0.8), Nnsh.vector(0, 1), Double.NaN)).getMessage());
    }

    @Test
    void tiesGoToTheFirstClass() {
        assertEquals(1.0, Nnsh.accuracy(Nnsh.matrix(new double[] {0.5, 0.5}), new int[] {0}));
    }

    @Test
    void aVectorOfOneSigmoidsOutputsAgainstItsLabelsSaysToTranspose() {
        // numpy's np.mean((p > 0.5) == y) on a 1-D p: here a vector is one row, and the message only counted them
        assertEquals("accuracy: 3 labels for 1 prediction (shape (3,)); expected one label per row;"
                + " a vector is one row: yPred.T() makes it 3 rows of one output", assertThrows(ShapeException.class,
                        () -> Nnsh.accuracy(Nnsh.vector(0.2, 0.8, 0.6), new int[] {0, 1, 1})).getMessage());
        assertEquals(1.0, Nnsh.accuracy(Nnsh.vector(0.2, 0.8, 0.6).T(), new int[] {0, 1, 1}));
        // a vector of k class scores for one sample is one row, rightly: no hint there
        assertEquals("accuracy: 2 labels for 1 prediction (shape (3,)); expected one label per row",
                assertThrows(ShapeException.class, () -> Nnsh.accuracy(Nnsh.vector(0.2, 0.8, 0.6), new int[] {0, 1}))
                        .getMessage());
    }

    @Test
    void messages() {
        assertEquals("accuracy: 2 labels for 3 predictions (shape (3, 2)); expected one label per row",
                assertThrows(ShapeException.class, () -> Nnsh.accuracy(Matrix.zeros(3, 2), new int[] {0, 1})).getMessage());
        assertEquals("binaryAccuracy: shapes (3,) and (2,) differ; expected yTrue of the predictions' shape",
                assertThrows(ShapeException.class,
                        () -> Nnsh.binaryAccuracy(Nnsh.vector(1, 2, 3), Nnsh.vector(1, 2))).getMessage());
    }
}
