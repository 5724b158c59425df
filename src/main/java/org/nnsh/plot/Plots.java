package org.nnsh.plot;

import java.util.Objects;

import org.nnsh.data.Dataset;
import org.nnsh.nn.History;
import org.nnsh.nn.Net;

/** The terminal charts: values to print, never printed here. */
public final class Plots {
    private Plots() {
    }

    /**
     * The training loss per epoch, solid; with validation data, the validation loss dotted. A fit
     * that diverged ends in an inf or NaN loss; those epochs are left out, and a note under the
     * chart counts them, since the curve up to the divergence is what shows what went wrong.
     */
    public static LineChart history(History h) {
        // the likeliest null is model.history() of a net never fitted
        Objects.requireNonNull(h, "plot: history is null; expected a fit's History (a net's history() is null before its first fit)");
        if (h.epochs() == 0) {
            throw new IllegalArgumentException("plot: the history has no epochs yet");
        }
        double[] loss = h.loss();
        double[] valLoss = h.validated() ? h.valLoss() : null;
        String note = gapNote(loss.length - LineChart.finiteCount(loss), "loss");
        if (valLoss != null) {
            // fit does not validate an epoch whose loss is not finite (its validation loss is NaN):
            // that gap is counted with the loss
            int unmeasured = 0;
            for (int i = 0; i < loss.length; i++) {
                if (!Double.isFinite(loss[i]) && !Double.isFinite(valLoss[i])) {
                    unmeasured++;
                }
            }
            String valNote = gapNote(valLoss.length - LineChart.finiteCount(valLoss) - unmeasured, "validation loss");
            note = note == null ? valNote : valNote == null ? note : note + "; " + valNote;
        }
        return valLoss != null
                ? new LineChart("loss per epoch (dotted: validation)", loss, valLoss, note,
                        new LineChart.Labels("loss per epoch", "epoch", "loss", "loss", "validation loss"))
                : new LineChart("loss per epoch", loss, null, note,
                        new LineChart.Labels("loss per epoch", "epoch", "loss", "loss", null));
    }

    /** "2 epochs with a non-finite loss not drawn", or null when there are none. */
    private static String gapNote(int epochs, String what) {
        if (epochs == 0) {
            return null;
        }
        return epochs + (epochs == 1 ? " epoch" : " epochs") + " with a non-finite " + what + " not drawn";
    }

    /**
     * A line chart of {@code values} against their index. Explicit data must be finite: a NaN
     * there is the caller's mistake to see, not a gap to hide.
     */
    public static LineChart line(String title, double[] values) {
        Objects.requireNonNull(values, "plot: values is null");
        return new LineChart(title, values, null, null, new LineChart.Labels(title, "index", "value", title, null));
    }

    /** The classes {@code model} predicts over the plane of a two-input dataset, with its samples on top. */
    public static DecisionMap boundary(Net model, Dataset data) {
        Objects.requireNonNull(model, "boundary: model is null");
        Objects.requireNonNull(data, "boundary: data is null");
        return new DecisionMap(model, data);
    }
}
