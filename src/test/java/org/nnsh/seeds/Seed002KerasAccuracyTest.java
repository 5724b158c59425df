package org.nnsh.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.accuracy;
import static org.nnsh.Nnsh.arange;
import static org.nnsh.Nnsh.binaryAccuracy;
import static org.nnsh.Nnsh.leakyRelu;
import static org.nnsh.Nnsh.matrix;
import static org.nnsh.Nnsh.ones;
import static org.nnsh.Nnsh.relu;
import static org.nnsh.Nnsh.sigmoid;
import static org.nnsh.Nnsh.softmax;
import static org.nnsh.Nnsh.tanh;
import static org.nnsh.Nnsh.vector;

import org.apache.commons.math3.util.FastMath;
import org.junit.jupiter.api.Test;
import org.nnsh.nn.Activations;
import org.nnsh.tensor.Matrix;

/** Every figure of seed 002 (Keras accuracy, numpy activations), and the correct values where it is wrong. */
class Seed002KerasAccuracyTest {
    @Test
    void kerasAccuracies() {
        // Keras prints float32 0.6666667
        assertEquals(0.6666667f, (float) binaryAccuracy(vector(0.4, 0.7, 0.3), vector(0, 1, 1)));
        Matrix yTrue = matrix(new double[] {0, 1, 0, 0}, new double[] {1, 0, 0, 0}, new double[] {0, 0, 1, 0});
        Matrix yPred = matrix(new double[] {0.4, 0.6, 0, 0}, new double[] {0.3, 0.2, 0.1, 0.4}, new double[] {0.05, 0.35, 0.5, 0.1});
        assertEquals(0.6666667f, (float) accuracy(yPred, yTrue));
    }

    @Test
    void theNotebooksSigmoidIsOnePlusExpAndTheRealOneIsBounded() {
        Matrix x = arange(-10, 10, 0.2);
        String printed = x.neg().exp().plus(1).toString();
        assertTrue(printed.startsWith("[2.20274658e+04 1.80347449e+04 1.47657816e+04 1.20893807e+04\n"), printed);
        assertTrue(printed.contains(" 8.38905610e+00 7.04964746e+00 5.95303242e+00 5.05519997e+00\n"), printed);
        assertTrue(printed.contains(" 2.49182470e+00 2.22140276e+00 2.00000000e+00 1.81873075e+00\n"), printed);
        Matrix s = sigmoid(x);
        assertTrue(s.max() < 1 && s.min() > 0);
        assertEquals(0.5, s.get(50), 1e-12);
    }

    @Test
    void softmaxTable() {
        Matrix x2 = matrix(new double[] {1, 2, 3, 6}, new double[] {2, 4, 5, 6}, new double[] {1, 2, 3, 6});
        assertEquals("""
                [[0.00626879 0.01704033 0.04632042 0.93037047]
                 [0.01203764 0.08894682 0.24178252 0.65723302]
                 [0.00626879 0.01704033 0.04632042 0.93037047]]""", softmax(x2).toString());
    }

    @Test
    void theNotebooksStableSoftmaxNormalisesTheWholeBatchNotEachRow() {
        Matrix x2 = matrix(new double[] {1, 2, 3, 6}, new double[] {2, 4, 5, 6}, new double[] {1, 2, 3, 6});
        // its docstring's "numerical stability" version: e_x = np.exp(x - np.max(x)); e_x / e_x.sum(),
        // a global max and a global sum, so on a batch its rows sum to [0.29277545 0.4144491 0.29277545]
        Matrix e = x2.minus(x2.max(1).max()).exp();
        assertEquals("[0.29277545 0.4144491  0.29277545]", e.div(e.sum()).sum(1).toString());
        // softmax subtracts each row's own max and divides by each row's own sum
        assertEquals("[1. 1. 1.]", softmax(x2).sum(1).toString());
        assertEquals(softmax(x2), softmax(x2.minus(x2.max(1, true))));
    }

    @Test
    void softmaxGradientIsTheVectorJacobianProductNotPTimesOneMinusP() {
        Matrix x2 = matrix(new double[] {1, 2, 3, 6}, new double[] {2, 4, 5, 6});
        Matrix p = softmax(x2);
        Matrix dX = Activations.softmax().backward(x2, ones(2, 4));
        assertTrue(dX.allClose(Matrix.zeros(2, 4), 1e-15));
        assertTrue(p.times(p.neg().plus(1)).min() > 0.006);
    }

    @Test
    void reluLeakyAndTanhFiguresFromRebuiltInputs() {
        Matrix z = matrix(new double[] {-0.5, 0.99694447, -0.25}, new double[] {-0.75, -0.1, 0.81905501},
                new double[] {-0.3, 0.18253543, 0.92855557});
        assertEquals("""
                [[0.         0.99694447 0.        ]
                 [0.         0.         0.81905501]
                 [0.         0.18253543 0.92855557]]""", relu(z).toString());
        Matrix zLeaky = matrix(new double[] {0.689244738, -0.248947306, 0.664513815},
                new double[] {-0.0140195921, 0.337395609, -0.966792375},
                new double[] {0.158964744, -0.373088069, -0.508719887});
        assertEquals("""
                [[ 6.89244738e-01 -2.48947306e-03  6.64513815e-01]
                 [-1.40195921e-04  3.37395609e-01 -9.66792375e-03]
                 [ 1.58964744e-01 -3.73088069e-03 -5.08719887e-03]]""", leakyRelu(zLeaky).toString());
        Matrix zTanh = matrix(new double[] {-0.48660719, -0.70912964, 0.18195864},
                new double[] {-0.36787464, -0.7005745, 0.70007243},
                new double[] {0.1619226, 0.69155896, -0.16911645}).map(FastMath::atanh);
        assertEquals("""
                [[-0.48660719 -0.70912964  0.18195864]
                 [-0.36787464 -0.7005745   0.70007243]
                 [ 0.1619226   0.69155896 -0.16911645]]""", tanh(zTanh).toString());
    }
}
