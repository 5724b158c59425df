package org.nnsh.nn;

import java.util.Objects;
import java.util.function.Supplier;

import org.nnsh.data.Dataset;
import org.nnsh.tensor.PythonFloat;

/**
 * How a fit runs beyond its epochs and optimizer: batch size, shuffling, validation data, how often
 * to report, an explicit loss. Immutable: each setter returns new options, so
 * {@code batchSize(32).validation(0.2).quiet()} reads left to right. The default is the whole
 * dataset as one batch, no validation, the loss implied by the net's final activation, and the
 * installed default progress (a summary line about every tenth of the run).
 */
public final class FitOptions {
    private static volatile Supplier<TrainingProgress> defaultProgress = () -> TrainingProgress.SILENT;

    /** Full batch, no validation, implied loss, default progress. */
    public static final FitOptions DEFAULT = new FitOptions(0, null, 0, null, 0, null, null, false);

    private final int batchSize;
    private final Boolean shuffle;
    private final double validationFraction;
    private final Dataset validationData;
    private final int every;
    private final Loss loss;
    private final TrainingProgress progress;
    /** Progress dropped, warnings kept. */
    private final boolean quiet;

    private FitOptions(int batchSize, Boolean shuffle, double validationFraction, Dataset validationData, int every,
            Loss loss, TrainingProgress progress, boolean quiet) {
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.validationFraction = validationFraction;
        this.validationData = validationData;
        this.every = every;
        this.loss = loss;
        this.progress = progress;
        this.quiet = quiet;
    }

    /** Installs what fits report to when no progress is given (the shell installs its printer). */
    public static void defaultProgress(Supplier<TrainingProgress> progress) {
        defaultProgress = Objects.requireNonNull(progress, "defaultProgress");
    }

