package org.nnsh.nn;

import java.util.Objects;

import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.PythonFloat;
import org.nnsh.tensor.ShapeException;

/** The checks every loss and metric makes on its predictions and targets, with their messages. */
final class Targets {
    /** How far outside [0, 1] a probability may stray by rounding before it is taken for something else. */
    private static final double UNIT_RANGE_SLACK = 1e-9;

    private Targets() {
    }

    static void requireSamples(String op, Matrix yPred) {
        Objects.requireNonNull(yPred, op + ": the predictions are null");
        if (yPred.rows() == 0 || yPred.cols() == 0) {
            throw new ShapeException(op + ": no predictions (shape " + yPred.shapeString() + ")");
        }
    }

    /** One label per row of {@code yPred}, each a column index of it. */
    static void requireLabels(String op, Matrix yPred, int[] labels) {
        Objects.requireNonNull(yPred, op + ": the predictions are null"); // before yPred.cols() below
        requireLabels(op, yPred, labels, yPred.cols());
    }

    /** One label per row of {@code yPred}, each in 0 … classes − 1. */
    static void requireLabels(String op, Matrix yPred, int[] labels, int classes) {
        requireSamples(op, yPred);
        Objects.requireNonNull(labels, op + ": the labels are null");
        if (labels.length != yPred.rows()) {
            throw new ShapeException(op + ": " + Plural.count(labels.length, "label") + " for "
                    + Plural.count(yPred.rows(), "prediction") + " (shape " + yPred.shapeString() + "); expected one label per row"
                    + vectorHint(yPred, labels.length));
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(op + ": label " + labels[i] + " at row " + i
                        + " is out of range for " + Plural.count(classes, "class") + sigmoidHint(op, yPred, classes));
            }
        }
    }

    /**
     * One column of predictions is a single sigmoid's P(class 1), whose labels 0 and 1 crossEntropy reads
     * as classes of a one-class softmax: say which loss takes them (accuracy already reads the column so).
     */
    private static String sigmoidHint(String op, Matrix yPred, int classes) {
        return op.equals("crossEntropy") && classes == 1 && yPred.cols() == 1
                ? " (predictions of shape " + yPred.shapeString() + "); one column is a single sigmoid's output:"
                        + " binaryCrossEntropy(yPred, yTrue) takes 0/1 labels as a column (a Dataset's targets())"
                : "";
    }

    /**
     * Keras and scikit-learn take {@code (y_true, y_pred)}, nnsh the predictions first. Swapped, 0/1 targets
     * become predictions clipped to 1e-7 and the probabilities become targets: a large loss or an accuracy
     * near 0, without a word. Predictions that are all exactly 0 or 1 against a target strictly between
     * them are that mistake (a net's sigmoid or softmax is never exactly 0 or 1 everywhere).
     */
    static void requireNotSwapped(String op, Matrix yPred, Matrix yTrue) {
        double[][] predictions = yPred.toArray();
        for (double[] row : predictions) {
            for (double p : row) {
                if (p != 0 && p != 1) {
                    return;
                }
            }
        }
        double[][] targets = yTrue.toArray();
        for (int i = 0; i < targets.length; i++) {
            for (int j = 0; j < targets[i].length; j++) {
                double t = targets[i][j];
                if (t > 0 && t < 1) {
                    throw new IllegalArgumentException(op + ": the predictions hold only 0s and 1s and the targets "
                            + t + " at (" + i + ", " + j + "): the arguments look swapped; nnsh takes " + op
                            + "(yPred, yTrue), the predictions first (Keras and scikit-learn take y_true first)");
                }
            }
        }
    }

    /**
     * A loss of probabilities clips them to [1e-7, 1 − 1e-7], so logits (or log-probabilities) gave a number
     * with no meaning without a word: crossEntropy of logits [[2, -1]] for label 0 was 1e-7, a perfect score.
     * A NaN is the user's data and passes through, as in numpy. {@code activation} makes the probabilities.
     */
    static void requireProbabilities(String op, Matrix yPred, String activation) {
        double[][] p = yPred.toArray();
        boolean logs = true;
        int[] outside = null;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p[i].length; j++) {
                logs &= !(p[i][j] > 0);
                if (outside == null && outsideUnitRange(p[i][j])) {
                    outside = new int[] {i, j};
                }
            }
        }
        if (outside == null) {
            return;
        }
        String fix = logs && op.equals("crossEntropy")
                ? "log-probabilities? nll(logProbs, labels) takes those, or pass softmax(z)"
                : "logits? pass " + activation + "(z)";
        throw new IllegalArgumentException(op + ": the predictions hold " + PythonFloat.repr(p[outside[0]][outside[1]])
                + " at (" + outside[0] + ", " + outside[1] + "), outside [0, 1]; expected probabilities (" + fix + ")");
    }

    /**
     * Targets of a cross-entropy are 0/1 or probabilities: class labels 0 … k−1 as a column (a Dataset's
     * targets() of three classes) gave binaryCrossEntropy a number with no meaning, without a word.
     */
    static void requireUnitTargets(String op, Matrix yTrue) {
        double[][] t = yTrue.toArray();
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t[i].length; j++) {
                if (outsideUnitRange(t[i][j])) {
                    throw new IllegalArgumentException(op + ": the targets hold " + PythonFloat.repr(t[i][j]) + " at (" + i
                            + ", " + j + "), outside [0, 1]; expected 0/1 targets or probabilities (class labels 0 … k−1 go"
                            + " as an int[]: crossEntropy(p, labels))");
                }
            }
        }
    }

    /** Outside [0, 1] by more than rounding: a value computed as a probability by the user's own code may miss by an ulp. */
    private static boolean outsideUnitRange(double v) {
        return v < -UNIT_RANGE_SLACK || v > 1 + UNIT_RANGE_SLACK;
    }

    /**
     * nll(softmax(z), labels), the probabilities where log-probabilities belong, is −mean(p[label]): a negative
     * "loss", without a word (PyTorch's NLLLoss gives it too). Rows all in [0, 1] and summing to 1 are that
     * mistake: log-probabilities are at most 0, so a row of them in [0, 1] is all zeros, summing to 0.
     */
    static void requireNotProbabilities(String op, Matrix logProbs) {
        double[][] rows = logProbs.toArray();
        for (double[] row : rows) {
            double sum = 0;
            for (double v : row) {
                if (!(v >= 0 && v <= 1)) {
                    return;
                }
                sum += v;
            }
            if (Math.abs(sum - 1) > 1e-6) {
                return;
            }
        }
        throw new IllegalArgumentException(op + ": every row of the " + logProbs.shapeString() + " input is in [0, 1]"
                + " and sums to 1: probabilities, not the log-probabilities " + op + " takes (at most 0); pass"
                + " logSoftmax(z) or log(p), or use crossEntropy(p, labels)");
    }

    /**
     * For a vector of n predictions against n labels, numpy's 1-D array of one sigmoid's outputs
     * (np.mean((p > 0.5) == y)): in nnsh a vector is one row, so the call needs its n×1 transpose.
     */
    private static String vectorHint(Matrix yPred, int labels) {
        return yPred.isVector() && labels > 1 && yPred.cols() == labels
                ? "; a vector is one row: yPred.T() makes it " + labels + " rows of one output" : "";
    }

    /** One-hot (or any per-class) targets: exactly the shape of the predictions. */
    static void requireOneHotShape(String op, Matrix yPred, Matrix oneHot) {
        requireSamples(op, yPred);
        Objects.requireNonNull(oneHot, op + ": the targets are null");
        if (!sameShape(yPred, oneHot)) {
            String hint = looksLikeLabels(yPred, oneHot) ? "; for " + yPred.rows()
                    + " class labels pass an int[] (such as a Dataset's y())" : "";
            throw new ShapeException(op + ": one-hot targets of shape " + oneHot.shapeString()
                    + " do not match predictions of shape " + yPred.shapeString() + hint);
        }
    }

    /**
     * A single row or column of class indices, one per prediction: labels wrapped in a matrix, as
     * seed 001 passes np.array([y]) to its loss. The message then says how to pass labels instead.
     */
    private static boolean looksLikeLabels(Matrix yPred, Matrix targets) {
        if ((targets.rows() != 1 && targets.cols() != 1) || targets.rows() * targets.cols() != yPred.rows()) {
            return false;
        }
        for (double[] row : targets.toArray()) {
            for (double v : row) {
                if (v != Math.rint(v) || v < 0 || v >= yPred.cols()) {
                    return false;
                }
            }
        }
        return true;
    }

    static void requireSameShape(String op, Matrix yPred, Matrix yTrue) {
        requireSamples(op, yPred);
        Objects.requireNonNull(yTrue, op + ": the targets are null");
        if (!sameShape(yPred, yTrue)) {
            throw new ShapeException(op + ": shapes " + yPred.shapeString() + " and " + yTrue.shapeString()
                    + " differ; expected yTrue of the predictions' shape" + reshapeHint(yPred, yTrue));
        }
    }

    /**
     * The call that fixes the commonest mix-up, a column of n predictions against a vector of n targets
     * (numpy would broadcast the two to n×n and quietly average the wrong thing): how to reshape yTrue.
     */
    private static String reshapeHint(Matrix yPred, Matrix yTrue) {
        if (yPred.rows() * yPred.cols() != yTrue.rows() * yTrue.cols()) {
            return "";
        }
        return yPred.isVector() ? ": yTrue.flatten() has it"
                : ": yTrue.reshape(" + yPred.rows() + ", " + yPred.cols() + ") has it";
    }

    private static boolean sameShape(Matrix a, Matrix b) {
        return a.rows() == b.rows() && a.cols() == b.cols();
    }

    /** n×k one-hot rows for labels already checked against k classes. */
    static double[][] oneHot(int[] labels, int classes) {
        double[][] t = new double[labels.length][classes];
        for (int i = 0; i < labels.length; i++) {
            t[i][labels[i]] = 1;
        }
        return t;
    }

    /** A new matrix of raw values in the vector-ness of {@code like}. */
    static Matrix shaped(double[][] values, Matrix like) {
        return like.isVector() ? Matrix.wrapVector(values[0]) : Matrix.wrap(values, like.cols());
    }
}
