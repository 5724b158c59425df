package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.randn;
import static org.nnsh.Nnsh.seed;

import org.junit.jupiter.api.Test;
import org.nnsh.Nnsh;
import org.nnsh.data.Dataset;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.NumpyRandom;
import org.nnsh.tensor.ShapeException;

class NetTest {
    @Test
    void aParamPrintsItsNameAndItsShapeTheRightWayRound() {
        Net m = net().dense(2, 64).relu().dense(64, 3);
        assertEquals("[dense #1 weights (2, 64), dense #1 biases (1, 64)]", m.layer(0).params().toString());
        assertEquals("dense #2 weights (64, 3)", m.layer(2).params().get(0).toString(), "kept as Wᵀ, shown as W");
    }

    @Test
    void denseDrawsScaledNormalWeightsWhenAdded() {
        seed(7);
        Dense dense = (Dense) net().dense(3, 4).layer(0);
        assertEquals(new NumpyRandom(7).randn(3, 4).times(0.01), dense.weights());
        assertEquals(Matrix.zeros(1, 4), dense.biases());
    }

    @Test
    void aNegativeLayerIndexCountsFromTheEndAsPythonsModelLayersDo() {
        // model.layers[-1] in Keras; layer(-1) was "out of range" though Matrix's row(-1) is the last row
        Net model = net().dense(2, 3).relu().dense(2).softmax();
        assertSame(model.layers().get(3), model.layer(-1));
        assertSame(model.layers().get(0), model.layer(-4));
    }

    @Test
    void aLayerIndexOutsideTheNetSaysWhichExist() {
        var e = assertThrows(IndexOutOfBoundsException.class, () -> net().dense(2, 3).layer(5));
        assertEquals("layer: index 5 is out of range for a net of 1 layer; expected 0 (or -1)", e.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> net().dense(2, 3).relu().layer(-3));
        assertEquals("layer: index -3 is out of range for a net of 2 layers; expected 0 … 1 (or -2 … -1 from the end)",
                e.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> net().layer(0));
        assertEquals("layer: index 0 is out of range for a net of 0 layers", e.getMessage());
    }

    @Test
    void forwardOfNoRowsKeepsTheOutputWidthAsNumpyDoes() {
        // a net of activations only has no width of its own: it was zeros(0, -1), 'negative dimensions'
        assertEquals("(0, 3)", net().relu().forward(Matrix.zeros(0, 3)).shapeString());
        assertEquals("(0, 4)", net().dense(2, 4).relu().forward(Matrix.zeros(0, 2)).shapeString());
        assertEquals("(0, 2)", net().relu().dense(3, 2).softmax().forward(Matrix.zeros(0, 3)).shapeString());
    }

    @Test
    void aLayersOutputOfNoRowsKeepsItsWidth() {
        // it was (0, 0): the layer read the width from a row it did not have
        Net model = net().relu().dense(3, 4).relu();
        model.forward(Matrix.zeros(2, 3));
        model.forward(Matrix.zeros(0, 3));
        assertEquals("(0, 3)", model.layer(0).output().shapeString());
        assertEquals("(0, 4)", model.layer(1).output().shapeString());
        assertEquals("(0, 4)", model.layer(2).output().shapeString());
    }

    @Test
    void forwardIsDenseThenActivation() {
        seed(1);
        Net model = net().dense(2, 3).relu();
        Dense dense = (Dense) model.layer(0);
        Matrix x = randn(5, 2);
        Matrix expected = x.dot(dense.weights()).plus(dense.biases()).maximum(0);
        assertTrue(model.forward(x).allClose(expected, 1e-15));
    }

    @Test
    void denseWithOneArgumentInfersItsInputs() {
        Net model = net().dense(2, 8).tanh().dense(3);
        assertEquals(8, ((Dense) model.layer(2)).inputs());
        var e = assertThrows(IllegalStateException.class, () -> net().dense(3));
        assertEquals("dense(3): the first dense layer needs its input width too, e.g. dense(2, 3)", e.getMessage());
    }

