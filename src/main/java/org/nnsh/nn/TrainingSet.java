package org.nnsh.nn;

import org.nnsh.data.Dataset;
import org.nnsh.tensor.ShapeException;

/**
 * A dataset laid out for a net with {@code outputs} outputs: inputs as rows, and one target row per
 * sample — one-hot for class labels and several outputs, the 0/1 label for a single output, or the
 * regression targets as given — plus how accuracy is counted for them.
 */
final class TrainingSet {
    /** How a prediction counts as right. */
    enum Accuracy {
        /** argmax of the outputs equals the label, or the target row's argmax (one-hot targets). */
        CATEGORICAL,
        /** each output thresholded at 0.5 equals its 0/1 target (Keras binary accuracy). */
        BINARY,
        /** nnfs' regression accuracy: {@code |prediction − target| < std(targets)/250}. */
        REGRESSION
    }

    private final double[][] x;
    private final double[][] targets;
    private final int[] labels;
    private final Accuracy accuracy;
    private final double precision;

    private TrainingSet(double[][] x, double[][] targets, int[] labels, Accuracy accuracy) {
        this(x, targets, labels, accuracy, accuracy == Accuracy.REGRESSION ? std(targets) / 250 : 0);
    }

    private TrainingSet(double[][] x, double[][] targets, int[] labels, Accuracy accuracy, double precision) {
        this.x = x;
        this.targets = targets;
        this.labels = labels;
        this.accuracy = accuracy;
        this.precision = precision;
    }

    /**
     * This set scored as {@code training} scores: nnfs fixes a regression's precision once, from
     * the training targets, so validation accuracy does not depend on the validation set's spread.
     */
    TrainingSet scoredAs(TrainingSet training) {
        return scoredWithin(training.precision);
    }

    /** This set with a regression's precision fixed at {@code precision} (a net's training precision, see {@link #precision()}). */
    TrainingSet scoredWithin(double precision) {
        return accuracy == Accuracy.REGRESSION ? new TrainingSet(x, targets, labels, accuracy, precision) : this;
    }

    /** How close a regression's prediction must be to count as right, std(targets)/250; NaN for class targets. */
    double precision() {
        return accuracy == Accuracy.REGRESSION ? precision : Double.NaN;
    }

