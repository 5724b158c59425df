package org.nnsh.plot;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A line chart in the terminal, e.g. a loss per epoch: braille dots joined column by column, the
 * largest and smallest values on the left axis, the first and last index below. A series shorter
 * than the chart is wide is drawn as straight lines between its points; a longer one puts each of
 * its values in the dot column of its share of the width, so a column spans the lowest to the
 * highest value it holds and no spike between two columns goes missing. A second series of the same length (a validation loss) is drawn
 * dotted on the same axes. Immutable; its {@code toString()} is the chart, {@link #savePng} writes
 * it as a PNG image.
 */
public final class LineChart {
    /** Width and height of the plotting area, in characters. */
    static final int COLUMNS = 60;
    static final int ROWS = 10;

    private final String title;
    private final double[] values;
    private final double[] dotted;
    private final String gapNote;
    private final Labels labels;

    /** The PNG's words: its title, the axis titles and the legend's names of the two series (dashed may be null). */
    record Labels(String title, String xAxis, String yAxis, String solid, String dashed) {
    }

    /**
     * A chart of {@code values}, and of {@code dotted} (same length) unless it is null. With a null
     * {@code gapNote} every value must be finite; otherwise non-finite values are gaps in the line
     * and the note, printed under the chart, says what was left out.
     */
    LineChart(String title, double[] values, double[] dotted, String gapNote, Labels labels) {
        check(title, values, gapNote == null);
        if (dotted != null) {
            check(title, dotted, gapNote == null);
            if (dotted.length != values.length) {
                throw new IllegalArgumentException("plot: " + title + ": the dotted series has " + dotted.length
                        + " values, the solid one " + values.length);
            }
        }
        if (gapNote != null && finiteCount(values) + (dotted == null ? 0 : finiteCount(dotted)) == 0) {
            throw new IllegalArgumentException("plot: " + title + ": no finite value to draw (" + gapNote + ")");
        }
        this.title = title;
        this.values = values.clone();
        this.dotted = dotted == null ? null : dotted.clone();
        this.gapNote = gapNote;
        this.labels = labels;
    }

    /**
     * Writes the chart as an 800×500 PNG image and returns the file's absolute path: the solid series
     * as a blue line, the validation loss as an orange dashed one with a legend, axis titles, and
     * non-finite values left out as gaps (the title then says how many). A path without an ending
     * gets {@code .png}; one naming another format ({@code .jpg}, {@code .svg}) is refused, and so are values
     * spanning more than the largest double (from -1e308 to 1e308), which no axis can measure. Written
     * atomically, headless (no display needed).
     */
    public Path savePng(String path) {
        double[] range = finiteRange(values, dotted);
        if (Double.isInfinite(range[1] - range[0])) {
            // XChart cannot lay out an axis whose length overflows: it drew an empty plot, with no line and no ticks
            throw new IllegalArgumentException("savePng " + path + ": the values span " + range[0] + " to " + range[1]
                    + ", more than a PNG's axis can measure; the terminal chart (print it) shows it");
        }
        Labels png = gapNote == null ? labels
                : new Labels(labels.title() + " (" + gapNote + ")", labels.xAxis(), labels.yAxis(), labels.solid(), labels.dashed());
        return PngFile.write("savePng", path, () -> PngCharts.line(png, values, dotted));
    }

    /** {@link #savePng(String)} for a {@code Path}. */
    public Path savePng(Path path) {
        return savePng(path == null ? null : path.toString());
    }

    private static void check(String title, double[] series, boolean finiteOnly) {
        if (series.length == 0) {
            throw new IllegalArgumentException("plot: " + title + ": no values to draw; pass at least one");
        }
        for (int i = 0; finiteOnly && i < series.length; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException("plot: " + title + ": value " + i + " is " + series[i]
                        + "; only finite values can be drawn");
            }
        }
    }

    /** The number of finite values in {@code series}. */
    static int finiteCount(double[] series) {
        int n = 0;
        for (double v : series) {
            n += Double.isFinite(v) ? 1 : 0;
        }
        return n;
    }

    /** The smallest and largest finite value of the series, for the text chart and the PNG alike (second may be null). */
    static double[] finiteRange(double[] first, double[] second) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] series : second == null ? new double[][] {first} : new double[][] {first, second}) {
            for (double v : series) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return new double[] {min, max};
    }

    @Override
    public String toString() {
        double[] range = finiteRange(values, dotted);
        double min = range[0];
        double max = range[1];
        BrailleCanvas canvas = new BrailleCanvas(COLUMNS, ROWS);
        int previous = -1;
        for (int x = 0; x < canvas.dotsAcross(); x++) {
            if (values.length > canvas.dotsAcross()) {
                previous = strokeColumn(canvas, x, previous, min, max);
            } else {
                double v = valueAt(values, x, canvas.dotsAcross());
                if (Double.isFinite(v)) {
                    int y = dotRow(v, min, max, canvas.dotsDown());
                    canvas.vertical(x, previous < 0 ? y : previous, y);
                    previous = y;
                } else {
                    // a gap: the line resumes at the next finite value without a stroke across the gap
                    previous = -1;
                }
            }
            double d = dotted == null || x % 3 != 0 ? Double.NaN : valueAt(dotted, x, canvas.dotsAcross());
            if (Double.isFinite(d)) {
                canvas.set(x, dotRow(d, min, max, canvas.dotsDown()));
            }
        }
        int digits = labelDigits(max, min);
        String top = label(max, digits);
        String bottom = label(min, digits);
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
        if (gapNote != null) {
            // one clause a line: the loss's and the validation loss's notes together passed 100 columns
            for (String clause : gapNote.split("; ")) {
                sb.append(" ".repeat(margin + 2)).append(clause).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Draws the values of dot column x, those of indices [x·n/across, (x+1)·n/across), each joined
     * to the one before it, from the row {@code previous} of the last value drawn (−1 after a gap);
     * returns the row of the column's last value, or −1 if it ends in a gap.
     */
    private int strokeColumn(BrailleCanvas canvas, int x, int previous, double min, double max) {
        long n = values.length;
        int across = canvas.dotsAcross();
        for (int i = (int) (x * n / across); i < (int) ((x + 1) * n / across); i++) {
            if (Double.isFinite(values[i])) {
                int y = dotRow(values[i], min, max, canvas.dotsDown());
                canvas.vertical(x, previous < 0 ? y : previous, y);
                previous = y;
            } else {
                previous = -1;
            }
        }
        return previous;
    }

    /**
     * The series at dot column x of {@code across}. A series with a value for every column is
     * sampled, so each dot is one of its values; a shorter one is interpolated between the two
     * values around the column, so its points are joined by straight lines, not steps. Next to a
     * non-finite value the result is not finite either: a gap.
     */
    private static double valueAt(double[] series, int x, int across) {
        int span = Math.max(1, across - 1);
        if (series.length >= across) {
            return series[(int) ((long) x * (series.length - 1) / span)];
        }
        double position = (double) x * (series.length - 1) / span;
        int index = (int) position;
        double fraction = position - index;
        if (fraction == 0) {
            return series[index];
        }
        double step = series[index + 1] - series[index];
        if (Double.isInfinite(step) && Double.isFinite(series[index]) && Double.isFinite(series[index + 1])) {
            // two finite values more than Double.MAX_VALUE apart: weigh them, as their difference overflows
            return (1 - fraction) * series[index] + fraction * series[index + 1];
        }
        return series[index] + fraction * step;
    }

    /** The dot row of v: max at the top, min at the bottom; a flat series runs through the middle. */
    private static int dotRow(double v, double min, double max, int down) {
        if (max == min) {
            return down / 2;
        }
        if (Double.isInfinite(max - min)) {
            // a range beyond Double.MAX_VALUE (from -1e308 to 1e308): halving both sides keeps the ratio finite
            return (int) Math.round((max / 2 - v / 2) / (max / 2 - min / 2) * (down - 1));
        }
        return (int) Math.round((max - v) / (max - min) * (down - 1));
    }

    /**
     * The significant digits of the axis labels: 4, or as many more as it takes for the top and the
     * bottom label to differ, so that a nearly flat series (a loss settling at 0.0787123…0.0787128)
     * does not show a tall curve between two equal labels.
     */
    private static int labelDigits(double max, double min) {
        int digits = 4;
        while (max != min && digits < 17 && label(max, digits).equals(label(min, digits))) {
            digits++;
        }
        return digits;
    }

    private static String label(double v, int digits) {
        // + 0.0 turns -0.0 into 0.0: a flat series of zeros is labelled 0.000 at both ends, not -0.000 at one
        return String.format(Locale.ROOT, "%." + digits + "g", v + 0.0);
    }
}
