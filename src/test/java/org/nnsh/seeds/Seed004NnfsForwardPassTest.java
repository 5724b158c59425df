package org.nnsh.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnsh.Nnsh.exp;
import static org.nnsh.Nnsh.matrix;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.relu;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.spiral;
import static org.nnsh.Nnsh.vector;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nnsh.tensor.Matrix;

/** Every figure of seed 004 (nnfs chapter 4: ReLU, softmax, the forward pass on spiral data). */
class Seed004NnfsForwardPassTest {
    private static final double E = 2.71828182846;

    @Test
    void reluClipsNegatives() {
        assertEquals("[0.  2.  0.  3.3 0.  1.1 2.2 0. ]", relu(vector(0, 2, -1, 3.3, -2.7, 1.1, 2.2, -100)).toString());
    }

    @Test
    void forwardPassesThroughTheChapter() {
        seed(0);
        var data = spiral(100, 3, 0.05);
        assertEquals("""
                [[0.00000000e+00 0.00000000e+00 0.00000000e+00]
                 [0.00000000e+00 9.17448014e-05 0.00000000e+00]
                 [0.00000000e+00 2.34361157e-04 0.00000000e+00]
                 [0.00000000e+00 4.45243326e-04 0.00000000e+00]
                 [0.00000000e+00 6.15104009e-04 0.00000000e+00]]""",
                net().dense(2, 3).relu().forward(data.x()).head(5).toString());

        var data2 = spiral(100, 3, 0.05);
        String third = "[0.33333333 0.33333333 0.33333333]";
        assertEquals("[" + String.join("\n ", third, third, third, third, third) + "]",
                net().dense(2, 3).relu().dense(3, 3).softmax().forward(data2.x()).head(5).toString());
    }

    @Test
    void fullCodeWithNoise02() {
        seed(0);
        var data = spiral(100, 3);
        Matrix out = net().dense(2, 3).relu().dense(3, 3).softmax().forward(data.x());
        assertEquals("""
                [[0.33333333 0.33333333 0.33333333]
                 [0.33333317 0.33333318 0.33333364]
                 [0.33333289 0.33333292 0.3333342 ]
                 [0.33333259 0.33333264 0.33333477]
                 [0.33333233 0.33333239 0.33333528]]""", out.head(5).toString());
    }

    @Test
    void softmaxStepByStepWithPythonFloats() {
        // E ** output, as the script computes it; the book's E is not math.e, so these are not exp's values
        Matrix exp = vector(4.8, 1.21, 2.385).map(output -> Math.pow(E, output));
        assertEquals(List.of(121.51041751893969, 3.3534846525504487, 10.85906266492961), exp.toList());
        Matrix norm = exp.div(exp.sum());
        assertEquals(List.of(0.8952826639573506, 0.024708306782070668, 0.08000902926057876), norm.toList());
        assertEquals(1.0, norm.sum());
    }

    @Test
    void softmaxStepByStepWithMatrices() {
        Matrix exp = vector(4.8, 1.21, 2.385).exp();
        assertEquals("[121.51041752   3.35348465  10.85906266]", exp.toString());
        Matrix norm = exp.div(exp.sum());
        assertEquals("[0.89528266 0.02470831 0.08000903]", norm.toString());
        assertEquals(0.9999999999999999, norm.sum());
    }

    @Test
    void sumsOverAxes() {
        Matrix outputs = matrix(new double[] {4.8, 1.21, 2.385}, new double[] {8.9, -1.81, 0.2},
                new double[] {1.41, 1.051, 0.026});
        assertEquals(18.172, outputs.sum());
        assertEquals("[15.11   0.451  2.611]", outputs.sum(0).toString());
        assertEquals("[8.395 7.29  2.487]", outputs.sum(1).toString());
        assertEquals("[[8.395]\n [7.29 ]\n [2.487]]", outputs.sum(1, true).toString());
    }

    @Test
    void exponentialGrowth() {
        assertEquals(2.718281828459045, exp(1));
        assertEquals(22026.465794806718, exp(10));
        assertEquals(2.6881171418161356e+43, exp(100));
        assertEquals(0.0, exp(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, exp(0));
    }
}