    /** {@code data} for a net whose first layer takes {@code inputs} values and whose last gives {@code outputs}. */
    static TrainingSet of(String op, Dataset data, int inputs, int outputs, Loss loss) {
        if (data.size() == 0) {
            throw new IllegalArgumentException(op + ": the dataset is empty");
        }
        if (inputs >= 0 && data.x().cols() != inputs) {
            throw new ShapeException(op + ": the net expects " + Plural.count(inputs, "input") + ", but the data has "
                    + Plural.count(data.x().cols(), "column") + " (" + data + ")");
        }
        double[][] x = data.x().toArray();
        Finite.requireValues(op, "the data", x, x.length);
        if (data.isRegression()) {
            double[][] t = data.targets().toArray();
            Finite.requireValues(op, "the targets", t, t.length);
            if (t[0].length != outputs) {
                throw new ShapeException(op + ": the targets have " + Plural.count(t[0].length, "column")
                        + " but the net outputs " + outputs);
            }
            return new TrainingSet(x, t, null, targetAccuracy(loss, outputs));
        }
        int[] labels = data.y();
        // the one-hot targets are as large as the net's output over all rows: 100000 labels for
        // dense(…, 100000) are 10^10 values, a bare OutOfMemoryError before any check of the net's own
        Buffers.requireHeapFor(op, "the one-hot targets of " + labels.length + " rows for " + outputs + " outputs",
                (long) labels.length * outputs, "use fewer rows");
        double[][] t = new double[labels.length][outputs];
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (outputs == 1 && loss instanceof CategoricalLoss && label != 0) {
                throw new IllegalArgumentException(op + ": label " + label + " at row " + i + " is out of range for "
                        + loss.name() + " over 1 output, which has one class only; for 0/1 labels end with dense(…, 1)"
                        + ".sigmoid() (binaryCrossEntropy), or with dense(…, 2).softmax()");
            }
            if (outputs == 1 && label != 0 && label != 1) {
                throw new IllegalArgumentException(op + ": a net with 1 output learns 0/1 labels, but row " + i
                        + " has label " + label + "; for " + data.classes() + " classes end with dense(…, "
                        + data.classes() + ").softmax()");
            }
            if (outputs > 1 && (label < 0 || label >= outputs)) {
                throw new IllegalArgumentException(op + ": label " + label + " at row " + i
                        + " is out of range for a net with " + outputs + " outputs, which take labels 0 … " + (outputs - 1)
                        + "; for " + Plural.count(data.classes(), "class") + " end with dense(…, " + data.classes() + ")");
            }
            t[i][outputs == 1 ? 0 : label] = outputs == 1 ? label : 1;
        }
        return new TrainingSet(x, t, labels, outputs == 1 ? Accuracy.BINARY : Accuracy.CATEGORICAL);
    }

    /**
     * How target rows count as right, as Keras picks its accuracy from the loss: a categorical loss
     * compares argmaxes (one-hot or probability rows), binary cross-entropy thresholds at 0.5, and
     * any other loss is a regression.
     */
    private static Accuracy targetAccuracy(Loss loss, int outputs) {
        if (loss.name().equals("binaryCrossEntropy")) {
            return Accuracy.BINARY;
        }
        return loss instanceof CategoricalLoss && outputs > 1 ? Accuracy.CATEGORICAL : Accuracy.REGRESSION;
    }

    int size() {
        return x.length;
    }

    /** The largest |value| of the inputs and the targets: what a loss that overflows at once says about the data. */
    double largestMagnitude() {
        double largest = 0;
        for (double[][] values : new double[][][] {x, targets}) {
            for (double[] row : values) {
                for (double v : row) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        return largest;
    }

    double[][] x() {
        return x;
    }

    double[][] targets() {
        return targets;
    }

    int[] labels() {
        return labels;
    }

    /** The fraction of the batch's predictions (its first rows of {@code out}) that are right. */
    double accuracy(double[][] out, Batch batch) {
        return (double) hits(out, batch) / predictions(batch);
    }

    /** How many of the batch's predictions are right: one per row for class labels, else one per output. */
    long hits(double[][] out, Batch batch) {
        int rows = batch.rows();
        double[][] t = batch.targets();
        long right = 0;
        for (int i = 0; i < rows; i++) {
            double[] yi = out[i];
            if (accuracy == Accuracy.CATEGORICAL) {
                int label = batch.labels() != null ? batch.labels()[i] : argmax(t[i]);
                right += argmax(yi) == label ? 1 : 0;
                continue;
            }
            for (int j = 0; j < yi.length; j++) {
                boolean hit = accuracy == Accuracy.BINARY
                        ? (yi[j] > 0.5 ? 1 : 0) == t[i][j]
                        : Math.abs(yi[j] - t[i][j]) < precision;
                right += hit ? 1 : 0;
            }
        }
        return right;
    }

    /** How many predictions {@link #hits} counts for the batch. */
    long predictions(Batch batch) {
        return accuracy == Accuracy.CATEGORICAL ? batch.rows() : (long) batch.rows() * batch.targets()[0].length;
    }

    /** The first index of the largest value, as numpy's argmax. */
    private static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }

    /** numpy's np.std: the population standard deviation of all values. */
    private static double std(double[][] values) {
        double sum = 0;
        long n = 0;
        for (double[] row : values) {
            for (double v : row) {
                sum += v;
                n++;
            }
        }
        double mean = sum / n;
        double squares = 0;
        for (double[] row : values) {
            for (double v : row) {
                squares += (v - mean) * (v - mean);
            }
        }
        return Math.sqrt(squares / n);
    }
}
