package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnsh.Nnsh;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.ShapeException;

/** GradCheck's own arguments; its verdicts are checked in ActivationGradientTest and NetGradCheckTest. */
class GradCheckTest {
    private static final Matrix X = Matrix.ones(1, 2);

    @Test
    void nullArgumentsNameWhatIsMissing() {
        // "Cannot invoke \"java.util.function.ToDoubleFunction.applyAsDouble(Object)\" because \"f\" is null"
        assertEquals("gradCheck: the function is null",
                assertThrows(NullPointerException.class, () -> GradCheck.function(null, X, X)).getMessage());
        assertEquals("gradCheck: the analytic gradient is null",
                assertThrows(NullPointerException.class, () -> GradCheck.function(Matrix::sum, X, null)).getMessage());
        assertEquals("gradCheck: the activation is null",
                assertThrows(NullPointerException.class, () -> GradCheck.activation(null, X, X)).getMessage());
        assertEquals("gradCheck: the loss is null", assertThrows(NullPointerException.class,
                () -> GradCheck.parameters(new double[][] {{1}}, null, new double[][] {{1}})).getMessage());
    }

    @Test
    void aGradientWithFewerRowsThanTheParametersIsAShapeError() {
        // it was a bare ArrayIndexOutOfBoundsException
        assertEquals("gradCheck: the gradient has 1 row for 2 rows of parameters", assertThrows(ShapeException.class,
                () -> GradCheck.parameters(new double[][] {{1}, {2}}, () -> 0, new double[][] {{0}})).getMessage());
    }

    @Test
    void aToleranceOrFloorThatNothingCouldPassIsRefused() {
        // passes(-1) was false even for an exact gradient, and relativeError(0, 0, 0) NaN
        GradCheck.Result exact = GradCheck.function(Matrix::sum, X, X);
        assertEquals("passes: the tolerance must be positive, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> exact.passes(-1)).getMessage());
        NetGradCheck net = Nnsh.net().dense(2, 2).softmax().gradCheck(Nnsh.spiral(3, 2));
        assertEquals("passes: the tolerance must be positive, got NaN",
                assertThrows(IllegalArgumentException.class, () -> net.passes(Double.NaN)).getMessage());
        assertEquals("relativeError: the floor must be positive, got 0.0 (it keeps two zero gradients from being 0/0)",
                assertThrows(IllegalArgumentException.class, () -> GradCheck.relativeError(0, 0, 0)).getMessage());
        assertEquals(0.5, GradCheck.relativeError(1, 2, 1e-9));
    }
}
