package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.spiral;

import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.nnsh.data.Dataset;

/** gradCheck on the README's nets, at kinks, with wrong gradients injected, and in any locale. */
class NetGradCheckTest {
    /** An activation whose backward is {@code inner}'s, then spoiled by {@code spoil} (to catch). */
    private static final class Spoiled implements Activation {
        private final Activation inner;
        private final java.util.function.Consumer<double[][]> spoil;

        Spoiled(Activation inner, java.util.function.Consumer<double[][]> spoil) {
            this.inner = inner;
            this.spoil = spoil;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public void forward(double[][] x, double[][] y, int rows) {
            inner.forward(x, y, rows);
        }

        @Override
        public void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows) {
            inner.backward(x, y, dY, dX, rows);
            spoil.accept(dX);
        }
    }

    private static Dataset spiralData() {
        seed(0);
        return spiral(100, 3);
    }

    private static NetGradCheck check(Supplier<Net> net) {
        Dataset data = spiralData();
        seed(1);
        return net.get().gradCheck(data);
    }

    @Test
    void fusedGradientsHoldForTargetRowsThatDoNotSumToOne() {
        // −Σ t·log p has gradient p·Σt − t at the softmax's input; p − t was right for one-hot rows only
        seed(0);
        org.nnsh.tensor.Matrix x = org.nnsh.Nnsh.randn(4, 2);
        org.nnsh.tensor.Matrix multiHot = org.nnsh.tensor.Matrix.of(new double[] {1, 1, 0}, new double[] {0, 1, 1},
                new double[] {0.5, 0.2, 0.1}, new double[] {1, 0, 0});
        Dataset data = Dataset.regression(x, multiHot);
        assertTrue(net().dense(2, 3).softmax().gradCheck(data).passes(), "softmax + crossEntropy");
        assertTrue(net().dense(2, 3).logSoftmax().gradCheck(data).passes(), "logSoftmax + nll");
    }

    @Test
    void aCheckWhoseEveryEntrySitsAtAKinkVouchesForNothing() {
        // zero weights and biases put every unit of the ReLU layer at its kink, whichever entry is stepped: it said
        // 'gradients match (max relative error 0.00, …; 6 of 6 entries at kinks excluded)' and passed
        Net m = net().dense(2, 2).relu();
        for (Param p : m.layer(0).params()) {
            for (double[] row : p.value) {
                java.util.Arrays.fill(row, 0);
            }
        }
        Dataset data = Dataset.regression(org.nnsh.tensor.Matrix.of(new double[] {1, 2}, new double[] {3, -1}),
                org.nnsh.tensor.Matrix.of(new double[] {1, 1}, new double[] {0, 2}));
        NetGradCheck check = m.gradCheck(data);
        assertEquals(0, check.checked(), check.toString());
        assertFalse(check.passes(), check.toString());
        String[] lines = check.toString().split("\n");
        assertEquals("nothing checked: all 6 entries sit at kinks, where the loss has no derivative to compare; check at"
                + " other weights or data", lines[lines.length - 1]);
    }

    @Test
    void aToleranceCanBeGivenTooAsBefore() {
        seed(0);
        NetGradCheck check = net().dense(2, 4).tanh().dense(4, 3).softmax().gradCheck(spiral(10, 3));
        assertTrue(check.passes(NetGradCheck.TOLERANCE) && check.passes(1e-3) && check.passes());
        assertFalse(check.passes(check.maxRelativeError()), "the worst error itself is not below itself");
        assertTrue(check.entries().get(0).result().passes(1e-3));
    }

