package org.nnsh.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnsh.Nnsh;

/**
 * PNG charts in a JVM of their own, as a user's session starts: with no {@code java.awt.headless}
 * setting and a display that is not there, and, for the terminal charts, without AWT or XChart
 * loaded at all.
 */
class PngProcessTest {
    @TempDir
    Path dir;

    /** The child JVM: "terminal" draws the text charts only; "png DIR" writes both PNGs into DIR. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            var data = Nnsh.vertical(10, 2);
            var model = Nnsh.net().dense(2, 2).softmax();
            var chart = Nnsh.plot(3, 2, 1);
            var map = Nnsh.boundary(model, data);
            if (args[0].equals("terminal")) {
                System.out.println(chart.toString().length() + map.toString().length());
                return;
            }
            System.out.println("before " + System.getProperty("java.awt.headless"));
            System.out.println(chart.savePng(args[1] + "/line.png"));
            System.out.println(map.savePng(args[1] + "/map.png"));
            System.out.println("after " + System.getProperty("java.awt.headless"));
        }
    }

    @Test
    void aPngIsWrittenWithoutADisplayOrAHeadlessSetting() throws Exception {
        List<String> out = run(List.of(Child.class.getName(), "png", dir.toString()));
        assertEquals(List.of("before null", dir.resolve("line.png").toString(), dir.resolve("map.png").toString(), "after true"), out);
        for (String name : List.of("line.png", "map.png")) {
            assertNotNull(ImageIO.read(dir.resolve(name).toFile()), name);
        }
    }

    @Test
    void theTerminalChartsLoadNeitherAwtNorXChart() throws Exception {
        List<String> loaded = run(List.of("-verbose:class", Child.class.getName(), "terminal")).stream()
                .filter(line -> line.contains("java.awt.") || line.contains("javax.imageio.") || line.contains("org.knowm."))
                .collect(Collectors.toList());
        assertEquals(List.of(), loaded);
    }

    @Test
    void xchartsPdfSvgAndGifLibrariesAreNotNeeded() {
        // excluded in the pom: the tests above and PngChartsTest write every chart without them
        for (String absent : List.of("de.erichseifert.vectorgraphics2d.VectorGraphics2D", "de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D",
                "com.madgag.gif.fmsware.AnimatedGifEncoder", "org.apache.pdfbox.pdmodel.PDDocument")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent);
        }
    }

    private static List<String> run(List<String> args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xshare:auto", "-cp", classPath));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // a display that does not exist: AWT, were it not headless, would fail to connect to it
        pb.environment().put("DISPLAY", ":97");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        assertEquals(0, p.exitValue(), output);
        return output.lines().collect(Collectors.toList());
    }
}
