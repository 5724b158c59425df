package org.nnsh.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.loss;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sgd;
import static org.nnsh.Nnsh.sine;
import static org.nnsh.Nnsh.spiral;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nnsh.data.Dataset;
import org.nnsh.nn.FitOptions;
import org.nnsh.nn.Losses;
import org.nnsh.nn.Net;

class ProgressPrinterTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureStandardOutput() {
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
        ProgressPrinter.summaryLines();
    }

    private String printed() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static Net spiralNet() {
        return net().dense(2, 16).relu().dense(16, 3).softmax();
    }

    @Test
    void aLineEveryEpochCopiesNoHistory() {
        seed(0);
        Dataset data = spiral(5, 3);
        Net model = spiralNet();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        FitOptions everyEpoch = FitOptions.DEFAULT.progress(new ProgressPrinter()).every(1);
        model.fit(data, 200, adam(0.01), everyEpoch);
        long before = threads.getCurrentThreadAllocatedBytes();
        model.fit(data, 6000, everyEpoch);
        double perEpoch = (threads.getCurrentThreadAllocatedBytes() - before) / 6000.0;
        // each line copied the five per-epoch arrays (5·8·epochs bytes), 85 kB a line on average here; formatting
        // a line takes ~12 kB
        assertTrue(perEpoch < 40_000, perEpoch + " bytes per epoch");
        assertTrue(printed().contains("epoch: 5999, acc: "), "every epoch still gets its line");
    }

    @Test
    void scriptsGetTheBooksLineAboutEveryTenthOfTheRunAndTheLast() {
        seed(0);
        Dataset data = spiral(30, 3);
        spiralNet().fit(data, 1001, adam(0.05).decay(5e-7), FitOptions.DEFAULT.progress(new ProgressPrinter()));
        String[] lines = printed().split("\n");
        assertEquals(11, lines.length, printed());
        assertTrue(lines[0].matches("epoch: 0, acc: 0\\.\\d{3}, loss: 1\\.099, lr: 0\\.05"), lines[0]);
        assertTrue(lines[1].startsWith("epoch: 100, acc: "), lines[1]);
        assertTrue(lines[10].matches("epoch: 1000, acc: 0\\.\\d{3}, loss: \\d\\.\\d{3}, lr: 0\\.04997501249375313"),
                lines[10]);
    }

    @Test
    void theLastEpochIsPrintedEvenOffTheStep() {
        seed(0);
        spiralNet().fit(spiral(10, 3), 25, adam(0.01), FitOptions.DEFAULT.every(10).progress(new ProgressPrinter()));
        String[] lines = printed().split("\n");
        assertEquals(4, lines.length, printed());
        assertTrue(lines[3].startsWith("epoch: 24, "), lines[3]);
    }

    @Test
    void validationFiguresFollowTheTrainingOnes() {
        seed(0);
        spiralNet().fit(spiral(10, 3).shuffle(), 1, adam(0.01),
                FitOptions.DEFAULT.validation(0.3).progress(new ProgressPrinter()));
        assertTrue(printed().matches("epoch: 0, acc: \\S+, loss: \\S+, val_acc: \\S+, val_loss: \\S+, lr: 0\\.01\n"),
                printed());
    }

    @Test
    void warningsGetALineOfTheirOwn() {
        seed(0);
        net().dense(2, 3).fit(spiral(10, 3), 1, FitOptions.DEFAULT.every(5).progress(new ProgressPrinter()));
        assertTrue(printed().startsWith("warning: the data has 3 classes but the net ends in linear"), printed());
    }

    @Test
    void aTerminalGetsOneLiveLineRedrawnAtMostTenTimesASecond() {
        ProgressPrinter.liveLine(() -> 120);
        AtomicLong clock = new AtomicLong();
        ProgressPrinter printer = new ProgressPrinter(() -> clock.addAndGet(30_000_000L));
        seed(0);
        spiralNet().fit(spiral(10, 3), 40, adam(0.01), FitOptions.DEFAULT.progress(printer));
        String out = printed();
        // 40 epochs 30 ms apart span 1.2 s: a redraw every fourth epoch (10 of them), plus the final one
        assertEquals(11, out.chars().filter(c -> c == '\r').count(), out);
        assertTrue(out.endsWith("\n"));
        assertEquals(1, out.split("\n").length);
        String last = out.substring(out.lastIndexOf('\r') + 1).strip();
        assertTrue(last.matches("epoch 40/40 █{24} loss \\S+ acc \\S+ lr 0\\.0100 ETA 0\\.0s"), last);
    }

    /** The rows a live output leaves: each redraw, from its carriage return or newline on. */
    private static String[] redraws(String out) {
        return Arrays.stream(out.split("[\r\n]")).filter(row -> !row.isEmpty()).toArray(String[]::new);
    }

    @Test
    void theLiveLineFitsAnEightyColumnTerminalAndOneThatDoesNotKnowItsWidth() {
        for (int reported : new int[] {80, 0}) {
            captured.reset();
            ProgressPrinter.liveLine(() -> reported);
            AtomicLong clock = new AtomicLong();
            seed(0);
            spiralNet().fit(spiral(10, 3).shuffle(), 1_000, adam(0.01), FitOptions.DEFAULT.validation(0.2)
                    .progress(new ProgressPrinter(() -> clock.addAndGet(30_000_000L))));
            String out = printed();
            assertEquals(1, out.split("\n").length);
            for (String row : redraws(out)) {
                assertTrue(row.length() <= 80 - LiveLine.SPARE, row.length() + " characters: " + row);
            }
        }
    }

    @Test
    void aNarrowedTerminalGetsTheNextLineOnARowOfItsOwn() {
        // 120 columns for the first two redraws, then 50
        AtomicInteger redrawn = new AtomicInteger();
        ProgressPrinter.liveLine(() -> redrawn.incrementAndGet() <= 2 ? 120 : 50);
        AtomicLong clock = new AtomicLong();
        seed(0);
        spiralNet().fit(spiral(10, 3), 10, adam(0.01),
                FitOptions.DEFAULT.progress(new ProgressPrinter(() -> clock.addAndGet(60_000_000L))));
        String[] rows = printed().split("\n");
        assertEquals(2, rows.length, printed());
        String wide = rows[0].substring(rows[0].lastIndexOf('\r') + 1);
        assertTrue(wide.length() > 50 && wide.length() < 120, wide);
        String[] narrow = redraws(rows[1]);
        assertTrue(narrow.length > 1, rows[1]);
        for (String row : narrow) {
            assertTrue(row.length() <= 50 - LiveLine.SPARE, row);
        }
    }

    @Test
    void aLiveLineAlsoKeepsTheSummaryLinesEveryAskedFor() {
        // every(10) was ignored in a terminal: the live line alone, without the lines the fit asked for
        ProgressPrinter.liveLine(() -> 120);
        AtomicLong clock = new AtomicLong();
        seed(0);
        spiralNet().fit(spiral(10, 3), 25, adam(0.01),
                FitOptions.DEFAULT.every(10).progress(new ProgressPrinter(() -> clock.addAndGet(1_000_000L))));
        String[] rows = printed().split("\n");
        assertEquals(5, rows.length, printed());
        for (int i = 0; i < 4; i++) {
            String line = rows[i].substring(rows[i].lastIndexOf('\r') + 1).strip();
            assertTrue(line.startsWith("epoch: " + new int[] {0, 10, 20, 24}[i] + ", acc: "), line);
        }
        assertTrue(rows[4].substring(rows[4].lastIndexOf('\r') + 1).startsWith("epoch 25/25 "), rows[4]);
    }

    @Test
    void aWarningDuringALiveLineGetsARowOfItsOwn() {
        // the divergence warning was printed at the live line's end: "… ETA 0.9swarning: fit stopped …"
        ProgressPrinter.liveLine(() -> 120);
        AtomicLong clock = new AtomicLong();
        seed(0);
        Net model = net().dense(1, 64).relu().dense(64, 64).relu().dense(64, 1).linear();
        model.fit(sine(100), 400, sgd(5), FitOptions.DEFAULT.progress(new ProgressPrinter(() -> clock.addAndGet(200_000_000L))));
        String warning = Arrays.stream(printed().split("\n")).filter(row -> row.contains("warning: ")).findFirst().orElseThrow();
        assertTrue(warning.substring(warning.lastIndexOf('\r') + 1).startsWith("warning: fit stopped at epoch "), warning);
    }

    @Test
    void aDivergingFitPrintsItsHugeLossesInAFewCharacters() {
        seed(0);
        Net model = net().dense(1, 64).relu().dense(64, 64).relu().dense(64, 1).linear();
        model.fit(sine(100), 400, sgd(5), FitOptions.DEFAULT.every(100).progress(new ProgressPrinter()));
        String out = printed();
        assertTrue(out.contains("e+"), out);
        for (String line : out.split("\n")) {
            if (line.startsWith("epoch: ")) {
                assertTrue(line.length() < 80, line);
                String loss = "(\\d+\\.\\d{3}|\\d\\.\\d\\de\\+\\d+|inf|nan)";
                assertTrue(line.matches("epoch: \\d+, acc: \\S+, loss: " + loss + ", lr: 5\\.0"), line);
            }
        }
    }

    @Test
    void aQuietFitStillWarns() {
        seed(0);
        net().dense(2, 3).softmax().fit(spiral(10, 3), 3, loss(Losses.nll()).quiet());
        assertTrue(printed().matches("warning: nll expects log-probabilities[^\n]*\n"), printed());
    }

    @Test
    void aStoppedFitSaysSo() {
        seed(0);
        Net model = spiralNet();
        Thread.currentThread().interrupt();
        model.fit(spiral(10, 3), 5, adam(0.01), FitOptions.DEFAULT.progress(new ProgressPrinter()));
        assertTrue(Thread.interrupted());
        assertEquals("stopped after 0 of 5 epochs; the weights and history are kept\n", printed());
    }

    @Test
    void aStoppedFitOfOneEpochSaysEpochInTheSingular() {
        seed(0);
        Thread.currentThread().interrupt();
        spiralNet().fit(spiral(10, 3), 1, adam(0.01), FitOptions.DEFAULT.progress(new ProgressPrinter()));
        assertTrue(Thread.interrupted());
        assertEquals("stopped after 0 of 1 epoch; the weights and history are kept\n", printed());
    }
}
