package org.nnsh.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.crossEntropy;
import static org.nnsh.Nnsh.leakyRelu;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.relu;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sigmoid;
import static org.nnsh.Nnsh.softmax;
import static org.nnsh.Nnsh.spiral;
import static org.nnsh.Nnsh.tanh;
import static org.nnsh.Nnsh.vector;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nnsh.nn.Dense;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.ShapeException;

/** Every figure of seed 001 (softmax, ReLU, sigmoid, tanh, leaky ReLU), and the correct values where it is wrong. */
class Seed001ActivationFunctionsTest {
    private static List<Double> rounded6(Matrix m) {
        return m.round(6).toList();
    }

    @Test
    void softmaxFromScratchAndStable() {
        Matrix output = vector(5, 2, 0, -2);
        // the notebook's first version: E ** i with E = 2.718281828459045, one digit off np.exp(i)
        Matrix powers = output.map(i -> Math.pow(Math.E, i));
        assertEquals(List.of(148.41315910257657, 7.3890560989306495, 1.0, 0.1353352832366127), powers.toList());
        assertEquals(List.of(0.945683, 0.047083, 0.006372, 0.000862), rounded6(powers.div(powers.sum())));
        assertEquals(1.0000000000000002, powers.div(powers.sum()).sum());
        Matrix normalized = output.exp().div(output.exp().sum());
        assertEquals(List.of(0.945683, 0.047083, 0.006372, 0.000862), rounded6(normalized));
        assertEquals(1.0000000000000002, normalized.sum());
        assertEquals(List.of(0.945683, 0.047083, 0.006372, 0.000862), rounded6(softmax(output)));
        assertEquals(1.0000000000000002, softmax(output).sum());
    }

    @Test
    void softmaxOfTheBookExample() {
        Matrix p = softmax(vector(4.8, 1.21, 2.385));
        assertEquals("[0.89528266 0.02470831 0.08000903]", p.toString());
        assertEquals(0.9999999999999999, p.sum());
    }

    @Test
    void softmaxIsShiftInvariant() {
        assertEquals(List.of(0.090031, 0.244728, 0.665241), rounded6(softmax(vector(-2, -1, 0))));
        assertEquals(List.of(0.090031, 0.244728, 0.665241), rounded6(softmax(vector(1, 2, 3))));
        assertEquals(List.of(0.186324, 0.307196, 0.50648), rounded6(softmax(vector(0.5, 1.0, 1.5))));
    }

    @Test
    void denseLayerShapesAndTheLossTheNotebookMeant() {
        seed(0);
        var data = spiral(100, 3);
        assertEquals("(300, 2)", data.x().shapeString());
        assertEquals(300, data.y().length);
        var model = net().dense(2, 3);
        Dense dense = (Dense) model.layer(0);
        assertEquals("(2, 3)", dense.weights().shapeString());
        assertEquals("(1, 3)", dense.biases().shapeString());
        Matrix predictions = model.softmax().forward(data.x());
        assertEquals("(300, 3)", predictions.shapeString());
        assertEquals(300, predictions.argmax().length);
        // The notebook passed np.array([y]), shape (1, 300), and crashed; one label per row is right.
        // Reference: the same steps in numpy after np.random.seed(0).
        assertEquals(1.0984650325112766, crossEntropy(predictions, data.y()), 0.0);
        var e = assertThrows(IllegalArgumentException.class, () -> crossEntropy(predictions, new int[] {0}));
        assertEquals("crossEntropy: 1 label for 300 predictions (shape (300, 3)); expected one label per row", e.getMessage());
        // the notebook's own call: the labels wrapped as np.array([y]), a 1×300 matrix
        Matrix labelsRow = Matrix.of(new double[][] {Arrays.stream(data.y()).asDoubleStream().toArray()});
        var wrapped = assertThrows(ShapeException.class, () -> crossEntropy(predictions, labelsRow));
        assertEquals("crossEntropy: one-hot targets of shape (1, 300) do not match predictions of shape (300, 3);"
                + " for 300 class labels pass an int[] (such as a Dataset's y())", wrapped.getMessage());
        var column = assertThrows(ShapeException.class, () -> crossEntropy(predictions, labelsRow.T()));
        assertTrue(column.getMessage().endsWith("pass an int[] (such as a Dataset's y())"), column.getMessage());
        // a 1×300 row that is not labels (a 3 is no class of 3) gets no such advice
        var notLabels = assertThrows(ShapeException.class, () -> crossEntropy(predictions, labelsRow.plus(1)));
        assertEquals("crossEntropy: one-hot targets of shape (1, 300) do not match predictions of shape (300, 3)",
                notLabels.getMessage());
    }

    @Test
    void reluSigmoidLeaky() {
        assertEquals(List.of(0.0, 0.0, 1.0, 2.0), relu(vector(-1, 0, 1, 2)).toList());
        assertEquals("[0.26894142 0.5        0.73105858 0.88079708]", sigmoid(vector(-1, 0, 1, 2)).toString());
        assertEquals(List.of(0.268941, 0.5, 0.731059, 0.880797), rounded6(sigmoid(vector(-1, 0, 1, 2))));
        assertEquals("[-0.01  0.    1.    2.  ]", leakyRelu(vector(-1, 0, 1, 2)).toString());
    }

    @Test
    void tanhIsTanhNotTheNotebooksFormula() {
        Matrix x = vector(-1, 0, 1, 2);
        assertEquals(List.of(-0.761594, 0.0, 0.761594, 0.964028), rounded6(tanh(x)));
        // the notebook's manual code, (tanh(x) − 1)/(tanh(x) + 1), is −e^(−2x): not what it printed
        Matrix notebook = tanh(x).minus(1).div(tanh(x).plus(1));
        assertTrue(notebook.allClose(x.times(-2).exp().neg(), 1e-12));
        assertTrue(!notebook.allClose(tanh(x), 1e-3));
        assertEquals(List.of(-7.389056, -1.0, -0.135335, -0.018316), rounded6(notebook));
    }

    @Test
    void wrongShapesAreNamed() {
        assertThrows(ShapeException.class, () -> crossEntropy(Matrix.zeros(1, 300), new int[300]));
    }
}