    @Test
    void theReadmeNetsPassWithTheirKinksExcluded() {
        // zero biases put every unit on its ReLU kink at the spiral's (0,0) points; L1 has one at every zero bias
        NetGradCheck relu = check(() -> net().dense(2, 64).relu().dense(64, 3).softmax());
        assertTrue(relu.passes(), relu.toString());
        assertTrue(relu.kinks() >= 64, relu.toString());
        NetGradCheck l1 = check(() -> net().dense(2, 64).l1(5e-4).relu().dense(64, 3).l1(5e-4).softmax());
        assertTrue(l1.passes(), l1.toString());
        assertTrue(l1.kinks() > relu.kinks(), l1.toString());
        // smooth nets: nothing is excluded, and float64 round-off stays well inside the tolerance
        for (Supplier<Net> smooth : java.util.List.<Supplier<Net>>of(
                () -> net().dense(2, 64).tanh().dense(64, 3).softmax(),
                () -> net().dense(2, 64).l2(5e-4).sigmoid().dense(64, 3).l2(5e-4).softmax())) {
            NetGradCheck c = check(smooth);
            assertTrue(c.passes(), c.toString());
            assertEquals(0, c.kinks(), c.toString());
            assertTrue(c.maxRelativeError() < GradCheck.TOLERANCE / 10, c.toString());
        }
    }

