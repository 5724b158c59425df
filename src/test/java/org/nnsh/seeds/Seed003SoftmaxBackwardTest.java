package org.nnsh.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.matrix;
import static org.nnsh.Nnsh.softmax;
import static org.nnsh.Nnsh.vector;

import org.junit.jupiter.api.Test;
import org.nnsh.nn.Activations;
import org.nnsh.tensor.Matrix;

/** Seed 003 prints no numbers; its backward formula g_x = y ⊙ (g − g·y) must equal g·J for the full Jacobian. */
class Seed003SoftmaxBackwardTest {
    @Test
    void backwardIsTheVectorJacobianProduct() {
        Matrix x = vector(0.5, -1.0, 2.0, 0.0);
        Matrix y = softmax(x);
        Matrix g = vector(0.1, -0.2, 0.3, 0.4);
        double[][] jacobian = new double[4][4];
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 4; j++) {
                jacobian[k][j] = y.get(k) * ((k == j ? 1 : 0) - y.get(j));
            }
        }
        assertTrue(g.dot(Matrix.of(jacobian)).allClose(Activations.softmax().backward(x, g), 1e-15));
        // the script's figure; numpy: y * (g - (g * y).sum()) and g @ (np.diag(y) - np.outer(y, y))
        assertEquals("[-0.02538986 -0.01627138  0.02823051  0.01343074]", Activations.softmax().backward(x, g).toString());
    }

    @Test
    void onABatchEachRowHasItsOwnJacobian() {
        Matrix x = matrix(new double[] {0.5, -1.0, 2.0, 0.0}, new double[] {3.0, 3.0, -2.0, 1.0});
        Matrix g = matrix(new double[] {0.1, -0.2, 0.3, 0.4}, new double[] {1.0, 0.0, 0.0, -1.0});
        Matrix dX = Activations.softmax().backward(x, g);
        for (int i = 0; i < 2; i++) {
            assertTrue(dX.row(i).allClose(Activations.softmax().backward(x.row(i), g.row(i)), 1e-15), "row " + i);
        }
        // g · y is each row's own dot product, not one sum over the whole batch
        Matrix y = softmax(x);
        Matrix perRow = y.times(g.minus(g.times(y).sum(1, true)));
        assertTrue(dX.allClose(perRow, 1e-15));
        assertFalse(dX.allClose(y.times(g.minus(g.times(y).sum())), 1e-3));
    }
}
