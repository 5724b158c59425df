package org.nnsh.nn;

import java.util.ArrayList;
import java.util.List;

import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.ShapeException;

/**
 * What a fit minimises for one net: the loss (given, or implied by the final activation as in the
 * seeds' table — softmax → crossEntropy, logSoftmax → nll, sigmoid → binaryCrossEntropy, anything
 * else → mse), whether the loss's gradient is fused with the final activation's, and the warnings a
 * likely mistaken pairing deserves.
 */
final class Objective {
    private final Loss loss;
    private final String finalActivation;
    private final boolean fused;
    private final List<String> warnings = new ArrayList<>();

    private Objective(Loss loss, Activation last, String finalActivation) {
        this.loss = loss;
        this.finalActivation = finalActivation;
        this.fused = fuses(last, loss);
    }

    /** The objective of {@code net}, with {@code override} as its loss unless null. */
    static Objective of(Net net, Loss override) {
        String last = net.finalActivationName();
        Objective objective = new Objective(override != null ? override : implied(last), net.finalActivation(), last);
        String dropped = net.layerBeforeFinalDropout();
        if (dropped != null) {
            // the outputs themselves are zeroed and rescaled while training, and no activation implies the loss
            objective.warnings.add("the net ends in dropout (after " + dropped + "), which zeroes and rescales its outputs"
                    + " while training, and implies no loss (it trains on " + objective.loss.name() + "): put"
                    + " dropout before the last dense layer, e.g. .relu().dropout(0.1).dense(64, 3).softmax()");
            return objective;
        }
        objective.checkPairing();
        if (net.width() == 1 && (last.equals("softmax") || last.equals("logSoftmax"))) {
            objective.warnings.add("the net ends in " + last + " over 1 output, which is constant (" + (last.equals("softmax")
                    ? "1" : "0") + ") and learns nothing: for two classes end with dense(…, 1).sigmoid(), or dense(…, 2)."
                    + last + "()");
        }
        return objective;
    }

    /** The loss the final activation implies. */
    static Loss implied(String finalActivation) {
        switch (finalActivation) {
            case "softmax":
                return Losses.crossEntropy();
            case "logSoftmax":
                return Losses.nll();
            case "sigmoid":
                return Losses.binaryCrossEntropy();
            default:
                return Losses.mse();
        }
    }

    Loss loss() {
        return loss;
    }

    /** True when the gradient is taken with respect to the final activation's input, skipping its backward. */
    boolean fused() {
        return fused;
    }

    List<String> warnings() {
        return warnings;
    }

    /** The mean loss of the first {@code rows} outputs against their targets. */
    double value(double[][] out, Batch batch) {
        if (loss == Losses.crossEntropy() && batch.labels() != null) {
            return Losses.crossEntropyOfLabels(out, batch.labels(), batch.rows());
        }
        Matrix yPred = Matrix.wrap(batch.view(out));
        if (loss instanceof CategoricalLoss && batch.labels() != null) {
            return ((CategoricalLoss) loss).value(yPred, batch.labels());
        }
        return loss.value(yPred, Matrix.wrap(batch.targets()));
    }

    /**
     * Writes into {@code grad} the gradient, for the batch's rows, of the loss of a batch of
     * {@code total} rows that holds them: with respect to the final activation's input when fused —
     * (p·Σt − t)/n for softmax with cross-entropy, (p − t)/(n·k) for sigmoid with binary cross-entropy,
     * (e^y·Σt − t)/n for logSoftmax with nll, Σt the row's target sum (1 for labels and one-hot rows,
     * so the book's p − t; multi-hot or unnormalised rows need it) — else with respect to the output, from the loss itself
     * (a mean over rows, so rescaled from the batch's rows to {@code total}).
     */
    void gradient(double[][] out, Batch batch, int total, double[][] grad) {
        int rows = batch.rows();
        double[][] t = batch.targets();
        if (!fused) {
            Matrix yPred = Matrix.wrap(batch.view(out));
            Matrix gradient = loss.gradient(yPred, Matrix.wrap(t));
            // a Loss of the user's own may get it wrong; copying it would fail with a bare index error
            if (gradient == null || gradient.rows() != yPred.rows() || gradient.cols() != yPred.cols()) {
                throw new ShapeException("the loss " + loss.name() + " gave a gradient of shape "
                        + (gradient == null ? "null" : gradient.shapeString()) + " for predictions of shape "
                        + yPred.shapeString() + "; a Loss's gradient must have the predictions' shape");
            }
            double[][] g = gradient.toArray();
            double share = (double) rows / total;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < g[i].length; j++) {
                    grad[i][j] = rows == total ? g[i][j] : g[i][j] * share;
                }
            }
            return;
        }
        boolean logProbabilities = finalActivation.equals("logSoftmax");
        int cols = t[0].length;
        boolean sigmoid = finalActivation.equals("sigmoid");
        double scale = sigmoid ? (double) total * cols : total;
        for (int i = 0; i < rows; i++) {
            double[] yi = out[i];
            double[] ti = t[i];
            double[] gi = grad[i];
            double targetSum = 1;
            if (!sigmoid) {
                // −Σ t·log p over a softmax has gradient p·Σt − t: p − t only when the row sums to 1
                targetSum = 0;
                for (int j = 0; j < cols; j++) {
                    targetSum += ti[j];
                }
            }
            for (int j = 0; j < cols; j++) {
                double p = logProbabilities ? Math.exp(yi[j]) : yi[j];
                gi[j] = (p * targetSum - ti[j]) / scale;
            }
        }
    }

    /**
     * nnsh's own activation and loss only, not ones of the user's that bear their names: a fused
     * gradient would replace what those compute.
     */
    private static boolean fuses(Activation last, Loss loss) {
        return last == Activations.softmax() && loss == Losses.crossEntropy()
                || last == Activations.sigmoid() && loss == Losses.binaryCrossEntropy()
                || last == Activations.logSoftmax() && loss == Losses.nll();
    }

    private void checkPairing() {
        String lossName = loss.name();
        if (finalActivation.equals("softmax") && !lossName.equals("crossEntropy")) {
            warnings.add(lossName.equals("nll")
                    ? "nll expects log-probabilities, but the net ends in softmax: use crossEntropy, or end in logSoftmax"
                    : "the net ends in softmax but trains on " + lossName + "; crossEntropy is the loss for class probabilities");
        } else if (lossName.equals("crossEntropy") && !finalActivation.equals("softmax")) {
            // a sigmoid's outputs are probabilities, each of its own: they need not sum to 1 over the classes
            warnings.add("crossEntropy expects probabilities, but the net ends in " + finalActivation + (finalActivation
                    .equals("sigmoid") ? " (its outputs do not sum to 1 over the classes)" : " (its outputs are not"
                    + " probabilities)") + ": end with .softmax()");
        } else if (lossName.equals("nll") && !finalActivation.equals("logSoftmax")) {
            warnings.add("nll expects log-probabilities, but the net ends in " + finalActivation + ": end with .logSoftmax()");
        } else if (lossName.equals("binaryCrossEntropy") && !finalActivation.equals("sigmoid")) {
            warnings.add("binaryCrossEntropy expects probabilities in (0, 1), but the net ends in " + finalActivation
                    + ": end with .sigmoid()");
        }
    }
}
