package org.nnsh.nn;

import java.util.Arrays;

/**
 * Some samples of a {@link TrainingSet}, by reference: its arrays hold the set's own rows, in the
 * order an epoch visits them, so forming a batch copies no values.
 */
final class Batch {
    private final double[][] x;
    private final double[][] targets;
    private final int[] labels;
    private Batch[] halves;

    private Batch(double[][] x, double[][] targets, int[] labels) {
        this.x = x;
        this.targets = targets;
        this.labels = labels;
    }

    /** The whole set, in order. */
    static Batch all(TrainingSet set) {
        return new Batch(set.x(), set.targets(), set.labels());
    }

    /** Samples {@code order[from, from + rows)} of {@code set}. */
    static Batch of(TrainingSet set, int[] order, int from, int rows) {
        double[][] x = new double[rows][];
        double[][] t = new double[rows][];
        int[] labels = set.labels() == null ? null : new int[rows];
        for (int r = 0; r < rows; r++) {
            int sample = order[from + r];
            x[r] = set.x()[sample];
            t[r] = set.targets()[sample];
            if (labels != null) {
                labels[r] = set.labels()[sample];
            }
        }
        return new Batch(x, t, labels);
    }

    /** The first {@code cut} samples and the rest, made once and kept: the cut must be the same every time. */
    Batch[] halves(int cut) {
        if (halves == null) {
            halves = new Batch[] {part(0, cut), part(cut, rows() - cut)};
        }
        return halves;
    }

    private Batch part(int from, int count) {
        return new Batch(Arrays.copyOfRange(x, from, from + count), Arrays.copyOfRange(targets, from, from + count),
                labels == null ? null : Arrays.copyOfRange(labels, from, from + count));
    }

    int rows() {
        return x.length;
    }

    double[][] x() {
        return x;
    }

    /** One row of targets per sample: one-hot, a 0/1 column, or regression targets. */
    double[][] targets() {
        return targets;
    }

    /** The class labels, or null for targets without labels. */
    int[] labels() {
        return labels;
    }

    /** The first {@link #rows()} rows of a layer buffer, by reference. */
    double[][] view(double[][] buffer) {
        return buffer.length == x.length ? buffer : Arrays.copyOf(buffer, x.length);
    }
}
