package org.nnsh.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.boundary;
import static org.nnsh.Nnsh.matrix;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.plot;
import static org.nnsh.Nnsh.quiet;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sgd;
import static org.nnsh.Nnsh.sine;
import static org.nnsh.Nnsh.vertical;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnsh.data.Dataset;
import org.nnsh.nn.Dense;
import org.nnsh.nn.History;
import org.nnsh.nn.Net;

class PngChartsTest {
    @TempDir
    Path dir;

    @Test
    void aDecreasingSeriesIsALineThatGoesDownFromLeftToRight() throws IOException {
        double[] falling = new double[50];
        for (int i = 0; i < falling.length; i++) {
            falling[i] = 10 - 0.2 * i;
        }
        Path file = plot(falling).savePng(dir.resolve("falling.png").toString());
        assertEquals(dir.resolve("falling.png").toAbsolutePath(), file);
        BufferedImage image = read(file);
        assertEquals(PngCharts.LINE_WIDTH, image.getWidth());
        assertEquals(PngCharts.LINE_HEIGHT, image.getHeight());
        assertNotBlank(image);
        // the line's pixels, column by column: their mean height falls (screen y grows) across five bands
        List<int[]> line = pixels(image, PngCharts.SOLID, 10);
        assertTrue(line.size() > 300, "line pixels: " + line.size());
        int minX = line.stream().mapToInt(p -> p[0]).min().orElseThrow();
        int maxX = line.stream().mapToInt(p -> p[0]).max().orElseThrow();
        assertTrue(maxX - minX > PngCharts.LINE_WIDTH / 2, "the line spans " + minX + ".." + maxX);
        double previous = Double.NEGATIVE_INFINITY;
        for (int band = 0; band < 5; band++) {
            int from = minX + (maxX - minX) * band / 5;
            int to = minX + (maxX - minX) * (band + 1) / 5;
            double meanY = line.stream().filter(p -> p[0] >= from && p[0] < to).mapToInt(p -> p[1]).average().orElseThrow();
            assertTrue(meanY > previous, "band " + band + " at y " + meanY + " is not below the band before at " + previous);
            previous = meanY;
        }
        // no legend for a single series: the dashed colour appears nowhere
        assertEquals(0, pixels(image, PngCharts.DASHED, 10).size());
    }

    @Test
    void valuesSpanningMoreThanTheLargestDoubleAreRefusedNotDrawnAsAnEmptyPlot() throws IOException {
        // the terminal chart draws them; the PNG had neither line nor ticks
        String path = dir.resolve("wide.png").toString();
        assertEquals("savePng " + path + ": the values span -1.0E308 to 1.0E308, more than a PNG's axis can measure;"
                + " the terminal chart (print it) shows it",
                assertThrows(IllegalArgumentException.class, () -> plot(-1e308, 1e308).savePng(path)).getMessage());
        assertFalse(Files.exists(dir.resolve("wide.png")));
        assertNotBlank(read(plot(-8e307, 8e307).savePng(path)));
    }

    @Test
    void aHistoryWithValidationDrawsTheValidationLossInAnotherColour() throws IOException {
        seed(0);
        Dataset data = vertical(30, 2).shuffle();
        Net model = net().dense(2, 8).relu().dense(8, 2).softmax();
        History h = model.fit(data, 40, adam(0.05), quiet().validation(0.25));
        BufferedImage image = read(plot(h).savePng(dir.resolve("history.png")));
        assertNotBlank(image);
        assertTrue(pixels(image, PngCharts.SOLID, 10).size() > 200);
        assertTrue(pixels(image, PngCharts.DASHED, 10).size() > 100);
        // without validation: only the loss
        History plain = net().dense(2, 2).softmax().fit(data, 5, adam(0.05), quiet());
        BufferedImage one = read(plot(plain).savePng(dir.resolve("plain.png")));
        assertTrue(pixels(one, PngCharts.SOLID, 10).size() > 200);
        assertEquals(0, pixels(one, PngCharts.DASHED, 10).size());
    }

