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
        assertNull("plot: history is null", () -> plot((History) null));
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
        assertNull("step: data is null", () -> model.step(null));
        assertNull("evaluate: data is null", () -> model.evaluate(null));
        assertNull("forward: x is null", () -> model.forward(null));
        assertNull("predict: x is null", () -> model.predict((Matrix) null));
        assertNull("save: path is null", () -> model.save((String) null));
        assertNull("save: path is null", () -> model.save((Path) null));
        assertNull("load: path is null", () -> load(null));
        assertNull("load: path is null", () -> Net.load((Path) null));
    }
}
