package org.nnsh.plot;

import java.util.Locale;

/**
 * A line chart in the terminal, e.g. a loss per epoch: braille dots joined column by column, the
 * largest and smallest values on the left axis, the first and last index below. A second series
 * of the same length (a validation loss) is drawn dotted on the same axes. Immutable; its
 * {@code toString()} is the chart.
 */
public final class LineChart {
    /** Width and height of the plotting area, in characters. */
    static final int COLUMNS = 60;
    static final int ROWS = 10;

    private final String title;
    private final double[] values;
    private final double[] dotted;

    /** A chart of {@code values}, and of {@code dotted} (same length) unless it is null. */
    LineChart(String title, double[] values, double[] dotted) {
        check(title, values);
        if (dotted != null) {
            check(title, dotted);
            if (dotted.length != values.length) {
                throw new IllegalArgumentException("plot: " + title + ": the dotted series has " + dotted.length
                        + " values, the solid one " + values.length);
            }
        }
        this.title = title;
        this.values = values.clone();
        this.dotted = dotted == null ? null : dotted.clone();
    }

    private static void check(String title, double[] series) {
        if (series.length == 0) {
            throw new IllegalArgumentException("plot: " + title + " has no values to draw");
        }
        for (int i = 0; i < series.length; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException("plot: " + title + ": value " + i + " is " + series[i]
                        + "; only finite values can be drawn");
            }
        }
    }

    @Override
    public String toString() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] series : dotted == null ? new double[][] {values} : new double[][] {values, dotted}) {
            for (double v : series) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        BrailleCanvas canvas = new BrailleCanvas(COLUMNS, ROWS);
        int previous = -1;
        for (int x = 0; x < canvas.dotsAcross(); x++) {
            int y = dotRow(valueAt(values, x, canvas.dotsAcross()), min, max, canvas.dotsDown());
            canvas.vertical(x, previous < 0 ? y : previous, y);
            previous = y;
            if (dotted != null && x % 3 == 0) {
                canvas.set(x, dotRow(valueAt(dotted, x, canvas.dotsAcross()), min, max, canvas.dotsDown()));
            }
        }
        String top = label(max);
        String bottom = label(min);
        int margin = Math.max(top.length(), bottom.length());
        StringBuilder sb = new StringBuilder(" ".repeat(margin + 1)).append(title).append('\n');
        for (int r = 0; r < canvas.rows(); r++) {
            String axis = r == 0 ? top : r == canvas.rows() - 1 ? bottom : "";
            sb.append(" ".repeat(margin - axis.length())).append(axis).append(" ┤").append(canvas.row(r)).append('\n');
        }
        String last = String.valueOf(values.length - 1);
        sb.append(" ".repeat(margin + 1)).append('└').append("─".repeat(COLUMNS)).append('\n');
        sb.append(" ".repeat(margin + 2)).append('0').append(" ".repeat(Math.max(1, COLUMNS - 1 - last.length())))
                .append(last).append('\n');
        return sb.toString();
    }

    /** The series at dot column x of {@code across}: the value whose index that column covers. */
    private static double valueAt(double[] series, int x, int across) {
        int index = (int) ((long) x * (series.length - 1) / Math.max(1, across - 1));
        return series[index];
    }

    /** The dot row of v: max at the top, min at the bottom; a flat series runs through the middle. */
    private static int dotRow(double v, double min, double max, int down) {
        if (max == min) {
            return down / 2;
        }
        return (int) Math.round((max - v) / (max - min) * (down - 1));
    }

    private static String label(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
