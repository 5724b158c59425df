package org.nnsh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The facade's array makers in the argument forms numpy users type. */
class NnshArraysTest {
    @Test
    void arangeWithStartAndStopStepsByOneAsNumpy() {
        assertEquals("[2. 3. 4.]", Nnsh.arange(2, 5).toString()); // np.arange(2, 5)
        assertEquals("[-1.5 -0.5  0.5]", Nnsh.arange(-1.5, 1).toString()); // np.arange(-1.5, 1)
        assertEquals("[]", Nnsh.arange(3, 1).toString()); // np.arange(3, 1)
    }
}
