package org.nnsh.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.nnsh.data.Dataset;
import org.nnsh.tensor.NumpyRandom;

/**
 * The training loop of <em>Neural Networks from Scratch</em>: per batch a forward pass, the loss
 * and accuracy, the backward pass, then one optimizer step over every parameter in layer order.
 * Everything runs on the layers' reusable buffers, so a full-batch epoch allocates nothing that
 * grows with the number of epochs. A thread interrupt (Ctrl-C in the shell) stops it after the
 * current step with the weights and the history so far kept.
 */
final class Trainer {
    private final Net net;
    private final Optimizer optimizer;
    private final Objective objective;
    private double[][] lossGradient = new double[0][];

    Trainer(Net net, Optimizer optimizer, Objective objective) {
        this.net = net;
        this.optimizer = optimizer;
        this.objective = objective;
    }

    History fit(Dataset data, int epochs, FitOptions options) {
        if (epochs < 0) {
            throw new IllegalArgumentException("fit: epochs must be ≥ 0, got " + epochs);
        }
        Dataset train = data;
        Dataset validation = options.validationData();
        if (options.validationFraction() > 0) {
            Dataset.Split split = data.split(1 - options.validationFraction());
            train = split.train();
            validation = split.test();
        }
        TrainingSet set = trainingSet("fit", train);
        TrainingSet validationSet = validation == null ? null : trainingSet("fit (validation data)", validation);
        TrainingProgress progress = options.progress();
        History history = new History(epochs, validationSet != null);
        net.rememberHistory(history);
        objective.warnings().forEach(progress::warning);
        dataWarnings(train, validation, options.validationFraction()).forEach(progress::warning);
        progress.started(epochs, options.reportEvery(epochs));

        int n = set.size();
        int batchSize = options.batchSize() == 0 ? n : Math.min(options.batchSize(), n);
        int[] order = identity(n);
        Batch whole = Batch.all(set);
        for (int epoch = 0; epoch < epochs && !history.stopped(); epoch++) {
            if (options.shuffles()) {
                order = NumpyRandom.global().permutation(n);
            }
            double lossSum = 0;
            double accuracySum = 0;
            int seen = 0;
            for (int from = 0; from < n; from += batchSize) {
                if (Thread.currentThread().isInterrupted()) {
                    history.stop();
                    break;
                }
                int rows = Math.min(batchSize, n - from);
                Batch batch = rows == n && !options.shuffles() ? whole : Batch.of(set, order, from, rows);
                Score score = step(set, batch);
                lossSum += score.loss() * rows;
                accuracySum += score.accuracy() * rows;
                seen += rows;
            }
            if (seen < n) {
                break;
            }
            history.record(lossSum / n, accuracySum / n, optimizer.currentLearningRate());
            if (validationSet != null) {
                history.recordValidation(evaluate(validationSet));
            }
            progress.epochEnded(history);
        }
        progress.finished(history);
        return history;
    }

    /** One optimisation step on the whole dataset; the score is measured before the update. */
    Score step(Dataset data) {
        TrainingSet set = trainingSet("step", data);
        return step(set, Batch.all(set));
    }

    /** The loss (with regularisation) and accuracy of the net on {@code data}, dropout off. */
    Score evaluate(Dataset data) {
        return evaluate(trainingSet("evaluate", data));
    }

    /** Forward, loss and accuracy, backward, and one optimizer step for {@code batch}. */
    private Score step(TrainingSet set, Batch batch) {
        int rows = batch.rows();
        double[][] out = net.run(batch.x(), rows, true);
        double loss = objective.value(out, batch) + net.regularizationLoss();
        double accuracy = set.accuracy(out, batch);
        net.backward(lossGradient(out, batch), rows, objective.fused());
        optimizer.beginStep();
        for (Layer layer : net.layers()) {
            for (Param p : layer.params()) {
                optimizer.update(p);
            }
        }
        optimizer.endStep();
        return new Score(loss, accuracy);
    }

    /** The gradient of the loss for one batch (see {@link Objective#gradient}), in a reused buffer. */
    private double[][] lossGradient(double[][] out, Batch batch) {
        lossGradient = Buffers.ensure(lossGradient, batch.rows(), out[0].length);
        objective.gradient(out, batch, lossGradient);
        return lossGradient;
    }

    private Score evaluate(TrainingSet set) {
        Batch all = Batch.all(set);
        double[][] out = net.run(all.x(), all.rows(), false);
        return new Score(objective.value(out, all) + net.regularizationLoss(), set.accuracy(out, all));
    }

    /** Likely mistakes that only the data reveals. */
    private List<String> dataWarnings(Dataset train, Dataset validation, double validationFraction) {
        List<String> warnings = new ArrayList<>();
        if (!train.isRegression() && net.width() > 1 && objective.loss().name().equals("mse")) {
            warnings.add("the data has " + train.classes() + " classes but the net ends in " + net.finalActivationName()
                    + " and trains on mse: end with .softmax() to learn class probabilities with crossEntropy");
        }
        if (validationFraction > 0 && !train.isRegression()) {
            long held = Arrays.stream(validation.y()).distinct().count();
            long all = Arrays.stream(train.y()).distinct().count();
            if (held < all) {
                warnings.add(String.format(Locale.ROOT, "validation(%s) holds out the last %d samples, which cover only %d of the %d"
                        + " classes: shuffle the data first, e.g. data.shuffle()", validationFraction, validation.size(),
                        held, all));
            }
        }
        return warnings;
    }

    private TrainingSet trainingSet(String op, Dataset data) {
        return TrainingSet.of(op, data, net.inputWidth(), net.width(), objective.loss());
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
