package org.nnsh.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.boundary;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.plot;
import static org.nnsh.Nnsh.quiet;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sine;
import static org.nnsh.Nnsh.vertical;

import org.junit.jupiter.api.Test;
import org.nnsh.data.Dataset;
import org.nnsh.nn.FitOptions;
import org.nnsh.nn.History;
import org.nnsh.nn.Net;
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
        assertEquals("plot: values has no values to draw", empty.getMessage());
        var nan = assertThrows(IllegalArgumentException.class, () -> plot(1, Double.NaN));
        assertEquals("plot: values: value 1 is NaN; only finite values can be drawn", nan.getMessage());
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

    @Test
    void aDecisionMapShadesWhatTheNetPredictsAndDrawsEverySample() {
        seed(0);
        Dataset data = vertical(30, 3);
        Net model = net().dense(2, 16).relu().dense(16, 3).softmax();
        model.fit(data, 300, adam(0.05), quiet());
        String[] lines = boundary(model, data).toString().split("\n");
        assertEquals(DecisionMap.ROWS + 3, lines.length);
        assertEquals("┌" + "─".repeat(DecisionMap.COLUMNS) + "┐", lines[0]);
        for (int r = 1; r <= DecisionMap.ROWS; r++) {
            assertEquals(DecisionMap.COLUMNS + 2, lines[r].length(), lines[r]);
        }
        // vertical stripes: class 0 on the left, 2 on the right, in both shading and samples
        assertEquals(' ', lines[1 + DecisionMap.ROWS / 2].charAt(1));
        assertEquals('▒', lines[1 + DecisionMap.ROWS / 2].charAt(DecisionMap.COLUMNS));
        String map = String.join("\n", lines);
        assertTrue(map.contains("0") && map.contains("1") && map.contains("2"));
        assertEquals("digits: samples by label; shading: the predicted class (0 = ' ', 1 = '░', 2 = '▒')",
                lines[lines.length - 1]);
    }

    @Test
    void aDecisionMapNeedsTwoInputsAndClassLabels() {
        seed(0);
        var wide = assertThrows(ShapeException.class, () -> boundary(net().dense(1, 2).softmax(), sine(10)));
        assertEquals("boundary: the map is drawn over two inputs, but the data has 1 columns", wide.getMessage());
        Dataset points = vertical(5, 2);
        Dataset regression = Dataset.regression(points.x(), points.x());
        var targets = assertThrows(IllegalArgumentException.class, () -> boundary(net().dense(2, 2), regression));
        assertEquals("boundary: the data has regression targets; a decision map needs class labels", targets.getMessage());
    }
}
