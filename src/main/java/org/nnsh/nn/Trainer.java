package org.nnsh.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.nnsh.data.Dataset;
import org.nnsh.tensor.NumpyRandom;
import org.nnsh.tensor.PythonFloat;

/**
 * The training loop of <em>Neural Networks from Scratch</em>: per batch a forward pass, the loss
 * and accuracy, the backward pass, then one optimizer step over every parameter in layer order.
 * Everything runs on the layers' reusable buffers, so a full-batch epoch allocates nothing that
 * grows with the number of epochs. A thread interrupt (Ctrl-C in the shell) stops it after the
 * current step with the weights and the history so far kept.
 */
final class Trainer {
    /**
     * A step over at least this many rows × parameters is split in two halves, each
     * back-propagated by its own twin of the net (on two cores when there are two, see
     * {@link SecondCore}), their gradients then summed; a smaller step would spend more on handing
     * over than it gains. The split depends on the batch and the net alone, never on the machine,
     * so results are the same everywhere. A net with dropout is never split: its masks come from
     * one random stream.
     */
    static final long SPLIT_WORK = 65_536;

    private final Net net;
    private final Optimizer optimizer;
    private final Objective objective;
    private final Half first;
    private final int paramCount;
    private final Param[] params;
    /** The twin's share of split steps, with its parameters; made by the first fit that splits. */
    private Half second;
    private Param[] twinParams;
    /** The optimizer's state for each of {@link #params}, fetched when a step is about to be taken. */
    private double[][][][] slots;
    /** What runs a split step's second half during a fit (see {@link SecondCore}), or null when steps do not split. */
    private SecondCore core;

    Trainer(Net net, Optimizer optimizer, Objective objective) {
        this.net = net;
        this.optimizer = optimizer;
        this.objective = objective;
        this.first = new Half(net);
        this.paramCount = net.paramCount();
        this.params = params(net);
    }

    /** One net's share of a step: its forward and backward pass over part of a batch. */
    private final class Half {
        private final Net net;
        private double[][] lossGradient = new double[0][];
        private double loss;
        private long hits;
        private long predictions;

        Half(Net net) {
            this.net = net;
        }

        /** Grows the buffers for parts of up to {@code rows} rows. */
        void prepare(int rows) {
            net.prepare(rows);
            lossGradient = Buffers.ensure(lossGradient, rows, net.width());
        }

        /** Forward, loss and accuracy (as shares of a batch of {@code total} rows), then backward. */
        void run(TrainingSet set, Batch part, int total) {
            int rows = part.rows();
            double[][] out = net.run(part.x(), rows, true);
            double share = (double) rows / total;
            loss = objective.value(out, part) * share;
            hits = set.hits(out, part);
            predictions = set.predictions(part);
            lossGradient = Buffers.ensure(lossGradient, rows, out[0].length);
            objective.gradient(out, part, total, lossGradient);
            net.backward(lossGradient, rows, objective.fused());
        }
    }

    History fit(Dataset data, int epochs, FitOptions options) {
        if (epochs < 0) {
            throw new IllegalArgumentException("fit: epochs must be ≥ 0, got " + epochs);
        }
        Dataset train = data;
        Dataset validation = options.validationData();
        if (options.validationFraction() > 0) {
            Dataset.Split split = options.validationSplit(data);
            train = split.train();
            validation = split.test();
        }
        TrainingSet set = trainingSet("fit", train);
        TrainingSet validationSet = validation == null ? null
                : trainingSet("fit (validation data)", validation).scoredAs(set);
        int n = set.size();
        int batchSize = options.batchSize() == 0 ? n : Math.min(options.batchSize(), n);
        // before the net adopts anything, so that a refused fit leaves it as it was; the validation
        // data is scored in one pass after each epoch, which failed only once the first epoch had trained
        net.requireRowsFit("fit", batchSize);
        if (validationSet != null) {
            net.requireRowsFit("fit (validation data)", validationSet.size(), "validate on fewer samples");
        }
        requireFiniteWeights("fit");
        adopt("fit", options.loss() != null ? options.loss() : net.lossOverride());
        // as nnfs' Accuracy_Regression, initialised once by train: evaluate scores test data within it too
        net.rememberPrecision(set.precision());
        TrainingProgress progress = options.progress();
        History history = new History(epochs, validationSet != null);
        net.rememberHistory(history);
        objective.warnings().forEach(progress::warning);
        dataWarnings(data, train, validation, options.validationFraction()).forEach(progress::warning);
        progress.started(epochs, options.reportEvery(epochs), options.everyGiven());

        int[] order = identity(n);
        Batch whole = Batch.all(set);
        // everything a step grows or makes once, made before the loop (see Layer.prepare)
        if (epochs > 0) {
            fetchSlots();
        }
        if (bigEnoughToSplit(batchSize) && makeTwin()) {
            first.prepare(cut(batchSize));
            second.prepare(batchSize - cut(batchSize));
            whole.halves(cut(batchSize));
        } else {
            first.prepare(batchSize);
        }
        // no smaller batch splits when the largest does not
        core = splits(batchSize) ? SecondCore.start() : null;
        try {
            train(set, validationSet, epochs, options, history, progress, n, batchSize, order, whole);
        } finally {
            if (core != null) {
                core.close();
            }
        }
        progress.finished(history);
        return history;
    }

