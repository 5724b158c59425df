package org.nnsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The facade's array makers in the argument forms numpy users type. */
class NnshArraysTest {
    @Test
    void arangeWithStartAndStopStepsByOneAsNumpy() {
        assertEquals("[2. 3. 4.]", Nnsh.arange(2, 5).toString()); // np.arange(2, 5)
        assertEquals("[-1.5 -0.5  0.5]", Nnsh.arange(-1.5, 1).toString()); // np.arange(-1.5, 1)
        assertEquals("[]", Nnsh.arange(3, 1).toString()); // np.arange(3, 1)
    }

    @Test
    void scalarSqrtAndLogOfANegativeNumberAreErrorsAsInAMatrixNotASilentNaN() {
        assertEquals("sqrt: undefined for negative values, got -1.0",
                assertThrows(ArithmeticException.class, () -> Nnsh.sqrt(-1.0)).getMessage());
        assertEquals("log: undefined for negative values, got -2.5",
                assertThrows(ArithmeticException.class, () -> Nnsh.log(-2.5)).getMessage());
        assertEquals(Double.NEGATIVE_INFINITY, Nnsh.log(0.0));
        assertEquals(-0.0, Nnsh.sqrt(-0.0)); // np.sqrt(-0.0) is -0.0
        assertEquals(Double.NaN, Nnsh.sqrt(Double.NaN)); // a NaN passes through, as in a Matrix
    }
}
