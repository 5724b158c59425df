package org.nnsh.nn;

import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.PythonFloat;
import org.nnsh.tensor.Sums;

/**
 * The losses, each a small class with its value and its gradient side by side, reached through the
 * factories ({@code Losses.crossEntropy()}, …) or as plain functions of predictions and targets.
 * Values are means over samples (and over outputs for the elementwise losses); gradients are the
 * exact derivatives of those means, so they carry the 1/n (or 1/(n·outputs)) factor.
 */
public final class Losses {
    /** Predictions are clipped to [ε, 1 − ε] before any log, as in nnfs and Keras: log 0 never happens. */
    static final double EPSILON = 1e-7;

    // what definedMean says a loss expected of its inputs when their mean has no value
    private static final String PROBABILITY_TARGETS = "targets in [0, 1]";
    private static final String LOG_PROBABILITIES = "log-probabilities, at most 0 (logSoftmax's output)";

    private static final CrossEntropy CROSS_ENTROPY = new CrossEntropy();
    private static final NegativeLogLikelihood NLL = new NegativeLogLikelihood();
    private static final BinaryCrossEntropy BINARY_CROSS_ENTROPY = new BinaryCrossEntropy();
    private static final MeanSquaredError MSE = new MeanSquaredError();
    private static final MeanAbsoluteError MAE = new MeanAbsoluteError();

    private Losses() {
    }

    // ---------------------------------------------------------------- factories

    /** Mean categorical cross-entropy of n×k probabilities (softmax outputs). */
    public static CategoricalLoss crossEntropy() {
        return CROSS_ENTROPY;
    }

    /** Mean negative log-likelihood of n×k log-probabilities (logSoftmax outputs). */
    public static CategoricalLoss nll() {
        return NLL;
    }

    /** Mean binary cross-entropy of n×k independent probabilities (sigmoid outputs). */
    public static Loss binaryCrossEntropy() {
        return BINARY_CROSS_ENTROPY;
    }

    /** Mean squared error. */
    public static Loss mse() {
        return MSE;
    }

    /** Mean absolute error. */
    public static Loss mae() {
        return MAE;
    }

    // ---------------------------------------------------------------- plain functions

    public static double crossEntropy(Matrix yPred, int[] labels) {
        double loss = CROSS_ENTROPY.value(yPred, labels);
        Targets.requireProbabilities("crossEntropy", yPred, "softmax"); // after the label checks, whose messages come first
        return loss;
    }

    public static double crossEntropy(Matrix yPred, Matrix oneHot) {
        double loss = CROSS_ENTROPY.value(yPred, oneHot);
        Targets.requireNotSwapped("crossEntropy", yPred, oneHot); // after the shape checks, whose messages come first
        Targets.requireProbabilities("crossEntropy", yPred, "softmax");
        Targets.requireUnitTargets("crossEntropy", oneHot);
        return loss;
    }

    public static double nll(Matrix logProbs, int[] labels) {
        double loss = NLL.value(logProbs, labels);
        Targets.requireNotProbabilities("nll", logProbs); // after the label checks, whose messages come first
        return loss;
    }

    public static double binaryCrossEntropy(Matrix yPred, Matrix yTrue) {
        double loss = BINARY_CROSS_ENTROPY.value(yPred, yTrue);
        Targets.requireNotSwapped("binaryCrossEntropy", yPred, yTrue); // after the shape checks, whose messages come first
        Targets.requireProbabilities("binaryCrossEntropy", yPred, "sigmoid");
        Targets.requireUnitTargets("binaryCrossEntropy", yTrue);
        return loss;
    }

    public static double mse(Matrix yPred, Matrix yTrue) {
        return MSE.value(yPred, yTrue);
    }

    public static double mae(Matrix yPred, Matrix yTrue) {
        return MAE.value(yPred, yTrue);
    }

    // ---------------------------------------------------------------- fused gradients