    private void train(TrainingSet set, TrainingSet validationSet, int epochs, FitOptions options, History history,
            TrainingProgress progress, int n, int batchSize, int[] order, Batch whole) {
        // whether the fit's first step, before any update, had a loss of NaN or ∞
        boolean overflowedAtOnce = false;
        for (int epoch = 0; epoch < epochs && !history.stopped(); epoch++) {
            if (options.shuffles()) {
                order = NumpyRandom.global().permutation(n);
            }
            double lossSum = 0;
            long hits = 0;
            long predictions = 0;
            int seen = 0;
            for (int from = 0; from < n; from += batchSize) {
                if (Thread.currentThread().isInterrupted()) {
                    history.stop();
                    break;
                }
                int rows = Math.min(batchSize, n - from);
                Batch batch = rows == n && !options.shuffles() ? whole : Batch.of(set, order, from, rows);
                boolean firstStep = epoch == 0 && from == 0;
                Measured measured;
                try {
                    measured = step(set, batch, true);
                } catch (ArithmeticException e) {
                    // the data is finite, so a NaN a layer refuses came from diverged weights, or from
                    // data too large for the sums at the first step
                    diverged(epoch, e.getMessage(), firstStep || overflowedAtOnce ? set : null, history, progress);
                    break;
                }
                overflowedAtOnce |= firstStep && !Double.isFinite(measured.loss());
                lossSum += measured.loss() * rows;
                hits += measured.hits();
                predictions += measured.predictions();
                seen += rows;
            }
            if (seen < n) {
                break;
            }
            String failure = Double.isFinite(lossSum) ? null : "the loss is " + PythonFloat.repr(lossSum / n);
            Score validated = null;
            if (validationSet != null) {
                // diverged weights are not worth validating: the epoch's validation figures are NaN, not 0
                validated = new Score(Double.NaN, Double.NaN);
                if (failure == null) {
                    try {
                        // named as such: "evaluate" in a fit's warning named a call the user never made
                        validated = evaluate("validation", validationSet);
                    } catch (ArithmeticException e) {
                        failure = e.getMessage();
                    }
                }
            }
            // the hits counted, not the batches' accuracies weighted by their rows: (1/49)·49 is not 1
            history.record(lossSum / n, (double) hits / predictions, optimizer.currentLearningRate(), validated);
            if (failure != null) {
                diverged(epoch, failure, overflowedAtOnce ? set : null, history, progress);
                break;
            }
            progress.epochEnded(history);
        }
    }

    /**
     * Stops the fit, saying at which epoch and why, with the history so far kept. A failure at the
     * fit's first step ({@code firstStepOf} its set, else null) came before any update of this fit,
     * so no learning rate caused it: the values are too large for float64's sums.
     */
    private void diverged(int epoch, String why, TrainingSet firstStepOf, History history, TrainingProgress progress) {
        progress.warning("fit stopped at epoch " + epoch + ": " + why + (firstStepOf == null
                ? ": the weights have diverged; train again with a smaller learning rate than " + optimizer
                : " at the first step, before any update, so the data (largest magnitude "
                        + PythonFloat.repr(firstStepOf.largestMagnitude()) + ") or the weights are too large for"
                        + " float64; scale the data first, e.g. to mean 0 and standard deviation 1"));
        history.stop();
    }

    /**
     * One optimisation step on the whole dataset, never split, so that every layer's output then
     * holds all rows; the score is measured before the update.
     */
    Score step(Dataset data) {
        TrainingSet set = trainingSet("step", data);
        net.requireRowsFit("step", set.size());
        requireFiniteWeights("step");
        adopt("step", net.lossOverride());
        fetchSlots();
        return step(set, Batch.all(set), false).score();
    }

