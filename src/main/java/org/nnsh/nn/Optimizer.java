package org.nnsh.nn;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nnsh.tensor.PythonFloat;

/**
 * A gradient-descent rule with <em>Neural Networks from Scratch</em>'s learning-rate decay:
 * each step uses lr / (1 + decay·t), t the number of steps taken. Hyper-parameters are fixed when
 * the optimizer is made (each setter returns a new optimizer); what changes while training is the
 * step count and the per-parameter state (momentums, caches), which the optimizer keeps itself.
 */
public abstract class Optimizer {
    private final double learningRate;
    private final double decay;
    private final Map<Param, double[][][]> state = new IdentityHashMap<>();
    private long iterations;
    private double currentLearningRate;
    /** The net this optimizer trains: its step count and state belong to that net alone. */
    private Net trainee;

    Optimizer(double learningRate, double decay) {
        this.learningRate = positive("learning rate", learningRate);
        this.decay = nonNegative("decay", decay);
        this.currentLearningRate = learningRate;
    }

    /** The short name, e.g. {@code adam}. */
    public abstract String name();

    /** A copy with learning-rate decay d: step t uses lr / (1 + d·t). */
    public abstract Optimizer decay(double d);

    /** The hyper-parameters by name, learning rate and decay first. */
    public final Map<String, Double> hyperParameters() {
        Map<String, Double> all = new LinkedHashMap<>();
        all.put("learningRate", learningRate);
        all.put("decay", decay);
        all.putAll(ownHyperParameters());
        return all;
    }

    public final double learningRate() {
        return learningRate;
    }

    public final double decay() {
        return decay;
    }

    /** The rate the latest step used (the initial rate before any step). */
    public final double currentLearningRate() {
        return currentLearningRate;
    }

    /** The number of steps taken. */
    public final long iterations() {
        return iterations;
    }

    /** The DSL call that makes this optimizer, with only what differs from the defaults. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name()).append('(').append(PythonFloat.repr(learningRate)).append(')');
        if (decay != 0) {
            sb.append(".decay(").append(PythonFloat.repr(decay)).append(')');
        }
        ownHyperParameters().forEach((key, value) -> {
            if (!value.equals(defaults().get(key))) {
                sb.append('.').append(key).append('(').append(PythonFloat.repr(value)).append(')');
            }
        });
        return sb.toString();
    }

    /** The names of the arrays this optimizer keeps per parameter, e.g. {@code momentum}, {@code cache}. */
    abstract List<String> slotNames();

    /** Hyper-parameters beyond learning rate and decay, in setter order. */
    abstract Map<String, Double> ownHyperParameters();

    /** The default of each of {@link #ownHyperParameters()}. */
    abstract Map<String, Double> defaults();

    /** One update of w given its gradient g, the rate of this step, and this parameter's slots. */
    abstract void update(double[][] w, double[][] g, double rate, double[][][] slots);

    /**
     * Makes {@code net} the one this optimizer trains, or throws if it trains another: carried over,
     * its step count would decay the new net's rate and bias-correct its first steps as later ones
     * (Keras 3 refuses the same way). Synchronized: two fits starting at once with one optimizer
     * must not both see it free.
     */
    final synchronized void bind(Net net, String op) {
        if (trainee != null && trainee != net) {
            throw new IllegalArgumentException(op + ": this " + this + " already trains another net, and its "
                    + Plural.count(iterations, "step") + " and state belong to that one; give this net an optimizer of its"
                    + " own, e.g. " + this);
        }
        trainee = net;
    }

    /** Starts a step: fixes this step's learning rate. */
    final void beginStep() {
        currentLearningRate = rateOfStep(iterations);
    }

    /** The rate of the step taken after {@code done} steps: lr / (1 + decay·done), as nnfs computes it. */
    private double rateOfStep(long done) {
        return decay == 0 ? learningRate : learningRate * (1. / (1. + decay * done));
    }

    /** Updates {@code p} with the state {@link #slots} gave for it. */
    final void update(Param p, double[][][] slots) {
        update(p.value, p.grad, currentLearningRate, slots);
    }

    /** Ends a step. */
    final void endStep() {
        iterations++;
    }

    /** The state kept for {@code p}, rows laid out as p's own (see {@link Param}), created as zeros on first use. */
    final double[][][] slots(Param p) {
        return state.computeIfAbsent(p, key -> {
            double[][][] slots = new double[slotNames().size()][][];
            for (int s = 0; s < slots.length; s++) {
                slots[s] = new double[key.value.length][key.value.length == 0 ? 0 : key.value[0].length];
            }
            return slots;
        });
    }

    /** Whether any state exists for {@code p} (it has been updated, or state was restored). */
    final boolean hasSlots(Param p) {
        return state.containsKey(p);
    }

    /** Restores the step count (when loading a saved model). */
    final void iterations(long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException(name() + ": iterations must be ≥ 0, got " + steps);
        }
        iterations = steps;
        // What currentLearningRate reported on the saved optimizer: the rate its last step used. The next
        // step's rate is not set here; the trainer's beginStep fixes it, as for any step.
        currentLearningRate = steps == 0 ? learningRate : rateOfStep(steps - 1);
    }

    /** {@code value} when it is a finite number > 0 (a learning rate, an epsilon), else an error naming it. */
    final double positive(String what, double value) {
        return check(what, value, value > 0, "a finite number > 0");
    }

    /** {@code value} when it is a finite number ≥ 0 (a decay), else an error naming it. */
    final double nonNegative(String what, double value) {
        return check(what, value, value >= 0, "a finite number ≥ 0");
    }

    /** {@code value} when it lies in [0, 1) (a momentum, a moving average's ρ or β), else an error naming it. */
    final double fraction(String what, double value) {
        return check(what, value, value >= 0 && value < 1, "in [0, 1)");
    }

    private double check(String what, double value, boolean ok, String rule) {
        if (!ok || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name() + ": " + what + " must be " + rule + ", got " + value);
        }
        return value;
    }
}
