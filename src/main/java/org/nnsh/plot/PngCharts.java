package org.nnsh.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nnsh.nn.Net;
import org.nnsh.tensor.Matrix;

/**
 * The PNG forms of the charts, drawn with XChart. Only {@link LineChart#savePng} and
 * {@link DecisionMap#savePng} reach this class, so AWT and XChart are loaded when a PNG is written
 * and never at startup.
 */
final class PngCharts {
    static final int LINE_WIDTH = 800;
    static final int LINE_HEIGHT = 500;
    static final int MAP_WIDTH = 800;
    static final int MAP_HEIGHT = 600;
    /** The solid series (the loss) and the dashed one (the validation loss). */
    static final Color SOLID = new Color(0x1f77b4);
    static final Color DASHED = new Color(0xff7f0e);
    /** Class colours, matplotlib's tab10: the samples in full colour, the predicted regions in light shades of them. */
    static final Color[] CLASS_COLOURS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};
    /** The most legend entries the map's 600 pixels hold at XChart's own size: more get smaller ones. */
    static final int LEGEND_ENTRIES = 30;
    /** Rows per predict call while shading the regions: bounds the memory a wide net's activations take. */
    private static final int CHUNK = 8192;
    /** Pixels per side of a shaded cell: one prediction per 2×2 pixels keeps a large net's map quick. */
    private static final int CELL = 2;

    private PngCharts() {
    }

    static Color colour(int k) {
        return CLASS_COLOURS[k % CLASS_COLOURS.length];
    }

    /** The light shade of class k's colour that fills its predicted region: 30% of the colour on white. */
    static Color shade(int k) {
        Color c = colour(k);
        return new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
    }

    private static int mix(int channel) {
        return (int) Math.round(0.3 * channel + 0.7 * 255);
    }

    /**
     * A line chart of {@code solid} against its index, and of {@code dashed} (same length) unless it
     * is null; non-finite values are gaps. The legend is shown only when there are two series.
     */
    static byte[] line(LineChart.Labels labels, double[] solid, double[] dashed) throws IOException {
        XYChart chart = new XYChartBuilder().width(LINE_WIDTH).height(LINE_HEIGHT).title(labels.title())
                .xAxisTitle(labels.xAxis()).yAxisTitle(labels.yAxis()).build();
        Styler styler = chart.getStyler();
        plain(styler);
        styler.setLegendVisible(dashed != null);
        if (dashed != null && endsHigh(solid, dashed)) {
            // a diverged fit climbs into the top right corner, where the legend would hide it: below the plot instead
            styler.setLegendPosition(Styler.LegendPosition.OutsideS);
            styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        } else {
            styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        }
        chart.getStyler().setXAxisDecimalPattern("#,##0.###");
        chart.getStyler().setyAxisTickLabelsFormattingFunction(tickLabels(LineChart.finiteRange(solid, dashed)));
        if (solid.length > 20) {
            // XChart ticks equally spaced x values at every k-th value (0, 118, 236, … for 2001 epochs); an axis
            // end a thousandth past the last epoch makes them unequal, so it picks round steps (0, 200, 400, …).
            // Up to 20 values the ticks stay on the epochs themselves rather than at 0.2, 0.4, …
            chart.getStyler().setXAxisMin(0.0).setXAxisMax(solid.length - 1 + 1e-3);
        }
        XYSeries s = chart.addSeries(labels.solid(), index(solid.length), gapped(solid));
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(SOLID);
        s.setLineStyle(new BasicStroke(2f));
        if (dashed != null) {
            XYSeries d = chart.addSeries(labels.dashed(), index(dashed.length), gapped(dashed));
            d.setMarker(SeriesMarkers.NONE);
            d.setLineColor(DASHED);
            d.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f));
        }
        // a line needs two neighbouring points: a value alone (one epoch, or between gaps) is drawn as a dot
        dots(chart, labels.solid(), solid, SOLID);
        if (dashed != null) {
            dots(chart, labels.dashed(), dashed, DASHED);
        }
        fitTitle(chart, labels.title(), (solid.length - 1) / 2.0);
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    /**
     * Dots, in {@code colour} and left out of the legend, at the finite values of {@code values} whose
     * neighbours are missing or not finite: the line leaves them out, as it has nothing to join them to.
     */
    private static void dots(XYChart chart, String name, double[] values, Color colour) {
        List<Integer> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            boolean joinedBefore = i > 0 && Double.isFinite(values[i - 1]);
            boolean joinedAfter = i + 1 < values.length && Double.isFinite(values[i + 1]);
            if (Double.isFinite(values[i]) && !joinedBefore && !joinedAfter) {
                xs.add(i);
                ys.add(values[i]);
            }
        }
        if (xs.isEmpty()) {
            return;
        }
        XYSeries d = chart.addSeries(name + " (alone)", xs, ys);
        d.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        d.setMarker(SeriesMarkers.CIRCLE);
        d.setMarkerColor(colour);
        d.setShowInLegend(false);
    }

    /**
     * A smaller title font when the title does not fit: XChart centres a one-line title over the plot
     * (right of the y axis labels) and cuts it off at the image's edges, and a diverged fit's title
     * carries its gap notes (over 100 characters for two). {@code centre} is an x value at the
     * plot's centre; the chart is laid out once per size tried.
     */
    private static void fitTitle(XYChart chart, String title, double centre) {
        Styler styler = chart.getStyler();
        Graphics2D g = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            Font font = styler.getChartTitleFont();
            while (font.getSize2D() > 6) {
                chart.paint(g, chart.getWidth(), chart.getHeight());
                double middle = chart.getScreenXFromChart(centre);
                double room = 2 * Math.min(middle, chart.getWidth() - middle) - 2 * styler.getChartPadding();
                if (g.getFontMetrics(font).stringWidth(title) <= room) {
                    break;
                }
                font = font.deriveFont(font.getSize2D() - 0.5f);
                styler.setChartTitleFont(font);
            }
        } finally {
            g.dispose();
        }
    }

    /** Whether a finite value in the last quarter of either series lies in the top third of their range. */
    private static boolean endsHigh(double[] solid, double[] dashed) {
        double[] range = LineChart.finiteRange(solid, dashed);
        double top = range[1] - (range[1] - range[0]) / 3;
        for (double[] series : new double[][] {solid, dashed}) {
            for (int i = series.length * 3 / 4; i < series.length; i++) {
                if (Double.isFinite(series[i]) && series[i] > top) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Tick labels for an axis over {@code range} (min, max). XChart's own print each tick's floating
     * sum whole: 9.999999999999999E29 for 1e30, and -1E13 for the tick at 0 of an axis up to 1e30.
     * Here a tick within a billionth of the range of 0 is 0, and each has as many significant digits
     * as the range needs to tell ticks apart (three more than the magnitude of the values over the
     * range), trailing zeros dropped; plain between 0.0001 and 10^7, otherwise as 1.5E29.
     */
    static java.util.function.Function<Double, String> tickLabels(double[] range) {
        double span = range[1] - range[0];
        double magnitude = Math.max(Math.abs(range[0]), Math.abs(range[1]));
        int digits = 3;
        if (span > 0 && Double.isFinite(span)) {
            digits += (int) Math.max(0, Math.ceil(Math.log10(magnitude / span)));
        }
        int significant = Math.min(17, digits);
        return v -> {
            if (!Double.isFinite(v)) {
                return String.valueOf(v);
            }
            if (span > 0 && Math.abs(v) < span * 1e-9 || v == 0) {
                return "0";
            }
            java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(significant)).stripTrailingZeros();
            double a = Math.abs(v);
            if (a >= 1e-4 && a < 1e7) {
                return d.toPlainString();
            }
            // BigDecimal.toString writes a value with a fraction plain (1000000000000002.8) and only a whole one
            // in E notation (1E+15), which mixed both on one axis: the mantissa and exponent are written here
            int exponent = d.precision() - d.scale() - 1;
            return d.movePointLeft(exponent).toPlainString() + "E" + exponent;
        };
    }

    private static void plain(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
        styler.setAntiAlias(true);
    }

    private static List<Integer> index(int n) {
        List<Integer> xs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            xs.add(i);
        }
        return xs;
    }

    /** The values with null for each non-finite one: XChart leaves a gap at a null. */
    private static List<Double> gapped(double[] values) {
        List<Double> ys = new ArrayList<>(values.length);
        for (double v : values) {
            ys.add(Double.isFinite(v) ? v : null);
        }
        return ys;
    }

    /**
     * The decision map: the plane from {@code lo} to {@code hi} (x then y) shaded by the class the
     * net predicts, the samples on top in their label's colour, a legend entry per class.
     */
    static byte[] decisionMap(Net net, Matrix x, int[] labels, int classes, double[] lo, double[] hi) throws IOException {
        // Plain JDK imaging for the regions: XChart has no chart type that fills the plane by class under a
        // scatter (its heat map takes no overlay), so they are a raster drawn into the plot area that a
        // first, throwaway paint of the chart has laid out.
        // The regions are predicted on a finer grid than the terminal map's, which may miss a class in a
        // sliver between its cells: one the regions show and the legend lacks is added and the map redrawn.
        int shown = classes;
        while (true) {
            XYChart chart = mapChart(x, labels, shown, lo, hi);
            BufferedImage image = new BufferedImage(MAP_WIDTH, MAP_HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D scratch = image.createGraphics();
            chart.paint(scratch, MAP_WIDTH, MAP_HEIGHT);
            scratch.dispose();
            int left = (int) Math.round(chart.getScreenXFromChart(lo[0]));
            int right = (int) Math.round(chart.getScreenXFromChart(hi[0]));
            int top = (int) Math.round(chart.getScreenYFromChart(hi[1]));
            int bottom = (int) Math.round(chart.getScreenYFromChart(lo[1]));
            BufferedImage regions = null;
            if (right > left && bottom > top) {
                int[] most = new int[1];
                regions = regions(net, lo, hi, (right - left + CELL - 1) / CELL, (bottom - top + CELL - 1) / CELL, most);
                if (most[0] >= shown) {
                    shown = most[0] + 1;
                    continue;
                }
            }
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, MAP_WIDTH, MAP_HEIGHT);
            if (regions != null) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
                g.drawImage(regions, left, top, right - left, bottom - top, null);
            }
            chart.paint(g, MAP_WIDTH, MAP_HEIGHT);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this JVM's ImageIO");
            }
            return out.toByteArray();
        }
    }

    /** The map's chart without the regions: axes over lo..hi, a scatter series and legend entry per class. */
    private static XYChart mapChart(Matrix x, int[] labels, int classes, double[] lo, double[] hi) {
        XYChart chart = new XYChartBuilder().width(MAP_WIDTH).height(MAP_HEIGHT)
                .title("predicted class (shaded) and samples by label").xAxisTitle("input 0").yAxisTitle("input 1").build();
        var styler = chart.getStyler();
        plain(styler);
        // transparent: the regions are painted first, and XChart's own backgrounds would cover them
        styler.setChartBackgroundColor(new Color(0, 0, 0, 0));
        styler.setPlotBackgroundColor(new Color(0, 0, 0, 0));
        styler.setPlotGridLinesVisible(false);
        // the axes span exactly lo..hi (XChart would inset the data by 8%), so the regions fill the plot
        styler.setPlotContentSize(1.0);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        if (classes > LEGEND_ENTRIES) {
            // XChart's legend is one column of its full-size entries: from 33 classes on it ran past the image's
            // top and bottom edges, cutting off the first and last classes. Smaller entries keep it whole.
            float scale = (float) LEGEND_ENTRIES / classes;
            styler.setLegendFont(styler.getLegendFont().deriveFont(styler.getLegendFont().getSize2D() * scale));
            styler.setLegendPadding(Math.max(1, Math.round(styler.getLegendPadding() * scale)));
        }
        styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        styler.setMarkerSize(7);
        styler.setXAxisMin(lo[0]).setXAxisMax(hi[0]).setYAxisMin(lo[1]).setYAxisMax(hi[1]);
        styler.setxAxisTickLabelsFormattingFunction(tickLabels(new double[] {lo[0], hi[0]}));
        styler.setyAxisTickLabelsFormattingFunction(tickLabels(new double[] {lo[1], hi[1]}));
        for (int k = 0; k < classes; k++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == k) {
                    xs.add(x.get(i, 0));
                    ys.add(x.get(i, 1));
                }
            }
            String name = "class " + k;
            if (xs.isEmpty()) {
                // a class the net predicts that no sample has: a legend entry, its one point outside the plot
                xs.add(hi[0] + (hi[0] - lo[0]) * 10);
                ys.add(hi[1] + (hi[1] - lo[1]) * 10);
                name += " (no samples)";
            }
            XYSeries s = chart.addSeries(name, xs, ys);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(colour(k));
        }
        return chart;
    }

    /**
     * A columns×rows image of the class the net predicts at each cell's centre, in the classes' shades;
     * row 0 at hi[1]. The largest class predicted goes to most[0].
     */
    private static BufferedImage regions(Net net, double[] lo, double[] hi, int columns, int rows, int[] most) {
        BufferedImage regions = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_RGB);
        int cells = columns * rows;
        for (int start = 0; start < cells; start += CHUNK) {
            int n = Math.min(CHUNK, cells - start);
            double[][] centres = new double[n][];
            for (int i = 0; i < n; i++) {
                int r = (start + i) / columns;
                int c = (start + i) % columns;
                centres[i] = new double[] {
                    DecisionMap.along(lo[0], hi[0], (c + 0.5) / columns), DecisionMap.along(hi[1], lo[1], (r + 0.5) / rows)};
            }
            int[] predicted = net.predict(Matrix.wrap(centres));
            for (int i = 0; i < n; i++) {
                regions.setRGB((start + i) % columns, (start + i) / columns, shade(predicted[i]).getRGB());
                most[0] = Math.max(most[0], predicted[i]);
            }
        }
        return regions;
    }
}
