package org.nnsh.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        // binary classification with softmax: computed in the notebook's cell, not shown by it
        Matrix yTrue2 = matrix(new double[] {0, 1}, new double[] {1, 0}, new double[] {1, 0}, new double[] {0, 1});
        Matrix yPred2 = matrix(new double[] {0.4, 0.6}, new double[] {0.3, 0.7}, new double[] {0.05, 0.95},
                new double[] {0.33, 0.67});
        assertEquals(0.5, binaryAccuracy(yPred2, yTrue2));
        // the notebook's K.round rounds half to even, so 0.5 is class 0, as yPred > 0.5 says
        assertEquals("[0. 2. 2.]", vector(0.5, 1.5, 2.5).round().toString());
        assertEquals(1.0, binaryAccuracy(vector(0.5, 0.5000001), vector(0, 1)));
    }

    @Test
    void theNotebooksSigmoidIsOnePlusExpAndTheRealOneIsBounded() {
        Matrix x = arange(-10, 10, 0.2);
        String printed = x.neg().exp().plus(1).toString();
        // the 14 lines the notebook's dump shows (its output stops there), as numpy's str() prints them
        String shown = """
                [2.20274658e+04 1.80347449e+04 1.47657816e+04 1.20893807e+04
                 9.89812906e+03 8.10408393e+03 6.63524401e+03 5.43265959e+03
                 4.44806675e+03 3.64195031e+03 2.98195799e+03 2.44160198e+03
                 1.99919590e+03 1.63698443e+03 1.34043076e+03 1.09763316e+03
                 8.98847292e+02 7.36095189e+02 6.02845038e+02 4.93749041e+02
                 4.04428793e+02 3.31299560e+02 2.71426407e+02 2.22406416e+02
                 1.82272242e+02 1.49413159e+02 1.22510418e+02 1.00484316e+02
                 8.24508687e+01 6.76863310e+01 5.55981500e+01 4.57011845e+01
                 3.75982344e+01 3.09641000e+01 2.55325302e+01 2.10855369e+01
                 1.74446468e+01 1.44637380e+01 1.20231764e+01 1.00250135e+01
                 8.38905610e+00 7.04964746e+00 5.95303242e+00 5.05519997e+00
                 4.32011692e+00 3.71828183e+00 3.22554093e+00 2.82211880e+00
                 2.49182470e+00 2.22140276e+00 2.00000000e+00 1.81873075e+00
                 1.67032005e+00 1.54881164e+00 1.44932896e+00 1.36787944e+00
                """;
        assertTrue(printed.startsWith(shown), printed);
        Matrix s = sigmoid(x);
        assertTrue(s.max() < 1 && s.min() > 0);
        assertEquals(0.5, s.get(50), 1e-12);
        // numpy's 1 / (1 + np.exp(-x)) at x = -10 and at x ≈ -1, 1 and 9.8, as the script prints them
        assertEquals("[4.53978687e-05]", vector(s.get(0)).toString());
        assertEquals("[0.26894142 0.73105858 0.99994455]", vector(s.get(45), s.get(55), s.get(99)).toString());
    }

    @Test
    void theNotebooksSigmoidGradientIsNegativeAndTheTrueOneIsSigmaTimesOneMinusSigma() {
        Matrix x = arange(-10, 10, 0.2);
        // its gradient is __call__(x) * (1 - __call__(x)) on the wrong __call__ 1 + e^-x: -2 at x ≈ 0
        // (arange's x[50] is -3.552713678800501e-14, as numpy's)
        Matrix wrong = x.neg().exp().plus(1);
        assertEquals(-2.0, wrong.times(wrong.neg().plus(1)).get(50), 1e-12);
        assertTrue(wrong.times(wrong.neg().plus(1)).max() < 0);
        // the derivative of the true sigmoid: σ(1 − σ), 0.25 at 0 and in (0, 0.25] everywhere
        Matrix s = sigmoid(x);
        Matrix grad = Activations.sigmoid().backward(x, ones(1, x.cols()));
        assertTrue(grad.allClose(s.times(s.neg().plus(1)), 1e-15));
        assertEquals(0.25, grad.get(50), 1e-15);
        assertTrue(grad.min() > 0 && grad.max() <= 0.25);
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
    void theNotebooksSoftmaxOverflowsWhereSoftmaxDoesNot() {
        Matrix x2 = matrix(new double[] {1, 2, 3, 6}, new double[] {2, 4, 5, 6}, new double[] {1, 2, 3, 6});
        Matrix shifted = x2.plus(1000);
        // np.exp(x) / np.sum(np.exp(x), axis=1, keepdims=True) without the max: e^1001 is inf, inf/inf NaN
        var e = assertThrows(ArithmeticException.class, () -> shifted.exp().div(shifted.exp().sum(1, true)));
        assertEquals("div: Infinity / Infinity is NaN at (0, 0)", e.getMessage());
        // softmax is shift-invariant and subtracts each row's max: the notebook's table, bit for bit
        assertEquals(softmax(x2), softmax(shifted));
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
