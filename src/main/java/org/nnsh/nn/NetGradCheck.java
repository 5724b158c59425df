package org.nnsh.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.nnsh.data.Dataset;

/**
 * A net's back-propagated gradients against central differences of its loss, parameter by
 * parameter (see {@link GradCheck}). Dropout is off while checking, so the loss is a deterministic
 * function of the parameters. Entries at a kink (a ReLU or L1 at 0 within the step) have no
 * derivative to compare and are counted, not scored.
 */
public final class NetGradCheck {
    /** The tolerance {@link #passes()} uses: {@link GradCheck#TOLERANCE}. */
    public static final double TOLERANCE = GradCheck.TOLERANCE;

    /** One parameter's worst entry. */
    public record Entry(String param, GradCheck.Result result) {
    }

    private final List<Entry> entries;

    private NetGradCheck(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static NetGradCheck run(Net net, Objective objective, Dataset data) {
        // the whole check on the net's lock (see Net): a predict elsewhere would see stepped weights
        synchronized (net) {
            return locked(net, objective, data);
        }
    }

    private static NetGradCheck locked(Net net, Objective objective, Dataset data) {
        TrainingSet set = TrainingSet.of("gradCheck", data, net.inputWidth(), net.width(), objective.loss());
        Batch all = Batch.all(set);
        int rows = all.rows();
        double[][] out = net.run(all.x(), rows, false);
        double[][] lossGradient = new double[rows][out[0].length];
        objective.gradient(out, all, rows, lossGradient);
        net.backward(lossGradient, rows, objective.fused());
        List<Entry> entries = new ArrayList<>();
        for (Layer layer : net.layers()) {
            for (Param p : layer.params()) {
                double[][] analytic = p.grad().toArray();
                // perturbed the right way round, so that the report's positions are W's own
                double[][] values = p.transposed() ? p.value().toArray() : p.value;
                GradCheck.Result result;
                try {
                    result = GradCheck.parameters(values, () -> {
                        if (p.transposed()) {
                            p.store(values, p.value);
                        }
                        return objective.value(net.run(all.x(), rows, false), all) + net.regularizationLoss();
                    }, analytic);
                } catch (CancellationException e) {
                    // GradCheck knows the entry's position only, not which parameter it is in
                    throw new CancellationException("gradCheck: stopped by an interrupt (Ctrl-C) while checking " + p.name()
                            + ", " + entries.size() + " of " + count(net) + " parameters done; the parameters are as they were");
                } finally {
                    // also when an interrupt stopped the check: the copy holds the restored values
                    if (p.transposed()) {
                        p.store(values, p.value);
                    }
                }
                entries.add(new Entry(p.name(), result));
            }
        }
        return new NetGradCheck(entries);
    }

    private static long count(Net net) {
        return net.layers().stream().mapToLong(layer -> layer.params().size()).sum();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The largest relative error over all parameters (NaN if any was NaN). */
    public double maxRelativeError() {
        double worst = 0;
        for (Entry e : entries) {
            double error = e.result().maxRelativeError();
            if (Double.isNaN(error)) {
                return error;
            }
            worst = Math.max(worst, error);
        }
        return worst;
    }

    /** The number of entries, over all parameters, excluded because they sit at a kink. */
    public int kinks() {
        return entries.stream().mapToInt(e -> e.result().kinks()).sum();
    }

    /** The number of entries, over all parameters, whose gradients were compared. */
    public int checked() {
        return entries.stream().mapToInt(e -> e.result().checked()).sum();
    }

    /** True when every checked entry is within {@link GradCheck#TOLERANCE}, and at least one was checked. */
    public boolean passes() {
        return passes(GradCheck.TOLERANCE);
    }

    /**
     * True when every checked entry is within {@code tolerance}, which must be positive (the entries at kinks are
     * left out either way), and at least one was checked: a check of nothing vouches for nothing.
     */
    public boolean passes(double tolerance) {
        return maxRelativeError() < GradCheck.requireTolerance(tolerance) && checked() > 0;
    }

    /** One line per parameter, then the verdict and how many entries were left out at kinks. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        int width = entries.stream().mapToInt(e -> e.param().length()).max().orElse(0);
        for (Entry e : entries) {
            sb.append(String.format(Locale.ROOT, "%-" + width + "s  %s%n", e.param(), e.result()));
        }
        int checked = checked();
        int total = checked + kinks();
        if (checked == 0) {
            return sb.append("nothing checked: ").append(total == 1 ? "the 1 entry sits" : "all " + total + " entries sit")
                    .append(" at kinks, where the loss has no derivative to compare; check at other weights or data").toString();
        }
        sb.append(passes() ? "gradients match" : "gradients DIFFER")
                .append(String.format(Locale.ROOT, " (max relative error %s, tolerance %.0e; %d of %d entries at kinks excluded)",
                        // NaN as Python prints it, as the lines above do
                        Double.isNaN(maxRelativeError()) ? "nan" : String.format(Locale.ROOT, "%.3g", maxRelativeError()),
                        GradCheck.TOLERANCE, kinks(), total));
        return sb.toString();
    }
}
