package org.nnsh.nn;

import org.nnsh.tensor.Matrix;

/** Accuracy metrics with the semantics of nnfs and Keras; each returns a fraction in [0, 1]. */
public final class Metrics {
    private Metrics() {
    }

    /** Keras' default threshold for binary accuracy. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /**
     * The fraction of rows whose argmax (first on ties) equals the label. A single column is one
     * sigmoid's "class 1?" (its argmax would always be 0): class 1 where it is above 0.5, as
     * {@link Net#predict} decides and fit counts its accuracy (nnfs' binary accuracy).
     */
    public static double accuracy(Matrix yPred, int[] labels) {
        Targets.requireSamples("accuracy", yPred);
        boolean oneSigmoid = yPred.cols() == 1;
        Targets.requireLabels("accuracy", yPred, labels, oneSigmoid ? 2 : yPred.cols());
        int[] predicted = yPred.argmax();
        int hits = 0;
        for (int i = 0; i < labels.length; i++) {
            if (oneSigmoid) {
                predicted[i] = yPred.get(i, 0) > DEFAULT_THRESHOLD ? 1 : 0;
            }
            if (predicted[i] == labels[i]) {
                hits++;
            }
        }
        return (double) hits / labels.length;
    }

    /**
     * The fraction of rows whose argmax equals the one-hot row's argmax (Keras categorical accuracy);
     * for a single column of 0/1 targets, {@link #binaryAccuracy(Matrix, Matrix)}, as with labels.
     */
    public static double accuracy(Matrix yPred, Matrix oneHot) {
        Targets.requireOneHotShape("accuracy", yPred, oneHot);
        if (oneHot.cols() == 1) {
            return binaryAccuracy(yPred, oneHot);
        }
        return accuracy(yPred, oneHot.argmax());
    }

    /** {@link #binaryAccuracy(Matrix, Matrix, double)} at threshold 0.5. */
    public static double binaryAccuracy(Matrix yPred, Matrix yTrue) {
        return binaryAccuracy(yPred, yTrue, DEFAULT_THRESHOLD);
    }

    /**
     * Keras binary accuracy: the mean over all elements of [yTrue == (yPred > threshold ? 1 : 0)].
     * Every output counts on its own, so a 4×2 softmax output is scored on 8 values.
     */
    public static double binaryAccuracy(Matrix yPred, Matrix yTrue, double threshold) {
        Targets.requireSameShape("binaryAccuracy", yPred, yTrue);
        if (Double.isNaN(threshold)) {
            // p > nan is false for every p: all predictions would count as 0 without a word
            throw new IllegalArgumentException("binaryAccuracy: the threshold is nan; expected a number such as 0.5");
        }
        Targets.requireNotSwapped("binaryAccuracy", yPred, yTrue);
        int hits = 0;
        for (int i = 0; i < yPred.rows(); i++) {
            for (int j = 0; j < yPred.cols(); j++) {
                double predicted = yPred.get(i, j) > threshold ? 1 : 0;
                if (yTrue.get(i, j) == predicted) {
                    hits++;
                }
            }
        }
        return (double) hits / yPred.size();
    }
}
