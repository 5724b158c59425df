package org.nnsh.nn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RMSprop (nnfs ch. 10): c = ρ·c + (1 − ρ)·g², w += −lr·g / (√c + ε). Defaults: lr 0.001, ρ 0.9,
 * ε 1e-7.
 */
public final class RmsProp extends Optimizer {
    /** nnfs's defaults, which {@link Optimizers#rmsprop(double)} uses and toString leaves out. */
    static final double DEFAULT_RHO = 0.9;
    static final double DEFAULT_EPSILON = 1e-7;

    private final double rho;
    private final double epsilon;

    RmsProp(double learningRate, double decay, double rho, double epsilon) {
        super(learningRate, decay);
        this.rho = fraction("rho", rho);
        this.epsilon = positive("epsilon", epsilon);
    }

    @Override
    public String name() {
        return "rmsprop";
    }

    @Override
    public RmsProp decay(double d) {
        return new RmsProp(learningRate(), d, rho, epsilon);
    }

    /** A copy with cache decay ρ in [0, 1). */
    public RmsProp rho(double r) {
        return new RmsProp(learningRate(), decay(), r, epsilon);
    }

    public RmsProp epsilon(double e) {
        return new RmsProp(learningRate(), decay(), rho, e);
    }

    public double rho() {
        return rho;
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
        Map<String, Double> own = new LinkedHashMap<>();
        own.put("rho", rho);
        own.put("epsilon", epsilon);
        return own;
    }

    @Override
    Map<String, Double> defaults() {
        return Map.of("rho", DEFAULT_RHO, "epsilon", DEFAULT_EPSILON);
    }

    @Override
    void update(double[][] w, double[][] g, double rate, double[][][] slots) {
        for (int r = 0; r < w.length; r++) {
            double[] wr = w[r];
            double[] gr = g[r];
            double[] cr = slots[0][r];
            for (int c = 0; c < wr.length; c++) {
                cr[c] = rho * cr[c] + (1 - rho) * (gr[c] * gr[c]);
                wr[c] += -rate * gr[c] / (Math.sqrt(cr[c]) + epsilon);
            }
        }
    }
}
