package org.nnsh.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void generalPrintsAsPythonsPercentG() {
        // '%g %g %g %g %g %g' % (0.001, 0.04999750012499375, 5e-7, 1.5e10, 0.5, 1e5)
        assertEquals("0.001", Figures.general(0.001));
        assertEquals("0.0499975", Figures.general(0.04999750012499375));
        assertEquals("5e-07", Figures.general(5e-7));
        assertEquals("1.5e+10", Figures.general(1.5e10));
        assertEquals("0.5", Figures.general(0.5));
        assertEquals("100000", Figures.general(1e5));
        assertEquals("inf", Figures.general(Double.POSITIVE_INFINITY));
    }
}
