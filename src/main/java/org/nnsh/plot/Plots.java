package org.nnsh.plot;

import org.nnsh.data.Dataset;
import org.nnsh.nn.History;
import org.nnsh.nn.Net;

/** The terminal charts: values to print, never printed here. */
public final class Plots {
    private Plots() {
    }

    /** The training loss per epoch, solid; with validation data, the validation loss dotted. */
    public static LineChart history(History h) {
        if (h.epochs() == 0) {
            throw new IllegalArgumentException("plot: the history has no epochs yet");
        }
        return h.validated()
                ? new LineChart("loss per epoch (dotted: validation)", h.loss(), h.valLoss())
                : new LineChart("loss per epoch", h.loss(), null);
    }

    /** A line chart of {@code values} against their index. */
    public static LineChart line(String title, double[] values) {
        return new LineChart(title, values, null);
    }

    /** The classes {@code net} predicts over the plane of a two-input dataset, with its samples on top. */
    public static DecisionMap boundary(Net net, Dataset data) {
        return new DecisionMap(net, data);
    }
}
