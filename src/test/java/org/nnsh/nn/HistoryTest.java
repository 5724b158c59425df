package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.quiet;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nnsh.tensor.Matrix;

class HistoryTest {
    @Test
    void anUnvalidatedDivergedEpochPrintsNanInBothValidationColumns() {
        History h = new History(2, true);
        h.record(0.5, 0.25, 0.001, new Score(0.75, 0.5));
        h.record(Double.POSITIVE_INFINITY, 0, 0.001, new Score(Double.NaN, Double.NaN));
        String[] lines = h.toString().split(System.lineSeparator());
        assertEquals("       0    0.500000    0.2500    0.750000    0.5000  0.001", lines[2]);
        // the validation accuracy printed Java's NaN beside the loss's nan
        assertEquals("       1         inf    0.0000         nan       nan  0.001", lines[3]);
    }

    @Test
    void anEpochIsSeenWholeOrNotAtAllWhileItIsBeingValidated() {
        // mse by another name, which reads the net's history from inside every pass, the validations' included
        seed(0);
        Net net = net().dense(1, 8).tanh().dense(8, 1);
        List<double[]> seen = new ArrayList<>();
        Loss reading = new Loss() {
            @Override
            public String name() {
                return "reading";
            }

            @Override
            public double value(Matrix yPred, Matrix target) {
                seen.add(net.history().valLoss());
                return Losses.mse().value(yPred, target);
            }

            @Override
            public Matrix gradient(Matrix yPred, Matrix target) {
                return Losses.mse().gradient(yPred, target);
            }
        };
        net.fit(sine(20), 2, adam(0.01), quiet().loss(reading).validation(sine(7)));
        // epoch 0's validation pass saw epoch 0 recorded already, with a validation loss of 0.0 it did not have yet
        assertEquals("[[], [], [0.4999289866479919], [0.4999289866479919]]",
                seen.stream().map(Arrays::toString).toList().toString());
    }
}
