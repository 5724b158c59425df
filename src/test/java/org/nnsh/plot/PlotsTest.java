package org.nnsh.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.boundary;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.plot;
import static org.nnsh.Nnsh.quiet;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sgd;
import static org.nnsh.Nnsh.sine;
import static org.nnsh.Nnsh.spiral;
import static org.nnsh.Nnsh.vertical;

import org.junit.jupiter.api.Test;
import org.nnsh.data.Dataset;
import org.nnsh.nn.Activation;
import org.nnsh.nn.FitOptions;
import org.nnsh.nn.History;
import org.nnsh.nn.Net;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.ShapeException;

class PlotsTest {
    @Test
    void aLineChartSpansItsRangeWithTheExtremesOnTheAxis() {
        String[] lines = plot(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).toString().split("\n");
        assertEquals(1 + LineChart.ROWS + 2, lines.length);
        assertEquals("      values", lines[0]);
        assertTrue(lines[1].startsWith("9.000 ┤"), lines[1]);
        assertTrue(lines[LineChart.ROWS].startsWith("0.000 ┤"), lines[LineChart.ROWS]);
        // rising: the first column's dots are in the bottom row, the last column's in the top row
        assertTrue(lines[LineChart.ROWS].charAt(7) != ' ');
        assertEquals(' ', lines[1].charAt(7));
        assertTrue(lines[1].charAt(7 + LineChart.COLUMNS - 1) != ' ');
        assertEquals("       0" + " ".repeat(LineChart.COLUMNS - 2) + "9", lines[LineChart.ROWS + 2]);
    }

    @Test
    void aFlatSeriesRunsThroughTheMiddle() {
        String[] lines = plot(2, 2, 2).toString().split("\n");
        for (int r = 1; r <= LineChart.ROWS; r++) {
            boolean drawn = lines[r].substring(7).chars().anyMatch(c -> c != ' ');
            assertEquals(r == 1 + LineChart.ROWS / 2, drawn, "row " + r + ": " + lines[r]);
        }
    }

    @Test
    void onlyFiniteValuesCanBeDrawn() {
        var empty = assertThrows(IllegalArgumentException.class, () -> plot());
        assertEquals("plot: values: no values to draw; pass at least one", empty.getMessage());
        var nan = assertThrows(IllegalArgumentException.class, () -> plot(1, Double.NaN));
        assertEquals("plot: values: value 1 is NaN; only finite values can be drawn", nan.getMessage());
    }

    @Test
    void aRangeWiderThanTheLargestDoubleIsStillDrawnFromBottomToTop() {
        // from -1e308 to 1e308 the range overflows to inf: the ends went to the top row and the line between them vanished
        boolean[][] huge = dots(plot(-1e308, 1e308));
        assertArrayEquals(dots(plot(-1, 1)), huge);
        assertArrayEquals(dots(plot(-1, 1, -1)), dots(plot(-1e308, 1e308, -1e308)));
    }

    @Test
    void axisLabelsCarryTheDigitsThatTellTheExtremesApart() {
        String[] lines = plot(0.07871234, 0.07871291, 0.07871250).toString().split("\n");
        assertTrue(lines[1].startsWith("0.078713 ┤"), lines[1]);
        assertTrue(lines[LineChart.ROWS].startsWith("0.078712 ┤"), lines[LineChart.ROWS]);
        String[] tiny = plot(1, 1 + 1e-15).toString().split("\n");
        assertTrue(tiny[1].startsWith("1.000000000000001 ┤"), tiny[1]);
        assertTrue(tiny[LineChart.ROWS].startsWith("1.000000000000000 ┤"), tiny[LineChart.ROWS]);
        // a flat series keeps four digits; a negative zero is labelled as zero
        String[] zeros = plot(-0.0, 0.0).toString().split("\n");
        assertTrue(zeros[1].startsWith("0.000 ┤") && zeros[LineChart.ROWS].startsWith("0.000 ┤"), zeros[LineChart.ROWS]);
        assertTrue(plot(2, 2).toString().split("\n")[1].startsWith("2.000 ┤"));
    }