    /** Mini-batches of {@code n} samples (the last may be smaller), shuffled each epoch unless told otherwise. */
    public FitOptions batchSize(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("batchSize: must be ≥ 1, got " + n);
        }
        return new FitOptions(n, shuffle, validationFraction, validationData, every, loss, progress, quiet);
    }

    /** Whether to reshuffle the samples before each epoch (numpy's permutation, from the global stream). */
    public FitOptions shuffle(boolean on) {
        return new FitOptions(batchSize, on, validationFraction, validationData, every, loss, progress, quiet);
    }

    /** Holds out the last {@code fraction} of the data for validation, as Keras' validation_split. */
    public FitOptions validation(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("validation: fraction must be between 0 and 1 (exclusive), got " + fraction);
        }
        return new FitOptions(batchSize, shuffle, fraction, null, every, loss, progress, quiet);
    }

    /** Validates on {@code data} after each epoch. */
    public FitOptions validation(Dataset data) {
        Objects.requireNonNull(data, "validation: the dataset is null; pass one, or a fraction to hold out, e.g. validation(0.2)");
        return new FitOptions(batchSize, shuffle, 0, data, every, loss, progress, quiet);
    }

    /** A summary line every {@code n} epochs (and after the last). */
    public FitOptions every(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("every: must be ≥ 1, got " + n);
        }
        return new FitOptions(batchSize, shuffle, validationFraction, validationData, n, loss, progress, quiet);
    }

    /** Trains on {@code loss} instead of the one the final activation implies; the net's later fits keep it. */
    public FitOptions loss(Loss lossToUse) {
        Objects.requireNonNull(lossToUse, "loss: the loss is null; pass one, e.g. loss(Losses.mae())");
        String name = lossToUse.name();
        if (name == null || name.isBlank()) {
            // warnings, messages and the options' own text name the loss: null was a bare NullPointerException in fit
            throw new IllegalArgumentException("loss: the loss's name() is " + (name == null ? "null" : "blank")
                    + "; a Loss needs a name, which warnings and messages show, e.g. \"huber\"");
        }
        return new FitOptions(batchSize, shuffle, validationFraction, validationData, every, lossToUse, progress,
                quiet);
    }

    /** Reports to {@code to} instead of the default printer (and no longer quietly). */
    public FitOptions progress(TrainingProgress to) {
        Objects.requireNonNull(to, "progress: the progress is null; pass one, or quiet() for none");
        return new FitOptions(batchSize, shuffle, validationFraction, validationData, every, loss, to, false);
    }

    /**
     * Reports no progress, but still the warnings about the set-up: they point at a likely mistake
     * that a quiet fit would otherwise hide, as Keras' verbose=0 still shows its warnings.
     */
    public FitOptions quiet() {
        return new FitOptions(batchSize, shuffle, validationFraction, validationData, every, loss, progress, true);
    }

    /** The batch size, or 0 for the whole dataset as one batch. */
    public int batchSize() {
        return batchSize;
    }

    boolean shuffles() {
        return shuffle != null ? shuffle : batchSize > 0;
    }

    double validationFraction() {
        return validationFraction;
    }

    /**
     * {@code data} split for {@link #validation(double)}: the first part to train on, the last
     * {@code fraction} held out. Rejected when either part would be empty, which the fraction alone
     * cannot tell: on 6 samples, validation(0.99) rounds to 0 left for training.
     */
    Dataset.Split validationSplit(Dataset data) {
        // Keras holds out the rest after int(n·(1 − f)) training samples
        int train = data.trainingSize(1 - validationFraction);
        int held = data.size() - train;
        // An empty dataset is left to the check every fit makes, whose message says just that.
        if (data.size() > 0 && (train == 0 || held == 0)) {
            String fix = data.size() == 1 ? "a split needs at least 2 samples"
                    : "use a " + (train == 0 ? "smaller" : "larger") + " fraction, or more data";
            throw new IllegalArgumentException("fit: validation(" + PythonFloat.repr(validationFraction) + ") splits the "
                    + Plural.count(data.size(), "sample") + " into " + train + " for training and " + held
                    + " for validation, but each part needs at least 1 sample (" + fix + ")");
        }
        return data.split(1 - validationFraction);
    }

    Dataset validationData() {
        return validationData;
    }

    /** Whether {@link #every(int)} was given, rather than about a tenth of the run by default. */
    boolean everyGiven() {
        return every > 0;
    }

    int reportEvery(int epochs) {
        return every > 0 ? every : ProgressSteps.every(epochs);
    }

    /** The explicit loss, or null for the implied one. */
    Loss loss() {
        return loss;
    }

    TrainingProgress progress() {
        TrainingProgress to = progress != null ? progress : defaultProgress.get();
        return quiet ? warningsOf(to) : to;
    }

    /**
     * The chain of calls that makes these options, with only what differs from the defaults, e.g.
     * {@code batchSize(32).validation(0.2).quiet()}, as an optimizer prints as its call; the
     * defaults print as {@code FitOptions.DEFAULT}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (batchSize > 0) {
            sb.append(".batchSize(").append(batchSize).append(')');
        }
        if (shuffle != null) {
            sb.append(".shuffle(").append(shuffle).append(')');
        }
        if (validationFraction > 0) {
            sb.append(".validation(").append(PythonFloat.repr(validationFraction)).append(')');
        } else if (validationData != null) {
            sb.append(".validation(").append(validationData).append(')');
        }
        if (every > 0) {
            sb.append(".every(").append(every).append(')');
        }
        if (loss != null) {
            sb.append(".loss(").append(loss.name()).append(')');
        }
        if (progress != null) {
            // a printer is no value to show
            sb.append(".progress(…)");
        }
        if (quiet) {
            sb.append(".quiet()");
        }
        return sb.length() == 0 ? "FitOptions.DEFAULT" : sb.substring(1);
    }

    private static TrainingProgress warningsOf(TrainingProgress to) {
        return new TrainingProgress() {
            @Override
            public void warning(String message) {
                to.warning(message);
            }
        };
    }
}
