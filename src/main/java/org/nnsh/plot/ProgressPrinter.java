package org.nnsh.plot;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import org.nnsh.nn.History;
import org.nnsh.nn.TrainingProgress;
import org.nnsh.tensor.Figures;
import org.nnsh.tensor.PythonFloat;

/**
 * Prints a fit's progress. In scripts and pipes: the book's summary line every N epochs
 * ({@code epoch: 1000, acc: 0.930, loss: 0.194, lr: 0.04997501249375312}), about ten per run.
 * In an interactive terminal: one live line redrawn at most ten times a second, with a bar and the
 * time left, never wider than the terminal is at each redraw. Writes to {@code System.out} as it is
 * at each call, so the shell's redirection holds.
 */
public final class ProgressPrinter implements TrainingProgress {
    /** The terminal's width, or null outside the interactive shell. */
    private static volatile IntSupplier terminalColumns;
    /** What a terminal that does not know its width (0) most likely has. */
    private static final int DEFAULT_COLUMNS = 80;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final LongSupplier clock;
    private IntSupplier columns;
    private int planned;
    private int every;
    /** Whether the fit asked for the summary lines (every(n)): the live line then keeps them above it. */
    private boolean linesAsked;
    private int lastPrinted = -1;
    private long startNanos;
    private long lastDrawNanos;
    private int drawnWidth;

    public ProgressPrinter() {
        this(System::nanoTime);
    }

    ProgressPrinter(LongSupplier clock) {
        this.clock = clock;
    }

    /** Fits from now on draw a live line no wider than {@code columns} says the terminal is (JLine's getWidth). */
    public static void liveLine(IntSupplier columns) {
        terminalColumns = Objects.requireNonNull(columns, "columns");
    }

    /** Fits from now on print the book's summary lines, as in scripts and pipes (the default). */
    public static void summaryLines() {
        terminalColumns = null;
    }

    @Override
    public void started(int epochs, int reportEvery) {
        started(epochs, reportEvery, false);
    }

    @Override
    public void started(int epochs, int reportEvery, boolean linesAsked) {
        // one fit draws one way throughout, even if the shell changes mode meanwhile
        columns = terminalColumns;
        this.linesAsked = linesAsked;
        planned = epochs;
        every = reportEvery;
        startNanos = clock.getAsLong();
        lastDrawNanos = startNanos - REDRAW_NANOS;
    }

    @Override
    public void warning(String message) {
        lineAbove("warning: " + message);
    }

    @Override
    public void epochEnded(History h) {
        int epoch = h.epochs() - 1;
        if (columns != null) {
            long now = clock.getAsLong();
            boolean lineDue = linesAsked && epoch % every == 0;
            if (lineDue) {
                lineAbove(summary(h));
                lastPrinted = epoch;
            }
            if (lineDue || now - lastDrawNanos >= REDRAW_NANOS) {
                lastDrawNanos = now;
                draw(h, now);
            }
        } else if (epoch % every == 0) {
            out().println(summary(h));
            lastPrinted = epoch;
        }
    }

    @Override
    public void finished(History h) {
        int epoch = h.epochs() - 1;
        PrintStream out = out();
        if (columns != null && h.epochs() > 0) {
            if (linesAsked && epoch != lastPrinted) {
                lineAbove(summary(h));
            }
            draw(h, clock.getAsLong());
            out.println();
        } else if (epoch >= 0 && epoch != lastPrinted) {
            out.println(summary(h));
        }
        if (h.stopped()) {
            out.println("stopped after " + h.epochs() + " of " + h.planned() + (h.planned() == 1 ? " epoch" : " epochs")
                    + "; the weights and history are kept");
        }
        out.flush();
    }

    /**
     * The book's line for the last epoch, plus validation figures when there are any; from the
     * last* accessors, since h.loss() and the like copy every epoch so far, which made every(1)
     * quadratic in the epochs (2.5 s of copying for 30000 epochs of a tiny net).
     */
    static String summary(History h) {
        StringBuilder sb = new StringBuilder("epoch: ").append(h.epochs() - 1)
                .append(", acc: ").append(Figures.fixed(h.lastAccuracy(), 3))
                .append(", loss: ").append(Figures.fixed(h.lastLoss(), 3));
        if (h.validated()) {
            sb.append(", val_acc: ").append(Figures.fixed(h.lastValAccuracy(), 3))
                    .append(", val_loss: ").append(Figures.fixed(h.lastValLoss(), 3));
        }
        return sb.append(", lr: ").append(PythonFloat.repr(h.lastLr())).toString();
    }

    private void draw(History h, long now) {
        int done = h.epochs();
        double elapsed = (now - startNanos) / 1e9;
        boolean validated = h.validated();
        LiveLine figures = new LiveLine(done, planned, h.lastLoss(), h.lastAccuracy(), h.lastLr(),
                elapsed * (planned - done) / done, validated, h.lastValLoss(), h.lastValAccuracy());
        // the width is read at every redraw, so that a resized terminal gets a line that fits it
        int terminal = terminalWidth();
        String line = figures.fit(terminal);
        // a terminal narrowed under the last line has wrapped or cut it: a carriage return would
        // reach only its last row, so the new line starts on a row of its own
        boolean fresh = drawnWidth >= terminal;
        int blank = fresh ? 0 : Math.max(0, drawnWidth - line.length());
        PrintStream out = out();
        out.print((fresh ? "\n" : "\r") + line + " ".repeat(blank));
        out.flush();
        drawnWidth = line.length();
    }

    /**
     * A line of its own: over the live line when one is drawn (the next redraw starts below it),
     * so that a warning or a summary line is not glued to the live line's end.
     */
    private void lineAbove(String text) {
        PrintStream out = out();
        if (drawnWidth == 0) {
            out.println(text);
            return;
        }
        // a live line the terminal has wrapped is left whole: a carriage return reaches only its last row
        boolean wrapped = drawnWidth >= terminalWidth();
        out.print((wrapped ? "\n" : "\r") + text + " ".repeat(wrapped ? 0 : Math.max(0, drawnWidth - text.length())) + "\n");
        out.flush();
        drawnWidth = 0;
    }

    private int terminalWidth() {
        int width = columns == null ? 0 : columns.getAsInt();
        return width > 0 ? width : DEFAULT_COLUMNS;
    }

    private static PrintStream out() {
        return System.out;
    }
}
