package org.nnsh.nn;

import java.util.Arrays;
import java.util.Locale;

import org.nnsh.tensor.Figures;

/**
 * What a fit measured, one value per epoch: the training loss (data loss plus regularisation, as
 * computed in each step's forward pass before its update, averaged over the epoch's steps weighted
 * by their rows, as Keras does), the training accuracy (the right predictions of all its steps over
 * their number), the learning rate of the epoch's last update and, with validation data, the
 * validation loss (regularisation included) and accuracy after it. It may be read on another
 * thread while its fit runs (a fit started on a thread of its own): each epoch appears whole.
 */
public final class History {
    /** Room for this many epochs at first; the arrays double as needed, so a huge epoch count costs nothing up front. */
    private static final int INITIAL_CAPACITY = 1024;

    private final int planned;
    private final boolean validated;
    private double[] loss;
    private double[] accuracy;
    private double[] lr;
    private double[] valLoss;
    private double[] valAccuracy;
    private int epochs;
    private boolean stopped;

    History(int planned, boolean validated) {
        this.planned = planned;
        this.validated = validated;
        int capacity = Math.min(planned, INITIAL_CAPACITY);
        this.loss = new double[capacity];
        this.accuracy = new double[capacity];
        this.lr = new double[capacity];
        this.valLoss = new double[validated ? capacity : 0];
        this.valAccuracy = new double[validated ? capacity : 0];
    }

    /**
     * One epoch, its validation score included (null without validation data): recorded whole, so
     * that no reader, on the fit's thread or another, sees an epoch whose validation figures are missing.
     */
    synchronized void record(double epochLoss, double epochAccuracy, double learningRate, Score validation) {
        if (epochs == loss.length) {
            int capacity = (int) Math.min(planned, Math.max(1L, 2L * loss.length));
            loss = Arrays.copyOf(loss, capacity);
            accuracy = Arrays.copyOf(accuracy, capacity);
            lr = Arrays.copyOf(lr, capacity);
            if (validated) {
                valLoss = Arrays.copyOf(valLoss, capacity);
                valAccuracy = Arrays.copyOf(valAccuracy, capacity);
            }
        }
        loss[epochs] = epochLoss;
        accuracy[epochs] = epochAccuracy;
        lr[epochs] = learningRate;
        if (validated) {
            valLoss[epochs] = validation.loss();
            valAccuracy[epochs] = validation.accuracy();
        }
        epochs++;
    }

    synchronized void stop() {
        stopped = true;
    }

    /** The number of epochs done. */
    public synchronized int epochs() {
        return epochs;
    }

    /** The number of epochs asked for. */
    public int planned() {
        return planned;
    }

    /** True when the fit ended before all planned epochs ran: interrupted (Ctrl-C), or by a loss that turned NaN or ∞. */
    public synchronized boolean stopped() {
        return stopped;
    }

    /** True when validation data was given. */
    public boolean validated() {
        return validated;
    }

    public synchronized double[] loss() {
        return Arrays.copyOf(loss, epochs);
    }

    public synchronized double[] accuracy() {
        return Arrays.copyOf(accuracy, epochs);
    }

    public synchronized double[] lr() {
        return Arrays.copyOf(lr, epochs);
    }

    /** Validation losses; empty without validation data. */
    public synchronized double[] valLoss() {
        return Arrays.copyOf(valLoss, validated ? epochs : 0);
    }

    /** Validation accuracies; empty without validation data. */
    public synchronized double[] valAccuracy() {
        return Arrays.copyOf(valAccuracy, validated ? epochs : 0);
    }

    /** The last epoch's training loss. */
    public synchronized double lastLoss() {
        requireEpochs("lastLoss");
        return loss[epochs - 1];
    }

    /** The last epoch's training accuracy. */
    public synchronized double lastAccuracy() {
        requireEpochs("lastAccuracy");
        return accuracy[epochs - 1];
    }

    /** The learning rate of the last epoch's last update. */
    public synchronized double lastLr() {
        requireEpochs("lastLr");
        return lr[epochs - 1];
    }

    /** The last epoch's validation loss; NaN without validation data. */
    public synchronized double lastValLoss() {
        requireEpochs("lastValLoss");
        return validated ? valLoss[epochs - 1] : Double.NaN;
    }

    /** The last epoch's validation accuracy; NaN without validation data. */
    public synchronized double lastValAccuracy() {
        requireEpochs("lastValAccuracy");
        return validated ? valAccuracy[epochs - 1] : Double.NaN;
    }

    /**
     * A short table: the first epoch, about ten evenly spaced ones, and the last; in
     * {@link Locale#ROOT}, so that it prints (and a transcript checks) the same in any locale.
     */
    @Override
    public synchronized String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "History: %d of %d epochs%s", epochs, planned,
                stopped ? " (stopped)" : ""));
        if (epochs == 0) {
            return sb.toString();
        }
        sb.append(String.format(Locale.ROOT, "%n%8s  %10s  %8s", "epoch", "loss", "accuracy"));
        if (validated) {
            sb.append(String.format(Locale.ROOT, "  %10s  %8s", "val loss", "val acc"));
        }
        sb.append("  lr");
        int every = ProgressSteps.every(epochs);
        for (int e = 0; e < epochs; e++) {
            if (e % every == 0 || e == epochs - 1) {
                // accuracies through Figures too: an unvalidated diverged epoch's NaN reads nan, as its loss does
                sb.append(String.format(Locale.ROOT, "%n%8d  %10s  %8s", e, Figures.fixed(loss[e], 6),
                        Figures.fixed(accuracy[e], 4)));
                if (validated) {
                    sb.append(String.format(Locale.ROOT, "  %10s  %8s", Figures.fixed(valLoss[e], 6),
                            Figures.fixed(valAccuracy[e], 4)));
                }
                sb.append("  ").append(Figures.general(lr[e]));
            }
        }
        return sb.toString();
    }

    private void requireEpochs(String op) {
        if (epochs == 0) {
            throw new IllegalStateException(op + ": no epoch has run yet");
        }
    }
}