    @Test
    void aGradientOffByOnePercentFailsWithOrWithoutKinks() {
        for (Activation f : new Activation[] {Activations.tanh(), Activations.relu()}) {
            Activation spoiled = new Spoiled(f, dX -> {
                for (double[] row : dX) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] *= 1.01;
                    }
                }
            });
            NetGradCheck c = check(() -> net().dense(2, 64).activation(spoiled).dense(64, 3).softmax());
            assertFalse(c.passes(), c.toString());
            assertTrue(c.maxRelativeError() > 5e-3, c.toString());
            assertTrue(c.toString().contains("gradients DIFFER"), c.toString());
        }
    }

    @Test
    void oneUnitWithTheWrongSignFails() {
        Activation spoiled = new Spoiled(Activations.tanh(), dX -> {
            for (double[] row : dX) {
                row[5] = -row[5];
            }
        });
        NetGradCheck c = check(() -> net().dense(2, 64).activation(spoiled).dense(64, 3).softmax());
        assertFalse(c.passes(), c.toString());
        // the first dense layer's weights and biases of unit 5 are wrong; the second layer is not
        GradCheck.Result weights = c.entries().get(0).result();
        assertEquals(5, weights.col(), weights.toString());
        assertTrue(weights.maxRelativeError() > 0.1, weights.toString());
        assertTrue(c.entries().get(2).result().passes(), c.toString());
    }

    @Test
    void anEntryAtAKinkIsExcludedAndOneBesideItStillChecked() {
        // f = Σ |x| + x²: kinks at 0 (exactly, and 0.3 steps away); its gradient sign(x) + 2x with sign(0) = 1, as nnfs
        double[][] x = {{0, 0.3 * GradCheck.STEP, 1, -2}};
        java.util.function.DoubleSupplier f = () -> {
            double sum = 0;
            for (double v : x[0]) {
                sum += Math.abs(v) + v * v;
            }
            return sum;
        };
        double[][] gradient = {{1, 1 + 0.6 * GradCheck.STEP, 3, -5}};
        GradCheck.Result r = GradCheck.parameters(x, f, gradient);
        assertTrue(r.passes(), r.toString());
        assertEquals(2, r.kinks(), r.toString());
        assertEquals(2, r.checked(), r.toString());
        assertTrue(r.toString().endsWith(", 2 at kinks excluded"), r.toString());

        gradient[0][3] = 5;
        GradCheck.Result wrongSign = GradCheck.parameters(x, f, gradient);
        assertFalse(wrongSign.passes(), wrongSign.toString());
        assertEquals(3, wrongSign.col());
        gradient[0][3] = -5 * 1.01;
        assertFalse(GradCheck.parameters(x, f, gradient).passes());
        assertEquals(new double[][] {{0, 0.3 * GradCheck.STEP, 1, -2}}[0][1], x[0][1], "values restored");
    }

    @Test
    void theHistoryTableTheSummaryAndTheGradCheckReportIgnoreTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            String[] root = localeSensitiveOutputs();
            Locale.setDefault(Locale.GERMANY);
            String[] german = localeSensitiveOutputs();
            for (int i = 0; i < root.length; i++) {
                assertEquals(root[i], german[i]);
            }
            assertTrue(german[0].contains("1.098465    0.3367  0.001"), german[0]);
            assertTrue(german[1].contains("Total params: 4,547"), german[1]);
            assertTrue(german[2].matches("(?s).*\\(max relative error \\d\\.\\d\\de-\\d\\d, tolerance 1e-05; \\d+ of 387 entries"
                    + " at kinks excluded\\)"), german[2]);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aResultPrintsItsFiguresAsPythonPrintsFloats() {
        // printed Java's 5.9E-8 and NaN, where every other float nnsh shows is Python's repr
        GradCheck.Result r = new GradCheck.Result(5.9e-8, 1, 3, 8.8e-5, Double.NaN, 4, 0);
        assertEquals("max relative error 5.9e-08 at (1, 3): analytic 8.8e-05, numeric nan", r.toString());
    }

    @Test
    void aDivergedNetsVerdictReadsNanAsItsLinesDo() {
        seed(0);
        Dataset data = org.nnsh.Nnsh.sine(50);
        Net m = net().dense(1, 8).relu().dense(8, 1);
        m.fit(data, 400, org.nnsh.Nnsh.sgd(3), org.nnsh.Nnsh.quiet());
        String report = m.gradCheck(data).toString();
        // the verdict said "max relative error NaN" under lines that say nan
        assertTrue(report.contains("gradients DIFFER (max relative error nan, tolerance 1e-05;"), report);
        assertFalse(report.contains("NaN"), report);
    }

    /** tanh whose forward pass runs {@code atCall} on its n-th call (counting from 1). */
    private static Activation tanhCalling(int n, Runnable atCall) {
        Activation tanh = Activations.tanh();
        int[] calls = {0};
        return new Activation() {
            @Override
            public String name() {
                return tanh.name();
            }

            @Override
            public void forward(double[][] x, double[][] y, int rows) {
                if (++calls[0] == n) {
                    atCall.run();
                }
                tanh.forward(x, y, rows);
            }

            @Override
            public void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows) {
                tanh.backward(x, y, dY, dX, rows);
            }
        };
    }

    private static java.util.List<org.nnsh.tensor.Matrix> values(Net net) {
        return net.layers().stream().flatMap(layer -> layer.params().stream()).map(Param::value).toList();
    }

    @Test
    void anInterruptStopsTheCheckAndLeavesTheParametersAsTheyWere() {
        // the shell force-stops what ignores Ctrl-C's interrupt for half a second; a net's check takes minutes
        seed(0);
        Dataset data = spiral(10, 3);
        // the 8th forward pass is the second step of the first weight's second entry
        Net net = net().dense(2, 8).activation(tanhCalling(8, () -> Thread.currentThread().interrupt())).dense(8, 3).softmax();
        var before = values(net);
        try {
            var stopped = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                    () -> net.gradCheck(data));
            assertEquals("gradCheck: stopped by an interrupt (Ctrl-C) while checking dense #1 weights, 0 of 4 parameters done;"
                    + " the parameters are as they were", stopped.getMessage());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is left for the caller");
        } finally {
            Thread.interrupted();
        }
        assertEquals(before, values(net));
    }

    @Test
    void aFailureMidStepLeavesTheParametersAsTheyWere() {
        seed(0);
        Dataset data = spiral(10, 3);
        Net net = net().dense(2, 8).activation(tanhCalling(8, () -> {
            throw new IllegalStateException("failed mid-step");
        })).dense(8, 3).softmax();
        var before = values(net);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> net.gradCheck(data));
        // the entry being stepped kept its stepped value
        assertEquals(before, values(net));
    }

    private static String[] localeSensitiveOutputs() {
        History h = new History(3, false);
        h.record(1.0984652, 0.33667, 1e-3, null);
        h.record(1.0, 0.5, 1e-3, null);
        Net wide = net().dense(2, 64).relu().dense(64, 64).relu().dense(64, 3).softmax();
        String report = check(() -> net().dense(2, 64).relu().dense(64, 3).softmax()).toString();
        return new String[] {h.toString(), wide.summary().toString(), report};
    }
}
