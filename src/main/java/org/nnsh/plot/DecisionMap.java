package org.nnsh.plot;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import org.nnsh.data.Dataset;
import org.nnsh.nn.Net;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.ShapeException;

/**
 * What a classifier with two inputs decides across the plane of its data, in the terminal: each
 * character cell is shaded by the class the net predicts at its centre, and each sample is drawn
 * on top as its label's digit. The view spans the data's range in both inputs (an input whose samples all
 * share one value: that value ± 0.5, or ± 5% of it when larger, as the PNG). Its
 * {@code toString()} is the map; {@link #savePng} draws the same decisions as a PNG image.
 */
public final class DecisionMap {
    static final int COLUMNS = 64;
    static final int ROWS = 24;
    /** Background shades by predicted class, lightest first. */
    private static final String SHADES = " ░▒▓";
    private static final String LABELS = "0123456789abcdefghijklmnopqrstuvwxyz";

    private final String text;
    /** What savePng needs: the net, the samples and what the net decided when the map was made. */
    private final Net net;
    private final Matrix x;
    private final int[] labels;
    private final int shown;
    private final Matrix centres;
    private final int[] decided;
    private final int[] decidedOnData;

    DecisionMap(Net net, Dataset data) {
        Matrix x = data.x();
        if (x.cols() != 2) {
            throw new ShapeException("boundary: the map is drawn over two inputs, but the data has " + x.cols()
                    + (x.cols() == 1 ? " column" : " columns"));
        }
        if (data.isRegression()) {
            throw new IllegalArgumentException("boundary: the data has regression targets; a decision map needs class labels");
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("boundary: the dataset is empty");
        }
        if (data.classes() > LABELS.length()) {
            throw new IllegalArgumentException("boundary: " + data.classes() + " classes are more than the map can label ("
                    + LABELS.length() + ")");
        }
        // the data first: a net that cannot classify it is refused with the data's own shape and rows,
        // not those of the grid of cell centres below, which the user never made
        int[] onData = retold(() -> net.predict(x));
        // evaluate's check of the labels against the net's outputs: a net of 2 outputs for 3 classes could never
        // shade the third, and the map drew it without a word where fit and evaluate refuse the pair
        retold(() -> net.evaluate(data));
        double[] across = view(x.col(0));
        double[] down = view(x.col(1));
        double x0 = across[0];
        double x1 = across[1];
        double y0 = down[0];
        double y1 = down[1];
        double[][] cellCentres = new double[ROWS * COLUMNS][];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                cellCentres[r * COLUMNS + c] = new double[] {
                    along(x0, x1, (c + 0.5) / COLUMNS), along(y1, y0, (r + 0.5) / ROWS)};
            }
        }
        Matrix centres = Matrix.wrap(cellCentres);
        int[] predicted = net.predict(centres);
        char[][] grid = new char[ROWS][COLUMNS];
        // a net with more outputs than the data has classes may predict those too: the legend names them
        int shown = data.classes();
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                int k = predicted[r * COLUMNS + c];
                grid[r][c] = SHADES.charAt(k % SHADES.length());
                shown = Math.max(shown, k + 1);
            }
        }
        int[] labels = data.y();
        for (int i = 0; i < labels.length; i++) {
            int c = cell(x.get(i, 0), x0, x1, COLUMNS);
            int r = ROWS - 1 - cell(x.get(i, 1), y0, y1, ROWS);
            grid[r][c] = LABELS.charAt(labels[i]);
        }
        StringBuilder sb = new StringBuilder();
        sb.append('┌').append("─".repeat(COLUMNS)).append("┐\n");
        for (char[] row : grid) {
            sb.append('│').append(row).append("│\n");
        }
        sb.append('└').append("─".repeat(COLUMNS)).append("┘\n");
        sb.append(legend(shown, data.classes()));
        this.text = sb.toString();
        this.net = net;
        this.x = x;
        this.labels = labels.clone();
        this.shown = shown;
        this.centres = centres;
        this.decided = predicted;
        this.decidedOnData = onData;
    }

    /**
     * Writes the map as an 800×600 PNG image and returns the file's absolute path: the plane (the
     * data's range and 5% more on each side) shaded by the class the net predicts, lightly, one
     * prediction per 2×2 pixels; the samples on top as dots in their label's colour; axis titles and a
     * legend of the classes (colours from matplotlib's tab10, repeating after ten classes; smaller entries
     * above 30 classes, so that it fits). A path
     * without an ending gets {@code .png}; one naming another format is refused. A net trained since
     * the map was made would draw another map, so that is refused too: call {@code boundary} again.
     */
    public Path savePng(String path) {
        double[] lo = new double[2];
        double[] hi = new double[2];
        for (int j = 0; j < 2; j++) {
            double min = x.col(j).min();
            double max = x.col(j).max();
            double pad = max == min ? flatPad(min) : (max - min) * 0.05;
            lo[j] = min - pad;
            hi[j] = max + pad;
            if (!Double.isFinite(hi[j] - lo[j])) {
                throw new IllegalArgumentException("savePng " + path + ": input " + j + " spans " + min + " to " + max
                        + ", more than a PNG's axes can measure; the terminal map (print it) shows it");
            }
        }
        return PngFile.write("savePng", path, () -> {
            if (!Arrays.equals(net.predict(centres), decided) || !Arrays.equals(net.predict(x), decidedOnData)) {
                throw new IllegalStateException("savePng " + path
                        + ": the net predicts other classes than when this map was made (trained since?); "
                        + "call boundary(model, data) again and save that");
            }
            return PngCharts.decisionMap(net, x, labels, shown, lo, hi);
        });
    }

    /** {@link #savePng(String)} for a {@code Path}. */
    public Path savePng(Path path) {
        return savePng(path == null ? null : path.toString());
    }

    /** What the net gives; its refusal (inputs of another width, a regression net, NaN, labels) told as boundary's. */
    private static <T> T retold(Supplier<T> call) {
        try {
            return call.get();
        } catch (ShapeException e) {
            throw new ShapeException(retold(e));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(retold(e), e);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(retold(e), e);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(retold(e));
        }
    }

    private static String retold(RuntimeException e) {
        String message = e.getMessage();
        if (message == null) {
            // nnsh's own refusals always say why; this is the user's code (an Activation of their own) failing
            return "boundary: the net's predict failed with " + e.getClass().getName() + ", which gave no message";
        }
        for (String op : new String[] {"predict: ", "evaluate: "}) {
            if (message.startsWith(op)) {
                return "boundary: " + message.substring(op.length());
            }
        }
        return "boundary: " + message;
    }

    /**
     * The terminal map's range of one input: the data's, or, where every sample has the same value (one
     * sample, a constant feature), that value ± {@link #flatPad}, as the PNG shows it. Without, every
     * cell of the axis was the same point, and the map showed the class at the data as if the net
     * predicted it everywhere.
     */
    private static double[] view(Matrix column) {
        double min = column.min();
        double max = column.max();
        if (min != max) {
            return new double[] {min, max};
        }
        double pad = flatPad(min);
        // kept finite: a constant Double.MAX_VALUE would put the cell centres at infinity
        return new double[] {Math.max(min - pad, -Double.MAX_VALUE), Math.min(max + pad, Double.MAX_VALUE)};
    }

    /** How far a map extends on each side of an input whose samples all have the value v. */
    private static double flatPad(double v) {
        return Math.max(0.5, Math.abs(v) * 0.05);
    }

    /** The point a fraction t of the way from a to b. */
    static double along(double a, double b, double t) {
        double span = b - a;
        if (Double.isInfinite(span)) {
            // data from -1e308 to 1e308: the span overflows, the weighted ends do not
            return (1 - t) * a + t * b;
        }
        return a + t * span;
    }

    /** The cell of v on an axis from lo to hi cut into n cells (hi falls in the last). */
    private static int cell(double v, double lo, double hi, int n) {
        if (hi == lo) {
            return n / 2;
        }
        double share = Double.isInfinite(hi - lo) ? (v / 2 - lo / 2) / (hi / 2 - lo / 2) : (v - lo) / (hi - lo);
        return Math.min(n - 1, (int) (share * n));
    }

    /**
     * The legend of {@code classes} shades, in lines no wider than the map (66 characters): on one line it
     * took 82 for three classes, so an 80-column terminal wrapped it. {@code labelled} is the number of
     * classes the samples' labels are drawn for.
     */
    private static String legend(int classes, int labelled) {
        StringBuilder sb = new StringBuilder("digits: samples by label; shading: the predicted class\n");
        if (labelled > 10) {
            // a sample of class 10 is drawn as 'a', which no digit nor legend entry would explain
            sb.append("labels from 10 on are letters: a = 10").append(labelled > 11 ? " … " + LABELS.charAt(labelled - 1)
                    + " = " + (labelled - 1) : "").append('\n');
        }
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < classes; k++) {
            String entry = k + " = '" + SHADES.charAt(k % SHADES.length()) + "'" + (k < classes - 1 ? "," : "");
            if (line.length() > 0 && line.length() + 1 + entry.length() > COLUMNS + 2) {
                sb.append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(entry);
        }
        return sb.append(line).append('\n').toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
