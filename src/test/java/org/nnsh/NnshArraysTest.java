package org.nnsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.nnsh.tensor.ShapeException;

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

    @Test
    void zerosAndOnesOfOneLengthAreOneDimensionalAsNumpy() {
        assertEquals("[0. 0. 0.]", Nnsh.zeros(3).toString()); // np.zeros(3)
        assertEquals("(3,)", Nnsh.zeros(3).shapeString());
        assertEquals("[1. 1.]", Nnsh.ones(2).toString()); // np.ones(2)
        assertEquals("(0,)", Nnsh.ones(0).shapeString());
        ShapeException e = assertThrows(ShapeException.class, () -> Nnsh.zeros(-3));
        assertEquals("zeros: negative dimensions are not allowed, got (-3,)", e.getMessage());
    }

    @Test
    void aVectorOfIntsComparesPredictionsWithLabelsAsNumpysMeanOfEquals() {
        // np.mean(np.array([2, 0, 1]) == np.array([2, 1, 1])) is 0.6666666666666666
        assertEquals(2.0 / 3, Nnsh.vector(new int[] {2, 0, 1}).eq(Nnsh.vector(new int[] {2, 1, 1})).mean());
        assertEquals("[2. 0. 1.]", Nnsh.vector(new int[] {2, 0, 1}).toString());
        assertEquals("(0,)", Nnsh.vector(new int[0]).shapeString());
    }
}
