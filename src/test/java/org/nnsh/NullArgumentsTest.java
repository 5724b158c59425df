package org.nnsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nnsh.Nnsh.boundary;
import static org.nnsh.Nnsh.load;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.plot;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.spiral;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nnsh.data.Dataset;
import org.nnsh.nn.Activations;
import org.nnsh.nn.FitOptions;
import org.nnsh.nn.History;
import org.nnsh.nn.Net;
import org.nnsh.nn.Optimizer;
import org.nnsh.tensor.Matrix;

/** A null argument names the operation and the argument, not a field inside the engine. */
class NullArgumentsTest {
    private static void assertNull(String message, Executable call) {
        assertEquals(message, assertThrows(NullPointerException.class, call).getMessage());
    }

    @Test
    void plotsNameTheMissingArgument() {
        seed(0);
        Dataset data = spiral(10, 3);
        assertNull("plot: values is null", () -> plot((double[]) null));
        // plot(model.history()) before a fit said only "history is null"
        assertNull("plot: history is null; expected a fit's History (a net's history() is null before its first fit)",
                () -> plot(net().dense(2, 3).softmax().history()));
        assertNull("boundary: model is null", () -> boundary(null, data));
        assertNull("boundary: data is null", () -> boundary(net().dense(2, 3).softmax(), null));
    }

    @Test
    void netEntryPointsNameTheMissingArgument() {
        seed(0);
        Dataset data = spiral(10, 3);
        Net model = net().dense(2, 8).relu().dense(8, 3).softmax();
        assertNull("fit: data is null", () -> model.fit(null, 3));
        assertNull("fit: optimizer is null", () -> model.fit(data, 3, (Optimizer) null));
        assertNull("fit: options is null", () -> model.fit(data, 3, (FitOptions) null));
        // these said only "loss" and "progress"
        assertNull("loss: the loss is null; pass one, e.g. loss(Losses.mae())", () -> Nnsh.loss(null));
        assertNull("loss: the loss is null; pass one, e.g. loss(Losses.mae())", () -> Nnsh.quiet().loss(null));
        assertNull("progress: the progress is null; pass one, or quiet() for none", () -> Nnsh.quiet().progress(null));
        assertNull("step: data is null", () -> model.step(null));
        assertNull("evaluate: data is null", () -> model.evaluate(null));
        assertNull("forward: x is null", () -> model.forward(null));
        assertNull("predict: x is null", () -> model.predict((Matrix) null));
        assertNull("save: path is null", () -> model.save((String) null));
        assertNull("save: path is null", () -> model.save((Path) null));
        assertNull("load: path is null", () -> load(null));
        assertNull("load: path is null", () -> Net.load((Path) null));
    }

    @Test
    void arrayFunctionsActivationsAndLossesNameTheMissingArgument() {
        // these were the JVM's "Cannot invoke "org.nnsh.tensor.Matrix.exp()" because "x" is null"
        Matrix m = Nnsh.eye(2);
        assertNull("exp: x is null", () -> Nnsh.exp((Matrix) null));
        assertNull("log: x is null", () -> Nnsh.log((Matrix) null));
        assertNull("sqrt: x is null", () -> Nnsh.sqrt((Matrix) null));
        assertNull("abs: x is null", () -> Nnsh.abs((Matrix) null));
        assertNull("dot: a is null", () -> Nnsh.dot(null, m));
        assertNull("dot: o is null", () -> Nnsh.dot(m, null));
        assertNull("relu: x is null", () -> Nnsh.relu((Matrix) null));
        assertNull("softmax: x is null", () -> Nnsh.softmax(null));
        assertNull("relu backward: dY is null", () -> Activations.relu().backward(m, null));
        assertNull("crossEntropy: the predictions are null", () -> Nnsh.crossEntropy(null, new int[] {0}));
        assertNull("accuracy: the predictions are null", () -> Nnsh.accuracy(null, new int[] {0}));
    }
}