    /**
     * The gradient of crossEntropy(softmax(z), labels) with respect to the logits z, given the
     * softmax output p: (p − onehot) / n. Cheaper and better conditioned than chaining the two
     * backward passes, and it is the gradient of the unclipped loss.
     */
    public static Matrix softmaxCrossEntropyGradient(Matrix probs, int[] labels) {
        Targets.requireLabels("softmaxCrossEntropyGradient", probs, labels);
        return probs.minus(Targets.shaped(Targets.oneHot(labels, probs.cols()), probs)).div(probs.rows());
    }

    /** As {@link #softmaxCrossEntropyGradient(Matrix, int[])} with one-hot targets t: (p − t) / n. */
    public static Matrix softmaxCrossEntropyGradient(Matrix probs, Matrix oneHot) {
        Targets.requireOneHotShape("softmaxCrossEntropyGradient", probs, oneHot);
        return probs.minus(oneHot).div(probs.rows());
    }

    /**
     * The gradient of binaryCrossEntropy(sigmoid(z), t) with respect to the logits z, given the
     * sigmoid output p: (p − t) / (n·outputs), the gradient of the unclipped loss.
     */
    public static Matrix sigmoidBinaryCrossEntropyGradient(Matrix probs, Matrix yTrue) {
        Targets.requireSameShape("sigmoidBinaryCrossEntropyGradient", probs, yTrue);
        return probs.minus(yTrue).div((double) probs.rows() * probs.cols());
    }

    // ---------------------------------------------------------------- the training loop's form

    /**
     * Cross-entropy of the first {@code rows} rows of probabilities against labels a
     * {@link TrainingSet} has checked: the training loop's form, without a Matrix or a second check.
     */
    static double crossEntropyOfLabels(double[][] p, int[] labels, int rows) {
        return CrossEntropy.ofLabels(p, labels, rows);
    }

    // ---------------------------------------------------------------- shared by the losses

    /**
     * The mean of per-sample losses as numpy's np.mean takes it (pairwise summation), so a loss
     * prints the digits nnfs's np.mean(sample_losses) prints; a running sum drifts from 8 samples on.
     */
    private static double meanOf(double[] losses) {
        return Sums.pairwise(losses) / losses.length;
    }

    /**
     * meanOf(losses), refused where it is a NaN that no NaN in the inputs explains: an inf and a -inf
     * term (a log-probability of +inf, targets far outside [0, 1]) add up to NaN, which a fit or a
     * printed loss would carry on with silently. A NaN already in the inputs passes through, as numpy's.
     */
    private static double definedMean(String op, double[] losses, String expected, Matrix... inputs) {
        double mean = meanOf(losses);
        if (Double.isNaN(mean) && !holdsNaN(inputs)) {
            int sample = 0;
            while (sample < losses.length && !Double.isNaN(losses[sample])) {
                sample++;
            }
            throw new ArithmeticException(op + (sample < losses.length
                    ? ": the loss of sample " + sample + " is inf - inf, which has no value"
                    : ": the samples' losses are inf and -inf, whose mean has no value") + "; expected " + expected);
        }
        return mean;
    }

