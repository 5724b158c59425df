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

    @Test
    void fixedRoundsAsPythonsPercentF() {
        // Python rounds the exact binary value, ties to even; Java's %.3f gave 0.063, 1.001, 0.0313, 0.9063
        assertEquals("0.062", Figures.fixed(0.0625, 3));
        assertEquals("0.812", Figures.fixed(13 / 16.0, 3));
        assertEquals("1.000", Figures.fixed(1.0005, 3));
        assertEquals("2.001", Figures.fixed(2.0005, 3));
        assertEquals("0.0312", Figures.fixed(1 / 32.0, 4));
        assertEquals("0.9062", Figures.fixed(29 / 32.0, 4));
        assertEquals("0.334", Figures.fixed(0.3335, 3));
        assertEquals("-0.000", Figures.fixed(-0.0001, 3));
        assertEquals("-0.000", Figures.fixed(-0.0, 3));
        assertEquals("0.000000", Figures.fixed(0, 6));
        assertEquals("1.099", Figures.fixed(1.0986122886681098, 3));
    }

    @Test
    void scientificRoundsAsPythonsPercentE() {
        // Java's %.3e gave 1.235e-04 for the first; 9.9995e-4 rounds up into the next decade, as in Python
        assertEquals("1.234e-04", Figures.scientific(1.2345e-4, 3));
        assertEquals("1.001e-04", Figures.scientific(1.0005e-4, 3));
        assertEquals("1.000e-03", Figures.scientific(9.9995e-4, 3));
        assertEquals("-2.500e-04", Figures.scientific(-2.5e-4, 3));
        assertEquals("4.941e-324", Figures.scientific(Double.MIN_VALUE, 3));
        assertEquals("1.5e+10", Figures.scientific(1.5e10, 1));
    }
}