    /** Diverged weights cannot train back: a lower learning rate only helps a fresh start. */
    private void requireFiniteWeights(String op) {
        for (Param p : params) {
            if (!Finite.all(p.value)) {
                throw new IllegalStateException(op + ": " + p.name() + " hold NaN or ∞ already (an earlier fit or step"
                        + " diverged); start again from a new net, e.g. with a smaller learning rate");
            }
        }
    }

    /**
     * Once the data is accepted: the net keeps this optimizer and loss, so that a rejected call
     * leaves it as it was.
     */
    private void adopt(String op, Loss lossOverride) {
        optimizer.bind(net, op);
        net.resume(optimizer, lossOverride);
    }

    /** The optimizer's state for every parameter, made by the optimizer if it has none yet. */
    private void fetchSlots() {
        slots = new double[params.length][][][];
        for (int k = 0; k < params.length; k++) {
            slots[k] = optimizer.slots(params[k]);
        }
    }

    /** The loss (with regularisation) and accuracy of the net on {@code data}, dropout off. */
    Score evaluate(Dataset data) {
        TrainingSet set = trainingSet("evaluate", data);
        return evaluate("evaluate", Double.isNaN(net.precision()) ? set : set.scoredWithin(net.precision()));
    }

    /**
     * A step's loss (with regularisation) and its right predictions out of how many, measured before
     * its update: an epoch adds up the counts, as the book's calculate_accumulated and Keras' accuracy do.
     */
    private record Measured(double loss, long hits, long predictions) {
        Score score() {
            return new Score(loss, (double) hits / predictions);
        }
    }

    /** Forward, loss and accuracy, backward — in two halves when allowed and it splits — and one optimizer step. */
    private Measured step(TrainingSet set, Batch batch, boolean maySplit) {
        // the net's lock, one step at a time (see Net): a predict on another thread waits for this step
        synchronized (net) {
            return lockedStep(set, batch, maySplit);
        }
    }

    private Measured lockedStep(TrainingSet set, Batch batch, boolean maySplit) {
        int rows = batch.rows();
        double loss;
        long hits;
        long predictions;
        if (!maySplit || !splits(rows)) {
            first.run(set, batch, rows);
            loss = first.loss;
            hits = first.hits;
            predictions = first.predictions;
        } else {
            Batch[] halves = batch.halves(cut(rows));
            core.fork(() -> second.run(set, halves[1], rows));
            first.run(set, halves[0], rows);
            core.join();
            addGradients();
            net.rememberFollowedBy(second.net);
            loss = first.loss + second.loss;
            hits = first.hits + second.hits;
            predictions = first.predictions + second.predictions;
        }
        loss += net.regularizationLoss();
        optimizer.beginStep();
        for (int k = 0; k < params.length; k++) {
            optimizer.update(params[k], slots[k]);
        }
        optimizer.endStep();
        return new Measured(loss, hits, predictions);
    }

    /**
     * Where a split step's first part, the caller's, ends: 3% past the middle, because the second
     * thread starts a little later and fetches the weights from the caller's core (on the spiral
     * net, 32.9 µs for its 150 rows against 31.5 for the caller's; with the cut at 154 rows a
     * warm epoch takes ~1 µs less). It depends on the batch alone, so results do not depend on
     * the machine.
     */
    static int cut(int rows) {
        return (int) ((long) rows * 103 / 200);
    }

    /** Whether a step over {@code rows} rows is split in two halves (see {@link #SPLIT_WORK}). */
    private boolean splits(int rows) {
        return second != null && bigEnoughToSplit(rows);
    }

    private boolean bigEnoughToSplit(int rows) {
        return rows >= 2 && (long) rows * paramCount >= SPLIT_WORK;
    }

    /** Makes the twin the second half runs on, unless made already; false when the net cannot be split. */
    private boolean makeTwin() {
        if (second == null) {
            Net twin = net.twin();
            if (twin == null) {
                return false;
            }
            second = new Half(twin);
            twinParams = params(twin);
        }
        return true;
    }

    /** The net's gradients += its twin's, parameter by parameter. */
    private void addGradients() {
        for (int k = 0; k < params.length; k++) {
            double[][] g = params[k].grad;
            double[][] h = twinParams[k].grad;
            for (int r = 0; r < g.length; r++) {
                double[] gr = g[r];
                double[] hr = h[r];
                for (int c = 0; c < gr.length; c++) {
                    gr[c] += hr[c];
                }
            }
        }
    }

