package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nnsh.Nnsh.randn;
import static org.nnsh.Nnsh.seed;

import org.junit.jupiter.api.Test;
import org.nnsh.tensor.Matrix;

class TrainingWarmUpTest {
    @Test
    void drawsNothingFromTheGlobalRandomStream() {
        seed(3);
        Matrix expected = randn(2, 2);
        seed(3);
        TrainingWarmUp.run();
        assertEquals(expected, randn(2, 2));
    }

    @Test
    void anInterruptStopsItAfterTheCurrentStep() throws InterruptedException {
        Thread warmUp = new Thread(TrainingWarmUp::run);
        warmUp.start();
        Thread.sleep(20);
        long start = System.nanoTime();
        warmUp.interrupt();
        warmUp.join(5_000);
        assertFalse(warmUp.isAlive(), "the warm-up outlived its interrupt");
        double millis = (System.nanoTime() - start) / 1e6;
        // a step takes well under a millisecond; the bound only guards against running to the end
        assertFalse(millis > 200, "stopping took " + millis + " ms");
    }
}