    @Test
    void wrongWidthsNameTheLayer() {
        var e = assertThrows(ShapeException.class, () -> net().dense(2, 64).relu().dense(32, 3));
        assertEquals("dense #2 takes 32 inputs, but the layer before it gives 64", e.getMessage());
        Net model = net().dense(2, 64).relu().dense(64, 3).softmax();
        e = assertThrows(ShapeException.class, () -> model.forward(Matrix.zeros(300, 3)));
        assertEquals("dense #1 expects 2 inputs, got a 300×3 matrix", e.getMessage());
    }

    @Test
    void anInputOfTheWrongWidthIsRefusedAlsoWhenTheNetStartsWithoutADenseLayer() {
        // the first layer checks nothing: the dense after it read the first 2 of 5 columns, without a word
        Net model = net().relu().dropout(0.5).dense(2, 3).softmax();
        var e = assertThrows(ShapeException.class, () -> model.forward(Matrix.ones(4, 5)));
        assertEquals("dense #1 expects 2 inputs, got a 4×5 matrix", e.getMessage());
        e = assertThrows(ShapeException.class, () -> model.predict(Matrix.ones(1, 1)));
        assertEquals("dense #1 expects 2 inputs, got a 1×1 matrix", e.getMessage());
        assertEquals(4, model.forward(Matrix.ones(4, 2)).rows());
    }

    @Test
    void aVectorGivenToAOneInputNetIsToldItIsOneRow() {
        Net model = net().dense(1, 4).relu().dense(4, 1);
        var e = assertThrows(ShapeException.class, () -> model.forward(Nnsh.vector(1, 2, 3)));
        assertEquals("dense #1 expects 1 input, got a 1×3 matrix (a vector is one row; .T() makes it 3 rows of one value)",
                e.getMessage());
        assertEquals(3, model.forward(Nnsh.vector(1, 2, 3).T()).rows());
        e = assertThrows(ShapeException.class, () -> net().dense(2, 1).forward(Nnsh.vector(1, 2, 3)));
        assertEquals("dense #1 expects 2 inputs, got a 1×3 matrix", e.getMessage(), "no hint where .T() would not fit either");
    }

    @Test
    void predictTakesArgmaxOrThresholdsASingleOutput() {
        seed(0);
        Net classifier = net().dense(2, 3).softmax();
        Matrix x = randn(4, 2);
        assertArrayEquals(classifier.forward(x).argmax(), classifier.predict(x));
        Net binary = net().dense(2, 1).sigmoid();
        for (int c : binary.predict(x)) {
            assertTrue(c == 0 || c == 1);
        }
    }

    @Test
    void summaryCountsParameters() {
        Net model = net().dense(2, 64).relu().dense(64, 3).softmax();
        assertEquals(387, model.paramCount());
        String table = model.summary().toString();
        assertTrue(table.contains("dense #1     (None, 64)        192"), table);
        assertTrue(table.contains("softmax #1   (None, 3)           0"), table);
        assertTrue(table.endsWith("Total params: 387"), table); // print adds the newline, as after numpy's str()
        assertEquals("Net(dense(2, 64) → relu → dense(64, 3) → softmax)", model.toString());
    }

    @Test
    void dropoutFirstDropsInputsAndShowsTheirWidth() {
        // it was refused ('dropout: the net has no layers yet'), though Keras takes Dropout on the inputs
        Net model = net().dropout(0.25).dense(2, 3).softmax();
        assertEquals("Net(dropout(0.25) → dense(2, 3) → softmax)", model.toString());
        String table = model.summary().toString();
        assertTrue(table.contains("dropout #1   (None, 2)           0"), table);
        // inference leaves the inputs alone: the output is softmax(x·W + b) of the dense layer
        Matrix x = Nnsh.matrix(new double[] {1, -2}, new double[] {0.5, 3});
        Dense dense = (Dense) model.layer(1);
        assertEquals(Activations.softmax().forward(x.dot(dense.weights()).plus(dense.biases())), model.forward(x));
        var e = assertThrows(ShapeException.class, () -> model.forward(Matrix.ones(4, 5)));
        assertEquals("dense #1 expects 2 inputs, got a 4×5 matrix", e.getMessage());
    }