    /** The score of {@code set}; a NaN or ∞ in the pass is an error naming {@code op}. */
    private Score evaluate(String op, TrainingSet set) {
        Batch all = Batch.all(set);
        synchronized (net) {
            double[][] out = net.infer(op, all.x(), all.rows());
            return new Score(objective.value(out, all) + net.regularizationLoss(), set.accuracy(out, all));
        }
    }

    /** Likely mistakes that only the data reveals. */
    private List<String> dataWarnings(Dataset data, Dataset train, Dataset validation, double validationFraction) {
        List<String> warnings = new ArrayList<>();
        String lossName = objective.loss().name();
        String last = net.finalActivationName();
        // a net ending in dropout is warned about as such (see Objective): it does not end in linear
        boolean labelsOnMse = !train.isRegression() && lossName.equals("mse") && net.layerBeforeFinalDropout() == null;
        if (labelsOnMse && net.width() > 1 && !last.equals("softmax")) {
            warnings.add("the data has " + Plural.count(train.classes(), "class") + " but the net ends in " + last
                    + " and trains on mse: end with .softmax() to learn class probabilities with crossEntropy");
        }
        // a forgotten sigmoid: the fit reports a binary accuracy, but predict then refuses a net that regresses
        if (labelsOnMse && net.width() == 1 && !last.equals("sigmoid")) {
            warnings.add("the data has 0/1 labels but the net ends in " + last + " over 1 output and trains on mse, a"
                    + " regression: end with .sigmoid() to learn them with binaryCrossEntropy (predict then gives classes)");
        }
        // binary cross-entropy too: for a target outside [0, 1] its loss has no minimum in (0, 1), and the
        // logits grow without bound
        boolean categorical = objective.loss() instanceof CategoricalLoss;
        if (train.isRegression() && (categorical || lossName.equals("binaryCrossEntropy")) && !probabilities(train)) {
            warnings.add("the targets are not " + (categorical ? "class " : "") + "probabilities (values outside [0, 1]),"
                    + " but the net trains on " + lossName + ": regression takes a linear output and mse, e.g. net().dense("
                    + net.inputWidth() + ", 64).relu().dense(64, " + net.width() + ")");
        }
        if (!data.isRegression()) {
            missingClasses(data).ifPresent(warnings::add);
        }
        if (validationFraction > 0 && !train.isRegression()) {
            long all = Arrays.stream(data.y()).distinct().count();
            long trained = Arrays.stream(train.y()).distinct().count();
            long held = Arrays.stream(validation.y()).distinct().count();
            if (trained < all || held < all) {
                warnings.add(String.format(Locale.ROOT, "validation(%s) holds out the last %s: the training part covers"
                        + " %d of the %d classes and the held-out part %d; shuffle the data first, e.g. data.shuffle()",
                        PythonFloat.repr(validationFraction), validation.size() == 1 ? "sample" : validation.size() + " samples", trained,
                        all, held));
            }
        }
        return warnings;
    }

    /**
     * The part of a split that misses whole classes: split keeps the order, and spiral, iris and
     * most files list the samples class by class, so spiral(100, 3).split(0.8).train() never shows
     * class 2, and the net then learns nothing about it without a word.
     */
    private static Optional<String> missingClasses(Dataset data) {
        boolean[] seen = new boolean[data.classes()];
        for (int label : data.y()) {
            seen[label] = true;
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < seen.length; c++) {
            if (!seen[c]) {
                missing.add(String.valueOf(c));
            }
        }
        if (missing.isEmpty() || data.size() == 0) {
            return Optional.empty();
        }
        String which = missing.size() == 1 ? "class " + missing.get(0)
                : "classes " + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                        + (missing.size() > 3 ? ", …" : "");
        return Optional.of("the data has no sample of " + which + " (it holds " + (seen.length - missing.size())
                + " of its " + seen.length + " classes), so the net cannot learn " + (missing.size() == 1 ? "it" : "them")
                + "; if it is part of a split, shuffle before splitting (split keeps the order),"
                + " e.g. data.shuffle().split(0.8)");
    }

    private static boolean probabilities(Dataset regression) {
        return Arrays.stream(regression.targets().toArray()).flatMapToDouble(Arrays::stream).allMatch(v -> v >= 0 && v <= 1);
    }

    private TrainingSet trainingSet(String op, Dataset data) {
        return TrainingSet.of(op, data, net.inputWidth(), net.width(), objective.loss());
    }

    /** Every parameter of the net, in layer order. */
    private static Param[] params(Net net) {
        return net.layers().stream().flatMap(layer -> layer.params().stream()).toArray(Param[]::new);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
