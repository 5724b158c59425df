package org.nnsh.nn;

import java.util.List;
import java.util.Map;

/** Adagrad (nnfs ch. 10): c += g², w += −lr·g / (√c + ε). Defaults: lr 1.0, ε 1e-7. */
public final class Adagrad extends Optimizer {
    /** nnfs's default, which {@link Optimizers#adagrad(double)} uses and toString leaves out. */
    static final double DEFAULT_EPSILON = 1e-7;

    private final double epsilon;

    Adagrad(double learningRate, double decay, double epsilon) {
        super(learningRate, decay);
        this.epsilon = positive("epsilon", epsilon);
    }

    @Override
    public String name() {
        return "adagrad";
    }

    @Override
    public Adagrad decay(double d) {
        return new Adagrad(learningRate(), d, epsilon);
    }

    public Adagrad epsilon(double e) {
        return new Adagrad(learningRate(), decay(), e);
    }

    public double epsilon() {
        return epsilon;
    }

    @Override
    List<String> slotNames() {
        return List.of("cache");
    }

    @Override
    Map<String, Double> ownHyperParameters() {
        return Map.of("epsilon", epsilon);
    }

    @Override
    Map<String, Double> defaults() {
        return Map.of("epsilon", DEFAULT_EPSILON);
    }

    @Override
    void update(double[][] w, double[][] g, double rate, double[][][] slots) {
        for (int r = 0; r < w.length; r++) {
            double[] wr = w[r];
            double[] gr = g[r];
            double[] cr = slots[0][r];
            for (int c = 0; c < wr.length; c++) {
                cr[c] += gr[c] * gr[c];
                wr[c] += -rate * gr[c] / (Math.sqrt(cr[c]) + epsilon);
            }
        }
    }
}
