package org.nnsh.nn;

/**
 * The optimizers at <em>Neural Networks from Scratch</em>'s defaults; chain setters for the rest:
 * {@code adam(0.05).decay(5e-7)}, {@code sgd(1).momentum(0.9).decay(1e-3)}.
 */
public final class Optimizers {
    private Optimizers() {
    }

    /** SGD with lr 1.0, no momentum, no decay. */
    public static Sgd sgd() {
        return sgd(1.0);
    }

    public static Sgd sgd(double learningRate) {
        return new Sgd(learningRate, 0, 0);
    }

    /** Adagrad with lr 1.0, ε 1e-7. */
    public static Adagrad adagrad() {
        return adagrad(1.0);
    }

    public static Adagrad adagrad(double learningRate) {
        return new Adagrad(learningRate, 0, Adagrad.DEFAULT_EPSILON);
    }

    /** RMSprop with lr 0.001, ρ 0.9, ε 1e-7. */
    public static RmsProp rmsprop() {
        return rmsprop(0.001);
    }

    public static RmsProp rmsprop(double learningRate) {
        return new RmsProp(learningRate, 0, RmsProp.DEFAULT_RHO, RmsProp.DEFAULT_EPSILON);
    }

    /** Adam with lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-7. */
    public static Adam adam() {
        return adam(0.001);
    }

    public static Adam adam(double learningRate) {
        return new Adam(learningRate, 0, Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPSILON);
    }
}