    @Test
    void aDivergedHistoryIsDrawnWithItsGap() throws IOException {
        seed(0);
        History h = net().dense(1, 64).relu().dense(64).relu().dense(1).fit(sine(50), 30, sgd(1e6), quiet());
        assertFalse(Double.isFinite(h.lastLoss()));
        BufferedImage image = read(plot(h).savePng(dir.resolve("diverged.png")));
        assertNotBlank(image);
        assertTrue(pixels(image, PngCharts.SOLID, 10).size() > 100);
    }

    @Test
    void aValueWithNoFiniteNeighbourIsADotInItsSeriesColour() throws IOException {
        // one validated epoch: both the loss and the validation loss are single points
        seed(0);
        History h = net().dense(2, 2).softmax().fit(vertical(20, 2).shuffle(), 1, adam(0.05), quiet().validation(0.25));
        BufferedImage one = read(plot(h).savePng(dir.resolve("one.png")));
        // a dot has 5×5 blocks of its colour; the legend's 2-pixel lines have none
        assertFalse(solid(one, pixels(one, PngCharts.SOLID, 0)).isEmpty(), "no loss dot");
        assertFalse(solid(one, pixels(one, PngCharts.DASHED, 0)).isEmpty(), "no validation loss dot");
        // a finite validation loss between gaps (the epochs around it not validated) has no line to be on
        double nan = Double.NaN;
        byte[] png = PngCharts.line(new LineChart.Labels("t", "epoch", "loss", "loss", "validation loss"),
                new double[] {3, 2, 1, 0.5}, new double[] {nan, 2.5, nan, nan});
        BufferedImage gapped = ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertFalse(solid(gapped, pixels(gapped, PngCharts.DASHED, 0)).isEmpty(), "no dot for the lone validation loss");
    }

