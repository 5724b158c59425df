package org.nnsh.nn;

import org.nnsh.data.Dataset;
import org.nnsh.tensor.Matrix;

/**
 * A short fit of a small private net, for the JIT to compile the training loop before the user's
 * first fit, which otherwise shares the two cores with the compiler. The net, its data and its
 * weights come from formulas: nothing is drawn from the global random stream and nothing is
 * visible to the session. An interrupt stops it after the current step, as it stops any fit.
 */
public final class TrainingWarmUp {
    /** Rows × parameters above {@link Trainer#SPLIT_WORK}, so that the two-core path is compiled too. */
    private static final int ROWS = 400;
    private static final int HIDDEN = 32;
    private static final int CLASSES = 3;
    private static final int EPOCHS = 4000;

    private TrainingWarmUp() {
    }

    /** Trains the private net on the calling thread (~0.3 s on two cores). */
    public static void run() {
        Net net = new Net()
                .dense(weights(2, HIDDEN), Matrix.zeros(1, HIDDEN))
                .relu()
                .dense(weights(HIDDEN, CLASSES), Matrix.zeros(1, CLASSES))
                .softmax();
        // silent, not quiet(): the user did not ask for this fit, so not even a warning may show
        net.fit(data(), EPOCHS, Optimizers.adam(0.01), FitOptions.DEFAULT.progress(TrainingProgress.SILENT));
    }

    /** Small weights of mixed signs. */
    private static Matrix weights(int in, int out) {
        double[][] w = new double[in][out];
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) {
                w[i][j] = 0.1 * Math.sin(1 + 7 * i + 3 * j);
            }
        }
        return Matrix.wrap(w);
    }

    /** Points on a ring, labelled by the third of it they lie in. */
    private static Dataset data() {
        double[][] x = new double[ROWS][2];
        int[] y = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            double angle = 2 * Math.PI * i / ROWS;
            double radius = 0.5 + 0.5 * ((i * 37) % 11) / 11.0;
            x[i][0] = radius * Math.cos(angle);
            x[i][1] = radius * Math.sin(angle);
            y[i] = i * CLASSES / ROWS;
        }
        return Dataset.of(Matrix.wrap(x), y);
    }
}
