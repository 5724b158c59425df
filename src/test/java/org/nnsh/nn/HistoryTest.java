package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistoryTest {
    @Test
    void anUnvalidatedDivergedEpochPrintsNanInBothValidationColumns() {
        History h = new History(2, true);
        h.record(0.5, 0.25, 0.001);
        h.recordValidation(new Score(0.75, 0.5));
        h.record(Double.POSITIVE_INFINITY, 0, 0.001);
        h.recordValidation(new Score(Double.NaN, Double.NaN));
        String[] lines = h.toString().split(System.lineSeparator());
        assertEquals("       0    0.500000    0.2500    0.750000    0.5000  0.001", lines[2]);
        // the validation accuracy printed Java's NaN beside the loss's nan
        assertEquals("       1         inf    0.0000         nan       nan  0.001", lines[3]);
    }
}
