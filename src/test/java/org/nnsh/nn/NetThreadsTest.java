package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.quiet;
import static org.nnsh.Nnsh.randn;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.spiral;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.nnsh.data.Dataset;
import org.nnsh.tensor.Matrix;

/** One net used from several threads at once: its passes share the layers' buffers, so they take turns. */
class NetThreadsTest {
    private static Net spiralNet() {
        return net().dense(2, 64).relu().dense(64, 3).softmax();
    }

    @Test
    void predictionsOnSeveralThreadsAtOnceAreEachTheirOwn() {
        seed(0);
        Net model = spiralNet();
        model.fit(spiral(100, 3), 50, adam(0.05), quiet());
        // inputs of several sizes, so that the passes also regrow the buffers
        List<Matrix> inputs = new ArrayList<>();
        List<Matrix> expected = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            inputs.add(randn(1 + i % 8 * 30, 2));
            expected.add(model.forward(inputs.get(i)));
        }
        AtomicInteger wrong = new AtomicInteger();
        for (int rep = 0; rep < 40; rep++) {
            IntStream.range(0, inputs.size()).parallel().forEach(i -> {
                if (!model.forward(inputs.get(i)).equals(expected.get(i))) {
                    wrong.incrementAndGet();
                }
            });
        }
        assertEquals(0, wrong.get(), "predictions that got another thread's rows");
    }

    @Test
    void predictingWhileTheSameNetTrainsLeavesTheTrainingAsIfAlone() throws InterruptedException {
        seed(0);
        Dataset data = spiral(100, 3);
        seed(1);
        History alone = spiralNet().fit(data, 300, adam(0.05), quiet());
        seed(1);
        Net model = spiralNet();
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Matrix probe = randn(250, 2);
        Thread predicting = new Thread(() -> {
            try {
                while (!done.get()) {
                    model.predict(probe);
                    model.evaluate(data);
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        });
        predicting.start();
        History trained;
        try {
            trained = model.fit(data, 300, adam(0.05), quiet());
        } finally {
            done.set(true);
            predicting.join();
        }
        assertEquals(List.of(), List.copyOf(failures));
        assertArrayEquals(alone.loss(), trained.loss());
    }
}
