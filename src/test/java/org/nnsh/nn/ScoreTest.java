package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void printsFourDecimalsAndSmallLossesScientifically() {
        assertEquals("loss 0.0738, accuracy 0.9767", new Score(0.07381, 0.97666).toString());
        assertEquals("loss 1.234e-04, accuracy 1.0000", new Score(1.2344e-4, 1).toString());
        // as Python's '%.3e': 1.2345e-4 is 1.23449…e-4 in binary (Java's %.3e gave 1.235e-04)
        assertEquals("loss 1.234e-04, accuracy 1.0000", new Score(1.2345e-4, 1).toString());
        assertEquals("loss -6.250e-05, accuracy 0.5000", new Score(-6.25e-5, 0.5).toString());
        assertEquals("loss 0.0000, accuracy 0.5000", new Score(0, 0.5).toString());
    }

    @Test
    void aDivergedLossPrintsAsTheProgressLineDoes() {
        // printed as 14386942824621956000000000000000000000000000000000.0000 and Infinity / NaN before
        assertEquals("loss 1.44e+49, accuracy 0.0000", new Score(1.4386942824621956e49, 0).toString());
        assertEquals("loss inf, accuracy 0.3333", new Score(Double.POSITIVE_INFINITY, 1 / 3.0).toString());
        assertEquals("loss nan, accuracy nan", new Score(Double.NaN, Double.NaN).toString());
    }
}