    @Test
    void aHistoryChartsItsLossAndDotsTheValidationLoss() {
        seed(0);
        Dataset data = vertical(30, 3).shuffle();
        History plain = net().dense(2, 8).relu().dense(8, 3).softmax().fit(data, 50, adam(0.05), quiet());
        assertTrue(plot(plain).toString().startsWith(" ".repeat(7) + "loss per epoch\n"), plot(plain).toString());
        History validated = net().dense(2, 8).relu().dense(8, 3).softmax()
                .fit(data, 50, adam(0.05), FitOptions.DEFAULT.validation(0.2).quiet());
        assertTrue(plot(validated).toString().contains("loss per epoch (dotted: validation)"));
        assertTrue(plot(validated).toString().contains("49\n"));
    }

    /** The chart's braille dots: [row][column], 4·ROWS by 2·COLUMNS, read back from its text. */
    private static boolean[][] dots(LineChart chart) {
        int[][] bits = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};
        String[] lines = chart.toString().split("\n");
        boolean[][] dots = new boolean[4 * LineChart.ROWS][2 * LineChart.COLUMNS];
        for (int r = 0; r < LineChart.ROWS; r++) {
            String row = lines[1 + r].substring(lines[1 + r].indexOf('┤') + 1);
            for (int c = 0; c < LineChart.COLUMNS; c++) {
                int cell = row.charAt(c) == ' ' ? 0 : row.charAt(c) - 0x2800;
                for (int k = 0; k < 8; k++) {
                    dots[4 * r + k % 4][2 * c + k / 4] = (cell & bits[k / 4][k % 4]) != 0;
                }
            }
        }
        return dots;
    }

    /** The dot row a value v between min and max falls on, max at the top. */
    private static int dotRow(double v, double min, double max) {
        return (int) Math.round((max - v) / (max - min) * (4 * LineChart.ROWS - 1));
    }

    /** Every dot column holds the dot of {@code expected} at its position, and no dot above or below the stroke. */
    private static void assertLine(double[] expected, double min, double max, boolean[][] dots) {
        for (int x = 0; x < expected.length; x++) {
            int y = dotRow(expected[x], min, max);
            assertTrue(dots[y][x], "column " + x + " misses row " + y);
            int previous = dotRow(expected[Math.max(0, x - 1)], min, max);
            for (int r = 0; r < dots.length; r++) {
                boolean stroke = r >= Math.min(y, previous) && r <= Math.max(y, previous);
                assertEquals(stroke, dots[r][x], "column " + x + ", row " + r);
            }
        }
    }

    @Test
    void aShortSeriesIsDrawnAsStraightLinesBetweenItsPoints() {
        int across = 2 * LineChart.COLUMNS;
        // two and three collinear points: one straight rising line, not a step at the end or in the middle
        double[] rising = new double[across];
        for (int x = 0; x < across; x++) {
            rising[x] = -1 + 2.0 * x / (across - 1);
        }
        assertLine(rising, -1, 1, dots(plot(-1, 1)));
        assertArrayEquals(dots(plot(-1, 1)), dots(plot(0, 1, 2)));
        // ten points: each column between points i and i + 1 on the segment joining them
        double[] ten = {0, 3, 1, 2, 0, 5, 4, 4, 1, 0};
        double[] joined = new double[across];
        for (int x = 0; x < across; x++) {
            double position = x * 9.0 / (across - 1);
            int i = Math.min((int) position, 8);
            joined[x] = ten[i] + (position - i) * (ten[i + 1] - ten[i]);
        }
        assertLine(joined, 0, 5, dots(plot(ten)));
    }

    @Test
    void aLongSeriesShowsEveryValueInTheColumnOfItsShareOfTheWidth() {
        int across = 2 * LineChart.COLUMNS;
        // one value per column, sampled, missed this spike (the columns read indices 495 and 503) while
        // the axis still went up to it
        double[] flat = new double[1000];
        flat[501] = 1;
        int column = 501 * across / flat.length;
        assertTrue(dots(plot(flat))[0][column], "the spike reaches the top row in column " + column);
        double[] wave = new double[1000];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < wave.length; i++) {
            wave[i] = Math.sin(i / 40.0);
            min = Math.min(min, wave[i]);
            max = Math.max(max, wave[i]);
        }
        boolean[][] drawn = dots(plot(wave));
        for (int x = 0; x < across; x++) {
            // the column's own values, joined to the value before them
            int low = Integer.MAX_VALUE;
            int high = Integer.MIN_VALUE;
            for (int i = Math.max(0, x * wave.length / across - 1); i < (x + 1) * wave.length / across; i++) {
                low = Math.min(low, dotRow(wave[i], min, max));
                high = Math.max(high, dotRow(wave[i], min, max));
            }
            for (int r = 0; r < drawn.length; r++) {
                assertEquals(r >= low && r <= high, drawn[r][x], "column " + x + ", row " + r);
            }
        }
    }

    @Test
    void aDivergedFitIsPlottedUpToTheDivergenceWithANoteOfWhatWasLeftOut() {
        seed(0);
        Net model = net().dense(1, 64).relu().dense(64).relu().dense(1);
        History diverged = model.fit(sine(50), 30, sgd(1e6), quiet());
        assertTrue(diverged.stopped());
        assertFalse(Double.isFinite(diverged.lastLoss()));
        String[] lines = plot(diverged).toString().split("\n");
        assertEquals("loss per epoch", lines[0].strip());
        // the x axis still runs to the last epoch, the non-finite one, and a note says it is not drawn
        assertTrue(lines[LineChart.ROWS + 2].endsWith(String.valueOf(diverged.epochs() - 1)), lines[LineChart.ROWS + 2]);
        assertEquals("1 epoch with a non-finite loss not drawn", lines[LineChart.ROWS + 3].strip());
        boolean[][] dots = dots(plot(diverged));
        int last = 2 * LineChart.COLUMNS - 1;
        for (boolean[] row : dots) {
            assertFalse(row[last], "the last epoch's column is a gap");
        }
        assertTrue(dots[dots.length - 1][0], "the first epochs, far below the peak, sit on the bottom row");
        // with validation: the diverged epoch was not validated (History holds NaN there), a gap counted with the loss
        seed(0);
        History validated = net().dense(1, 64).relu().dense(64).relu().dense(1)
                .fit(sine(50), 30, sgd(1e6), FitOptions.DEFAULT.validation(0.2).quiet());
        assertTrue(Double.isNaN(validated.valLoss()[validated.epochs() - 1]));
        String[] chart = plot(validated).toString().split("\n");
        // one note a line: together they took 108 columns
        assertEquals("1 epoch with a non-finite loss not drawn", chart[LineChart.ROWS + 3].strip());
        assertEquals("1 epoch with a non-finite validation loss not drawn", chart[LineChart.ROWS + 4].strip());
        assertTrue(chart[LineChart.ROWS].strip().startsWith("0.5178 ┤"), "the bottom is the least loss, not the unmeasured 0: "
                + chart[LineChart.ROWS]);
        // a fit that did not diverge has no note
        seed(0);
        History fine = net().dense(1, 8).relu().dense(8, 1).fit(sine(50), 30, adam(0.01), quiet());
        assertEquals(LineChart.ROWS + 3, plot(fine).toString().split("\n").length);
    }

    @Test
    void aDecisionMapShadesWhatTheNetPredictsAndDrawsEverySample() {
        seed(0);
        Dataset data = vertical(30, 3);
        Net model = net().dense(2, 16).relu().dense(16, 3).softmax();
        model.fit(data, 300, adam(0.05), quiet());
        String[] lines = boundary(model, data).toString().split("\n");
        assertEquals(DecisionMap.ROWS + 4, lines.length);
        assertEquals("┌" + "─".repeat(DecisionMap.COLUMNS) + "┐", lines[0]);
        for (int r = 1; r <= DecisionMap.ROWS; r++) {
            assertEquals(DecisionMap.COLUMNS + 2, lines[r].length(), lines[r]);
        }
        // vertical stripes: class 0 on the left, 2 on the right, in both shading and samples
        assertEquals(' ', lines[1 + DecisionMap.ROWS / 2].charAt(1));
        assertEquals('▒', lines[1 + DecisionMap.ROWS / 2].charAt(DecisionMap.COLUMNS));
        String map = String.join("\n", lines);
        assertTrue(map.contains("0") && map.contains("1") && map.contains("2"));
        assertEquals("digits: samples by label; shading: the predicted class", lines[lines.length - 2]);
        assertEquals("0 = ' ', 1 = '░', 2 = '▒'", lines[lines.length - 1]);
    }

    @Test
    void theLegendIsNoWiderThanTheMap() {
        // one line of 82 characters for three classes: an 80-column terminal wrapped it
        seed(0);
        double[][] x = new double[20][];
        int[] y = new int[20];
        for (int i = 0; i < 20; i++) {
            x[i] = new double[] {i, i % 3};
            y[i] = i;
        }
        Dataset data = Dataset.of(Matrix.wrap(x), y);
        String[] lines = boundary(net().dense(2, 20).softmax(), data).toString().split("\n");
        for (int i = DecisionMap.ROWS + 2; i < lines.length; i++) {
            assertTrue(lines[i].length() <= DecisionMap.COLUMNS + 2, lines[i]);
        }
        // labels 10 … 19 are drawn as a … j
        assertEquals("labels from 10 on are letters: a = 10 … j = 19", lines[DecisionMap.ROWS + 3]);
        String legend = String.join(" ", java.util.Arrays.copyOfRange(lines, DecisionMap.ROWS + 4, lines.length));
        assertTrue(legend.startsWith("0 = ' ', 1 = '░', 2 = '▒', 3 = '▓', 4 = ' ',"), legend);
        assertTrue(legend.endsWith("19 = '▓'"), legend);
    }

    @Test
    void aFailureWithoutAMessageInTheNetIsNamedByItsType() {
        // an Activation of the user's that throws new IllegalStateException() made a bare NullPointerException
        Activation broken = new Activation() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void forward(double[][] x, double[][] y, int rows) {
                throw new IllegalStateException();
            }

            @Override
            public void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows) {
                throw new IllegalStateException();
            }
        };
        seed(0);
        Net model = net().dense(2, 2).activation(broken).dense(2, 3).softmax();
        var e = assertThrows(IllegalStateException.class, () -> boundary(model, spiral(10, 3)));
        assertEquals("boundary: the net's predict failed with java.lang.IllegalStateException, which gave no message",
                e.getMessage());
        assertEquals(IllegalStateException.class, e.getCause().getClass());
    }

    @Test
    void aDecisionMapNeedsTwoInputsAndClassLabels() {
        seed(0);
        var wide = assertThrows(ShapeException.class, () -> boundary(net().dense(1, 2).softmax(), sine(10)));
        assertEquals("boundary: the map is drawn over two inputs, but the data has 1 column", wide.getMessage());
        var three = assertThrows(ShapeException.class, () -> boundary(net().dense(3, 2).softmax(), org.nnsh.Nnsh.iris()));
        assertTrue(three.getMessage().endsWith("but the data has 4 columns"), three.getMessage());
        Dataset points = vertical(5, 2);
        Dataset regression = Dataset.regression(points.x(), points.x());
        var targets = assertThrows(IllegalArgumentException.class, () -> boundary(net().dense(2, 2), regression));
        assertEquals("boundary: the data has regression targets; a decision map needs class labels", targets.getMessage());
    }

    @Test
    void aDecisionMapSpansDataWiderThanTheLargestDouble() {
        seed(0);
        Net model = net().dense(2, 2).softmax();
        Matrix corners = Matrix.wrap(new double[][] {{-1e308, -1e308}, {1e308, 1e308}});
        // the span 2e308 overflowed: the cell centres were inf or NaN, and predict refused its own grid
        String[] lines = boundary(model, Dataset.of(corners, new int[] {0, 1})).toString().split("\n");
        assertEquals('0', lines[DecisionMap.ROWS].charAt(1), "the first sample in the bottom left cell");
        assertEquals('1', lines[1].charAt(DecisionMap.COLUMNS), "the second in the top right cell");
    }

    @Test
    void aDecisionMapOfOneSampleSpansAroundItAsThePngDoes() {
        seed(0);
        Net model = net().dense(2, 2).softmax();
        // class 1 right of x = 0.5, class 0 left of it
        ((org.nnsh.nn.Dense) model.layer(0)).params().get(0).set(Matrix.of(new double[] {-10, 10}, new double[] {0, 0}));
        ((org.nnsh.nn.Dense) model.layer(0)).params().get(1).set(Matrix.of(new double[] {5, -5}));
        Dataset one = Dataset.of(Matrix.of(new double[] {0.5, 3}), new int[] {1});
        // every cell was the sample's own point, so the map was class 1 throughout: now 0 ± 0.5 across, 3 ± 0.5 down
        String[] lines = boundary(model, one).toString().split("\n");
        String middle = lines[DecisionMap.ROWS / 2]; // the sample's row: cell 12 of 24 from the bottom
        assertEquals(' ', middle.charAt(1), middle);
        assertEquals('░', middle.charAt(DecisionMap.COLUMNS), middle);
        assertEquals('1', middle.charAt(1 + DecisionMap.COLUMNS / 2), middle);
        // a constant at the largest double stays on finite cell centres
        Dataset far = Dataset.of(Matrix.of(new double[] {Double.MAX_VALUE, 0}, new double[] {Double.MAX_VALUE, 1}), new int[] {0, 1});
        assertEquals(DecisionMap.ROWS + 4, boundary(model, far).toString().split("\n").length);
    }

    @Test
    void theLegendNamesEveryClassTheNetPredictsNotOnlyTheDatasOwn() {
        seed(0);
        Dataset data = spiral(20, 3);
        // five outputs for three classes: this untrained net predicts classes 3 and 4 over parts of the plane
        String map = boundary(net().dense(2, 5).softmax(), data).toString();
        assertTrue(map.contains("▓"), map);
        assertTrue(map.endsWith("\n0 = ' ', 1 = '░', 2 = '▒', 3 = '▓', 4 = ' '\n"), map);
    }

    @Test
    void aNetThatCannotClassifyTheDataIsRefusedWithTheDataNotTheGrid() {
        seed(0);
        Dataset points = vertical(5, 2);
        // these named the 1536×2 grid of cell centres ("dense #1 expects 3 inputs, got a 1536×2 matrix"),
        // or "predict", which the user did not call
        var width = assertThrows(ShapeException.class, () -> boundary(net().dense(3, 2).softmax(), points));
        assertEquals("boundary: dense #1 expects 3 inputs, got a 10×2 matrix", width.getMessage());
        var regression = assertThrows(IllegalStateException.class, () -> boundary(net().dense(2, 1), points));
        assertEquals("boundary: this net regresses one value (it ends in linear and trains on mse), so it has no classes;"
                + " forward(x) gives its predictions", regression.getMessage());
        Dataset holed = Dataset.of(Matrix.wrap(new double[][] {{0, 1}, {2, Double.POSITIVE_INFINITY}}), new int[] {0, 1});
        var infinite = assertThrows(IllegalArgumentException.class, () -> boundary(net().dense(2, 2).softmax(), holed));
        assertTrue(infinite.getMessage().startsWith("boundary: inf in the input at row 1, column 1;"), infinite.getMessage());
    }

    @Test
    void aNetWithoutAnOutputForEveryClassIsRefusedAsEvaluateRefusesIt() {
        seed(0);
        Dataset data = spiral(20, 3);
        // the map shaded two classes and drew class 2's samples among them without a word, where fit and
        // evaluate refuse the pair
        var two = assertThrows(IllegalArgumentException.class, () -> boundary(net().dense(2, 2).softmax(), data));
        assertEquals("boundary: label 2 at row 40 is out of range for a net with 2 outputs, which take labels 0 … 1;"
                + " for 3 classes end with dense(…, 3)", two.getMessage());
        var one = assertThrows(IllegalArgumentException.class, () -> boundary(net().dense(2, 1).sigmoid(), data));
        assertEquals("boundary: a net with 1 output learns 0/1 labels, but row 40 has label 2; for 3 classes end with"
                + " dense(…, 3).softmax()", one.getMessage());
    }
}