    /** Parameters print in Python's repr, as the optimizers' do: Java's Double.toString gave leakyRelu(1.0E-20). */
    @Test
    void layerParametersPrintAsPythonFloats() {
        Net model = net().dense(2, 3).leakyRelu(1e-20).dropout(1e-5).activation(Activations.elu(0.5)).dense(3, 1).leakyRelu();
        assertEquals("Net(dense(2, 3) → leakyRelu(1e-20) → dropout(1e-05) → elu(0.5) → dense(3, 1) → leakyRelu(0.01))",
                model.toString());
    }

    @Test
    void emptyNetSaysWhatToDo() {
        var e = assertThrows(IllegalStateException.class, () -> net().forward(Matrix.zeros(1, 2)));
        assertEquals("forward: the net has no layers yet; add some, e.g. net().dense(2, 3).softmax()", e.getMessage());
    }

    @Test
    void aWidthOfOneIsNamedInTheSingular() {
        var e = assertThrows(ShapeException.class, () -> net().dense(1, 1).forward(Matrix.zeros(1, 2)));
        assertEquals("dense #1 expects 1 input, got a 1×2 matrix", e.getMessage());
        e = assertThrows(ShapeException.class, () -> net().dense(2, 3).dense(1, 2));
        assertEquals("dense #2 takes 1 input, but the layer before it gives 3", e.getMessage());
        e = assertThrows(ShapeException.class, () -> net().dense(1, 3).fit(Nnsh.spiral(5, 2), 1, Nnsh.adam(), FitOptions.DEFAULT.quiet()));
        assertEquals("fit: the net expects 1 input, but the data has 2 columns (Dataset 10×2, 2 classes)", e.getMessage());
        Dataset one = Dataset.regression(Matrix.zeros(1, 1), Matrix.zeros(1, 1));
        Optimizer sgd = Nnsh.sgd(0.1);
        net().dense(1, 1).fit(one, 1, sgd, FitOptions.DEFAULT.quiet());
        var bound = assertThrows(IllegalArgumentException.class, () -> net().dense(1, 1).fit(one, 1, sgd,
                FitOptions.DEFAULT.quiet()));
        assertTrue(bound.getMessage().contains("its 1 step and state"), bound.getMessage());
    }

    @Test
    void aNullActivationIsAnErrorNamingTheCall() {
        var e = assertThrows(NullPointerException.class, () -> net().dense(2, 3).activation(null));
        assertTrue(e.getMessage().startsWith("activation: the activation is null"), e.getMessage());
    }

    @Test
    void anActivationWithoutANameIsAnErrorSayingSo() {
        // a null name was a bare NullPointerException from String.indexOf, a blank one a layer labelled " #1"
        for (String name : new String[] {null, " "}) {
            Activation nameless = new Activation() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public void forward(double[][] x, double[][] y, int rows) {
                    Activations.relu().forward(x, y, rows);
                }

                @Override
                public void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows) {
                    Activations.relu().backward(x, y, dY, dX, rows);
                }
            };
            var e = assertThrows(IllegalArgumentException.class, () -> net().dense(2, 3).activation(nameless));
            assertEquals("activation: the activation's name() is " + (name == null ? "null" : "blank") + "; an Activation"
                    + " needs a name, which the summary and messages show, e.g. \"square\"", e.getMessage());
        }
    }

    @Test
    void aNonPositiveDenseSizeIsNamedBeforeAWidthMismatchOrAMissingInputWidth() {
        // dense(-1) first said "the first dense layer needs its input width too, e.g. dense(2, -1)"
        var e = assertThrows(IllegalArgumentException.class, () -> net().dense(-1));
        assertEquals("dense #1: sizes must be positive, got dense(-1)", e.getMessage());
        // dense(-1, 2) after a 3-wide layer said "dense #2 takes -1 inputs, but the layer before it gives 3"
        e = assertThrows(IllegalArgumentException.class, () -> net().dense(2, 3).dense(-1, 2));
        assertEquals("dense #2: sizes must be positive, got dense(-1, 2)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net().dense(2, 3).dense(0));
        assertEquals("dense #2: sizes must be positive, got dense(0)", e.getMessage());
        // a true mismatch keeps its own message
        var mismatch = assertThrows(ShapeException.class, () -> net().dense(2, 3).dense(4, 2));
        assertEquals("dense #2 takes 4 inputs, but the layer before it gives 3", mismatch.getMessage());
    }
}
