package org.nnsh.nn;

import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent, optionally with momentum (nnfs ch. 10): u = m·u − lr·g, w += u;
 * without momentum w += −lr·g. Defaults: lr 1.0, momentum 0.
 */
public final class Sgd extends Optimizer {
    private final double momentum;

    Sgd(double learningRate, double decay, double momentum) {
        super(learningRate, decay);
        this.momentum = fraction("momentum", momentum);
    }

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public Sgd decay(double d) {
        return new Sgd(learningRate(), d, momentum);
    }

    /** A copy with momentum m in [0, 1). */
    public Sgd momentum(double m) {
        return new Sgd(learningRate(), decay(), m);
    }

    public double momentum() {
        return momentum;
    }

    @Override
    List<String> slotNames() {
        return List.of("momentum");
    }

    @Override
    Map<String, Double> ownHyperParameters() {
        return Map.of("momentum", momentum);
    }

    @Override
    Map<String, Double> defaults() {
        return Map.of("momentum", 0.0);
    }

    @Override
    void update(double[][] w, double[][] g, double rate, double[][][] slots) {
        for (int r = 0; r < w.length; r++) {
            double[] wr = w[r];
            double[] gr = g[r];
            double[] ur = slots[0][r];
            for (int c = 0; c < wr.length; c++) {
                if (momentum == 0) {
                    wr[c] += -rate * gr[c];
                } else {
                    ur[c] = momentum * ur[c] - rate * gr[c];
                    wr[c] += ur[c];
                }
            }
        }
    }
}