    private static boolean holdsNaN(Matrix... inputs) {
        for (Matrix m : inputs) {
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    if (Double.isNaN(m.get(i, j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * yPred − yTrue for mse and mae, refused with the loss's name where both hold the same infinity:
     * ∞ − ∞ has no value, and Matrix.minus's own message would name minus, which the user never called.
     */
    private static Matrix difference(String op, Matrix yPred, Matrix yTrue) {
        for (int i = 0; i < yPred.rows(); i++) {
            for (int j = 0; j < yPred.cols(); j++) {
                double p = yPred.get(i, j);
                if (Double.isInfinite(p) && p == yTrue.get(i, j)) {
                    throw new ArithmeticException(op + ": yPred and yTrue are both " + PythonFloat.repr(p) + " at (" + i
                            + ", " + j + "), and " + PythonFloat.repr(p) + " - " + PythonFloat.repr(p)
                            + " has no value; finite predictions and targets are expected");
                }
            }
        }
        return yPred.minus(yTrue);
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    }

    // ---------------------------------------------------------------- the losses

    /**
     * CE = −(1/n) Σᵢ Σⱼ tᵢⱼ·log clip(pᵢⱼ); with labels, −(1/n) Σᵢ log clip(pᵢ,labelᵢ).
     * Gradient −tᵢⱼ / (n·clip(pᵢⱼ)): nnfs divides by the raw p, which gives −∞ or 0/0 at p = 0; the
     * clipped p keeps it finite and equal wherever the clip is inactive.
     */
    private static final class CrossEntropy implements CategoricalLoss {
        @Override
        public String name() {
            return "crossEntropy";
        }

        @Override
        public double value(Matrix yPred, int[] labels) {
            Targets.requireLabels(name(), yPred, labels);
            double[] losses = new double[labels.length];
            for (int i = 0; i < labels.length; i++) {
                losses[i] = -Math.log(clip(yPred.get(i, labels[i])));
            }
            return meanOf(losses);
        }

        /** {@link #value(Matrix, int[])} of the first {@code rows} rows of raw probabilities, labels already checked. */
        static double ofLabels(double[][] p, int[] labels, int rows) {
            // a running sum, not meanOf: an epoch must allocate nothing, and a batch split over two
            // cores is a mean of two halves' means anyway, so the loop's loss cannot follow numpy's order
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                sum -= Math.log(clip(p[i][labels[i]]));
            }
            return sum / rows;
        }

        @Override
        public double value(Matrix yPred, Matrix oneHot) {
            Targets.requireOneHotShape(name(), yPred, oneHot);
            double[][] p = yPred.toArray();
            double[][] t = oneHot.toArray();
            double[] losses = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < p[i].length; j++) {
                    if (t[i][j] != 0) {
                        losses[i] -= t[i][j] * Math.log(clip(p[i][j]));
                    }
                }
            }
            return definedMean(name(), losses, PROBABILITY_TARGETS, yPred, oneHot);
        }

        @Override
        public Matrix gradient(Matrix yPred, int[] labels) {
            Targets.requireLabels(name(), yPred, labels);
            return gradient(yPred, Targets.oneHot(labels, yPred.cols()));
        }

        @Override
        public Matrix gradient(Matrix yPred, Matrix oneHot) {
            Targets.requireOneHotShape(name(), yPred, oneHot);
            return gradient(yPred, oneHot.toArray());
        }

        private Matrix gradient(Matrix yPred, double[][] t) {
            double[][] p = yPred.toArray();
            int n = p.length;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p[i].length; j++) {
                    p[i][j] = t[i][j] == 0 ? 0 : -t[i][j] / (n * clip(p[i][j]));
                }
            }
            return Targets.shaped(p, yPred);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** NLL = −(1/n) Σᵢ ℓᵢ,labelᵢ for log-probabilities ℓ; gradient −onehot / n. */
    private static final class NegativeLogLikelihood implements CategoricalLoss {
        @Override
        public String name() {
            return "nll";
        }

        @Override
        public double value(Matrix logProbs, int[] labels) {
            Targets.requireLabels(name(), logProbs, labels);
            double[] losses = new double[labels.length];
            for (int i = 0; i < labels.length; i++) {
                losses[i] = -logProbs.get(i, labels[i]);
            }
            return definedMean(name(), losses, LOG_PROBABILITIES, logProbs);
        }

        /**
         * −(1/n) Σ tᵢⱼ·ℓᵢⱼ over the non-zero targets only: a class with target 0 adds nothing even
         * when its log-probability is −∞, where the product −∞·0 would be NaN (as the int[] form
         * and crossEntropy's one-hot form, which never look at those classes).
         */
        @Override
        public double value(Matrix logProbs, Matrix oneHot) {
            Targets.requireOneHotShape(name(), logProbs, oneHot);
            double[][] l = logProbs.toArray();
            double[][] t = oneHot.toArray();
            double[] losses = new double[l.length];
            for (int i = 0; i < l.length; i++) {
                for (int j = 0; j < l[i].length; j++) {
                    if (t[i][j] != 0) {
                        losses[i] -= t[i][j] * l[i][j];
                    }
                }
            }
            return definedMean(name(), losses, LOG_PROBABILITIES + " and " + PROBABILITY_TARGETS, logProbs, oneHot);
        }

        @Override
        public Matrix gradient(Matrix logProbs, int[] labels) {
            Targets.requireLabels(name(), logProbs, labels);
            double[][] g = new double[labels.length][logProbs.cols()];
            for (int i = 0; i < labels.length; i++) {
                g[i][labels[i]] = -1.0 / labels.length;
            }
            return Targets.shaped(g, logProbs);
        }

        @Override
        public Matrix gradient(Matrix logProbs, Matrix oneHot) {
            Targets.requireOneHotShape(name(), logProbs, oneHot);
            int n = logProbs.rows();
            return oneHot.map(t -> t == 0 ? 0 : -t / n);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /**
     * BCE = mean over samples of the mean over outputs of −(t·log p + (1 − t)·log(1 − p)), p clipped
     * to [ε, 1 − ε] (Keras and nnfs). Gradient −(t/p − (1 − t)/(1 − p)) / (n·outputs) with the same
     * clipped p, as nnfs.
     */
    private static final class BinaryCrossEntropy implements Loss {
        @Override
        public String name() {
            return "binaryCrossEntropy";
        }

        @Override
        public double value(Matrix yPred, Matrix yTrue) {
            Targets.requireSameShape(name(), yPred, yTrue);
            double[][] p = yPred.toArray();
            double[][] t = yTrue.toArray();
            double[] losses = new double[p.length];
            double[] terms = new double[yPred.cols()];
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < terms.length; j++) {
                    if (Double.isInfinite(t[i][j])) {
                        // t·log q + (1 − t)·log(1 − q) is ∞ − ∞ there: a NaN loss, silently
                        throw new ArithmeticException(name() + ": the target is " + PythonFloat.repr(t[i][j]) + " at (" + i
                                + ", " + j + "), where the loss is inf - inf; expected targets in [0, 1]");
                    }
                    double q = clip(p[i][j]);
                    terms[j] = -(t[i][j] * Math.log(q) + (1 - t[i][j]) * Math.log(1 - q));
                }
                losses[i] = meanOf(terms);
            }
            return definedMean(name(), losses, PROBABILITY_TARGETS, yPred, yTrue);
        }

        @Override
        public Matrix gradient(Matrix yPred, Matrix yTrue) {
            Targets.requireSameShape(name(), yPred, yTrue);
            double[][] p = yPred.toArray();
            double[][] t = yTrue.toArray();
            double scale = (double) p.length * yPred.cols();
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < p[i].length; j++) {
                    double q = clip(p[i][j]);
                    p[i][j] = -(t[i][j] / q - (1 - t[i][j]) / (1 - q)) / scale;
                }
            }
            return Targets.shaped(p, yPred);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** MSE = mean of (p − t)² over outputs and samples; gradient 2(p − t) / (n·outputs). */
    private static final class MeanSquaredError implements Loss {
        @Override
        public String name() {
            return "mse";
        }

        @Override
        public double value(Matrix yPred, Matrix yTrue) {
            Targets.requireSameShape(name(), yPred, yTrue);
            Matrix d = difference(name(), yPred, yTrue);
            return d.times(d).sum() / yPred.size();
        }

        @Override
        public Matrix gradient(Matrix yPred, Matrix yTrue) {
            Targets.requireSameShape(name(), yPred, yTrue);
            return difference(name(), yPred, yTrue).times(2.0 / yPred.size());
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /**
     * MAE = mean of |p − t| over outputs and samples; gradient sign(p − t) / (n·outputs), with
     * sign(0) = 0 (numpy's choice).
     */
    private static final class MeanAbsoluteError implements Loss {
        @Override
        public String name() {
            return "mae";
        }

        @Override
        public double value(Matrix yPred, Matrix yTrue) {
            Targets.requireSameShape(name(), yPred, yTrue);
            return difference(name(), yPred, yTrue).map(Math::abs).sum() / yPred.size();
        }

        @Override
        public Matrix gradient(Matrix yPred, Matrix yTrue) {
            Targets.requireSameShape(name(), yPred, yTrue);
            return difference(name(), yPred, yTrue).map(Math::signum).div(yPred.size());
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