    @Test
    void aTitleWiderThanTheImageIsSetSmallerNotCutOff() throws IOException {
        // the title a fit diverged in both losses gets: the gap notes of the loss and the validation loss
        String title = "loss per epoch (1 epoch with a non-finite loss not drawn; 1 epoch with a non-finite validation loss not drawn)";
        byte[] png = PngCharts.line(new LineChart.Labels(title, "epoch", "loss", "loss", "validation loss"),
                new double[] {3, 2, 1}, new double[] {3.5, 2.5, 1.5});
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(png));
        // the title band, above the plot: no dark pixel in the outer 5 columns on either side
        for (int y = 0; y < 30; y++) {
            for (int x : new int[] {0, 1, 2, 3, 4, PngCharts.LINE_WIDTH - 5, PngCharts.LINE_WIDTH - 4, PngCharts.LINE_WIDTH - 3,
                PngCharts.LINE_WIDTH - 2, PngCharts.LINE_WIDTH - 1}) {
                Color c = new Color(image.getRGB(x, y));
                assertTrue(c.getRed() + c.getGreen() + c.getBlue() > 600, "title ink at (" + x + ", " + y + "): " + c);
            }
        }
    }

    @Test
    void theLegendDoesNotHideAFitThatClimbsIntoTheTopRightCorner() throws IOException {
        // a diverging fit: flat, then both losses shoot up at the last epochs, where the legend sat (inside, top right)
        double[] loss = new double[18];
        double[] val = new double[18];
        for (int i = 0; i < loss.length; i++) {
            loss[i] = i < 15 ? 1 : Math.pow(10, 4 * (i - 14));
            val[i] = i < 15 ? 1.2 : 0.5 * loss[i];
        }
        byte[] png = PngCharts.line(new LineChart.Labels("t", "epoch", "loss", "loss", "validation loss"), loss, val);
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(png));
        // the loss's last stretch, from the top edge of the plot down, in the right eighth of the image
        long top = pixels(image, PngCharts.SOLID, 10).stream()
                .filter(p -> p[0] > PngCharts.LINE_WIDTH * 7 / 8 && p[1] < PngCharts.LINE_HEIGHT / 5).count();
        assertTrue(top > 40, top + " loss pixels in the top right corner");
    }

    @Test
    void tickLabelsAreRoundedToWhatTheRangeNeeds() {
        // XChart's own labels for a loss falling from 1e30: 9.999999999999999E29 at the top, -1E13 at 0
        var huge = PngCharts.tickLabels(new double[] {7e24, 1e30});
        assertEquals("1E30", huge.apply(9.999999999999999E29));
        assertEquals("0", huge.apply(-1e13));
        assertEquals("7.5E305", PngCharts.tickLabels(new double[] {3e305, 7.6e305}).apply(7.499999999999999E305));
        // one epoch's loss and validation loss: 1.105699426065407 and 1.098612955455397
        var near = PngCharts.tickLabels(new double[] {1.098612955455397, 1.105699426065407});
        assertEquals("1.1057", near.apply(1.105699426065407));
        assertEquals("1.09861", near.apply(1.098612955455397));
        assertEquals("1000", PngCharts.tickLabels(new double[] {0, 2000}).apply(1000.0));
        assertEquals("-2.5", PngCharts.tickLabels(new double[] {-4, 5}).apply(-2.5));
        // a nearly flat series keeps the digits that tell its ticks apart
        assertEquals("1.000000000001", PngCharts.tickLabels(new double[] {1, 1 + 2e-12}).apply(1 + 1e-12));
        assertEquals("5.5E-301", PngCharts.tickLabels(new double[] {1e-301, 1e-300}).apply(5.5e-301));
        assertEquals("1", PngCharts.tickLabels(new double[] {1, 1}).apply(1.0));
        // a nearly flat series above 10^7 (an mse on unscaled targets): all in E notation, where the ticks with a
        // fraction were written plain (1000000000000002.8 under 1E15)
        var flatHigh = PngCharts.tickLabels(new double[] {1e15, 1e15 + 3});
        assertEquals("1E15", flatHigh.apply(1e15));
        assertEquals("1.0000000000000025E15", flatHigh.apply(1e15 + 2.5));
        assertEquals("-1.00000005E7", PngCharts.tickLabels(new double[] {-1.0000001e7, -1e7}).apply(-1.00000005e7));
    }

    @Test
    void aClassOnlyThePngsFinerGridShowsIsInTheLegend() throws IOException {
        // class 2 wins only where input 0 > 1.05: inside the PNG's 5% margin beyond the data (-1..1),
        // outside every cell of the terminal map, whose legend therefore stops at class 1
        Net model = net().dense(2, 3).softmax();
        Dense dense = (Dense) model.layer(0);
        dense.params().get(0).set(matrix(new double[] {-10, 10, 20}, new double[] {0, 0, 0}));
        dense.params().get(1).set(matrix(new double[] {0, 0, -10.5}));
        Dataset data = Dataset.of(matrix(new double[] {-1, -1}, new double[] {-1, 1}, new double[] {1, -1}, new double[] {1, 1}),
                new int[] {0, 0, 1, 1});
        DecisionMap map = boundary(model, data);
        assertFalse(map.toString().contains("2 = "), map.toString());
        BufferedImage image = read(map.savePng(dir.resolve("sliver.png")));
        assertFalse(solid(image, pixels(image, PngCharts.shade(2), 2)).isEmpty(), "class 2's region");
        // no sample has class 2: its colour's only dot is its legend entry
        assertFalse(pixels(image, PngCharts.colour(2), 2).isEmpty(), "class 2 in the legend");
    }

    @Test
    void aLegendOfManyClassesStaysInsideTheImage() throws IOException {
        // 36 classes (as many as the map labels) ran past the top and bottom edges: classes 0, 1 and 35 were cut off
        seed(0);
        double[][] x = new double[36][];
        int[] y = new int[36];
        for (int k = 0; k < 36; k++) {
            x[k] = new double[] {k % 6, k / 6};
            y[k] = k;
        }
        BufferedImage image = read(boundary(net().dense(2, 36).softmax(), Dataset.of(org.nnsh.tensor.Matrix.wrap(x), y))
                .savePng(dir.resolve("many.png")));
        // the legend's frame: its top and bottom edges are rows of light grey in the image's right strip
        List<Integer> edges = new java.util.ArrayList<>();
        for (int row = 0; row < image.getHeight(); row++) {
            int grey = 0;
            for (int col = image.getWidth() - 60; col < image.getWidth(); col++) {
                grey += image.getRGB(col, row) == Color.LIGHT_GRAY.getRGB() ? 1 : 0;
            }
            if (grey >= 40) {
                edges.add(row);
            }
        }
        assertTrue(edges.size() >= 2, "the legend's frame edges at rows " + edges);
        assertTrue(edges.get(0) > 0 && edges.get(edges.size() - 1) < image.getHeight() - 1, "rows " + edges);
    }

    /**
     * A hand-set net that says class 1 where input 0 is positive: the left of the plot is shaded in
     * class 0's shade with class 0's dots on it, the right in class 1's with class 1's dots.
     */
    @Test
    void theDecisionMapShadesEachPredictedRegionAndColoursEachSampleByItsClass() throws IOException {
        Net model = net().dense(2, 2).softmax();
        Dense dense = (Dense) model.layer(0);
        dense.params().get(0).set(matrix(new double[] {-10, 10}, new double[] {0, 0}));
        Dataset data = Dataset.of(matrix(new double[] {-1, -1}, new double[] {-1, 1}, new double[] {-0.5, 0},
                new double[] {1, -1}, new double[] {1, 1}, new double[] {0.5, 0}), new int[] {0, 0, 0, 1, 1, 1});
        BufferedImage image = read(boundary(model, data).savePng(dir.resolve("map.png").toString()));
        assertEquals(PngCharts.MAP_WIDTH, image.getWidth());
        assertEquals(PngCharts.MAP_HEIGHT, image.getHeight());
        // regions, not the antialiased rims of dots (30% of a dot's colour on white is its shade): 5×5 blocks of one colour
        List<int[]> left = solid(image, pixels(image, PngCharts.shade(0), 2));
        List<int[]> right = solid(image, pixels(image, PngCharts.shade(1), 2));
        assertTrue(left.size() > 50_000 && right.size() > 50_000, left.size() + " and " + right.size() + " shaded pixels");
        int edge = right.stream().mapToInt(p -> p[0]).min().orElseThrow();
        int end = right.stream().mapToInt(p -> p[0]).max().orElseThrow();
        assertTrue(left.stream().allMatch(p -> p[0] < edge), "class 0's shade right of class 1's region");
        // the boundary, input 0 = 0, sits in the middle of the plot (the data span -1..1 on both sides)
        int start = left.stream().mapToInt(p -> p[0]).min().orElseThrow();
        assertTrue(Math.abs((edge - start) - (end + 1 - edge)) <= 8, start + " | " + edge + " | " + end);
        // samples: class 0's dots only on the left, class 1's only on the right; the legend lies beyond the plot
        List<int[]> zeros = pixels(image, PngCharts.colour(0), 2);
        List<int[]> ones = pixels(image, PngCharts.colour(1), 2);
        assertTrue(zeros.stream().filter(p -> p[0] < edge).count() > 60, "class 0 dots on the left");
        assertEquals(0, zeros.stream().filter(p -> p[0] >= edge && p[0] <= end).count(), "class 0 dots on the right");
        assertTrue(ones.stream().filter(p -> p[0] >= edge && p[0] <= end).count() > 60, "class 1 dots on the right");
        assertEquals(0, ones.stream().filter(p -> p[0] < edge).count(), "class 1 dots on the left");
        // the legend: a dot of each class right of the plot
        assertTrue(zeros.stream().anyMatch(p -> p[0] > end) && ones.stream().anyMatch(p -> p[0] > end), "legend");
    }

    @Test
    void aTrainedNetsMapShowsEveryClassItLearned() throws IOException {
        seed(0);
        Dataset data = vertical(40, 3);
        Net model = net().dense(2, 16).relu().dense(16, 3).softmax();
        model.fit(data, 300, adam(0.05), quiet());
        BufferedImage image = read(boundary(model, data).savePng(dir.resolve("vertical.png")));
        for (int k = 0; k < 3; k++) {
            assertTrue(solid(image, pixels(image, PngCharts.shade(k), 2)).size() > 20_000, "class " + k + "'s region");
            assertTrue(pixels(image, PngCharts.colour(k), 2).size() > 200, "class " + k + "'s samples");
        }
    }

    @Test
    void aMapIsRefusedOnceTheNetHasChanged() {
        seed(0);
        Dataset data = vertical(20, 2);
        Net model = net().dense(2, 2).softmax();
        DecisionMap map = boundary(model, data);
        model.fit(data, 200, adam(0.1), quiet());
        Path target = dir.resolve("stale.png");
        var e = assertThrows(IllegalStateException.class, () -> map.savePng(target.toString()));
        assertEquals("savePng " + target + ": the net predicts other classes than when this map was made (trained since?); "
                + "call boundary(model, data) again and save that", e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void theEndingIsCompletedOrRefusedAsTheNameAsks() throws IOException {
        LineChart chart = plot(1, 2, 3);
        assertEquals(dir.resolve("loss.png").toAbsolutePath(), chart.savePng(dir.resolve("loss").toString()));
        assertEquals(dir.resolve("run.v2.png").toAbsolutePath(), chart.savePng(dir.resolve("run.v2").toString()));
        assertEquals(dir.resolve("LOUD.PNG").toAbsolutePath(), chart.savePng(dir.resolve("LOUD.PNG").toString()));
        var jpg = assertThrows(IllegalArgumentException.class, () -> chart.savePng(dir.resolve("chart.jpg").toString()));
        assertEquals("savePng " + dir.resolve("chart.jpg") + ": only PNG is written, not JPG; name the file chart.png", jpg.getMessage());
        assertThrows(IllegalArgumentException.class, () -> chart.savePng(dir.resolve("chart.svg").toString()));
        assertEquals(Set.of("loss.png", "run.v2.png", "LOUD.PNG"), names(dir));
    }

    @Test
    void aBadPathIsAnErrorNamingTheOperationAndThePath() throws IOException {
        LineChart chart = plot(1, 2, 3);
        assertEquals("savePng: the path is null; give a file name such as \"chart.png\"",
                assertThrows(IllegalArgumentException.class, () -> chart.savePng((String) null)).getMessage());
        assertEquals("savePng: the path is empty; give a file name such as \"chart.png\"",
                assertThrows(IllegalArgumentException.class, () -> chart.savePng(" ")).getMessage());
        Path missing = dir.resolve("no/such/dir/x.png");
        assertEquals("savePng " + missing + ": directory " + missing.getParent() + " does not exist",
                assertThrows(UncheckedIOException.class, () -> chart.savePng(missing.toString())).getMessage());
        // a directory, with or without .png: never a PNG written beside it under another name
        assertTrue(assertThrows(IllegalArgumentException.class, () -> chart.savePng(dir.toString())).getMessage()
                .startsWith("savePng " + dir + ": " + dir + " is a directory, not a file"));
        Files.createDirectory(dir.resolve("d.png"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> chart.savePng(dir.resolve("d.png").toString()))
                .getMessage().startsWith("savePng " + dir.resolve("d.png") + ": "));
        Files.writeString(dir.resolve("file"), "x");
        assertEquals("savePng " + dir.resolve("file/x.png") + ": " + dir.resolve("file") + " is a file, not a directory",
                assertThrows(UncheckedIOException.class, () -> chart.savePng(dir.resolve("file/x.png").toString())).getMessage());
        var nul = assertThrows(IllegalArgumentException.class, () -> chart.savePng("a\0b.png"));
        assertTrue(nul.getMessage().startsWith("savePng a\0b.png: not a valid path"), nul.getMessage());
        assertEquals(Set.of("d.png", "file"), names(dir));
        // a shell's ~ is a folder named ~ to Java: the message says so rather than leave the user puzzled
        assumeFalse(Files.exists(Path.of("~")));
        String home = assertThrows(UncheckedIOException.class, () -> chart.savePng("~/runs/loss.png")).getMessage();
        assertEquals("savePng ~/runs/loss.png: directory " + Path.of("~/runs").toAbsolutePath() + " does not exist"
                + " (Java does not expand ~ to the home directory; use System.getProperty(\"user.home\"))", home);
    }

    @Test
    void aDirectoryWithoutWritePermissionIsNamed() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root: permissions are not enforced");
            Path target = locked.resolve("x.png");
            var e = assertThrows(UncheckedIOException.class, () -> plot(1, 2).savePng(target.toString()));
            assertEquals("savePng " + target + ": permission denied: cannot create a file in " + locked, e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Root may write anywhere it has a mode bit for; /sys and /proc refuse new files even to root. */
    @Test
    void aFileSystemThatRefusesNewFilesIsNamedNotTheTemporaryFile() {
        for (String where : List.of("/sys", "/proc")) {
            assumeTrue(Files.isDirectory(Path.of(where)), where + " is not mounted here");
            String target = where + "/nnsh-chart.png";
            var e = assertThrows(UncheckedIOException.class, () -> plot(1, 2).savePng(target));
            assertTrue(e.getMessage().startsWith("savePng " + target + ": "), e.getMessage());
            assertTrue(e.getMessage().endsWith("cannot create a file in " + where), e.getMessage());
        }
    }

    @Test
    void aPngIsReplacedWholeAndNoTemporaryFileStays() throws IOException {
        Path target = dir.resolve("twice.png");
        plot(1, 2, 3).savePng(target.toString());
        byte[] first = Files.readAllBytes(target);
        plot(3, 2, 1).savePng(target.toString());
        byte[] second = Files.readAllBytes(target);
        assertFalse(java.util.Arrays.equals(first, second));
        assertNotBlank(ImageIO.read(target.toFile()));
        assertEquals(Set.of("twice.png"), names(dir));
    }

    @Test
    void writingAPngLeavesTheJvmHeadless() throws IOException {
        plot(1, 2).savePng(dir.resolve("h.png").toString());
        assertEquals("true", System.getProperty("java.awt.headless"));
        assertTrue(java.awt.GraphicsEnvironment.isHeadless());
    }

    private static BufferedImage read(Path file) throws IOException {
        assertTrue(Files.size(file) > 1000, file + " has " + Files.size(file) + " bytes");
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image != null, file + " is not an image ImageIO reads");
        return image;
    }

    /** Not one colour: many pixels off white and a spread of colours (axes, text, the chart). */
    private static void assertNotBlank(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                Color c = new Color(rgb);
                dark += c.getRed() + c.getGreen() + c.getBlue() < 384 ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 20, colours.size() + " colours");
        assertTrue(dark > 1000, dark + " dark pixels");
    }

    /** The pixels within {@code tolerance} per channel of {@code colour}, as {x, y}. */
    private static List<int[]> pixels(BufferedImage image, Color colour, int tolerance) {
        List<int[]> found = new java.util.ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) <= tolerance && Math.abs(c.getGreen() - colour.getGreen()) <= tolerance
                        && Math.abs(c.getBlue() - colour.getBlue()) <= tolerance) {
                    found.add(new int[] {x, y});
                }
            }
        }
        return found;
    }

    /** The pixels of {@code found} at the centre of a 5×5 block of their own colour. */
    private static List<int[]> solid(BufferedImage image, List<int[]> found) {
        return found.stream().filter(p -> {
            int rgb = image.getRGB(p[0], p[1]);
            for (int dy = -2; dy <= 2; dy++) {
                for (int dx = -2; dx <= 2; dx++) {
                    int x = p[0] + dx;
                    int y = p[1] + dy;
                    if (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight() || image.getRGB(x, y) != rgb) {
                        return false;
                    }
                }
            }
            return true;
        }).collect(Collectors.toList());
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
