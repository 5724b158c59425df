package org.nnsh.plot;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.nnsh.nn.History;
import org.nnsh.nn.TrainingProgress;
import org.nnsh.tensor.PythonFloat;

/**
 * Prints a fit's progress. In scripts and pipes: the book's summary line every N epochs
 * ({@code epoch: 1000, acc: 0.930, loss: 0.194, lr: 0.04997501249375312}), about ten per run.
 * In an interactive terminal: one live line redrawn at most ten times a second, with a bar and the
 * time left. Writes to {@code System.out} as it is at each call, so the shell's redirection holds.
 */
public final class ProgressPrinter implements TrainingProgress {
    private static volatile boolean interactive;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 24;

    private final LongSupplier clock;
    private int planned;
    private int every;
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

    /** Whether fits draw a live line (the interactive shell) or print summary lines (scripts, pipes). */
    public static void interactive(boolean on) {
        interactive = on;
    }

    public static boolean interactive() {
        return interactive;
    }

    @Override
    public void started(int epochs, int reportEvery) {
        planned = epochs;
        every = reportEvery;
        startNanos = clock.getAsLong();
        lastDrawNanos = startNanos - REDRAW_NANOS;
    }

    @Override
    public void warning(String message) {
        out().println("warning: " + message);
    }

    @Override
    public void epochEnded(History h) {
        int epoch = h.epochs() - 1;
        if (interactive) {
            long now = clock.getAsLong();
            if (now - lastDrawNanos >= REDRAW_NANOS) {
                lastDrawNanos = now;
                draw(h, now);
            }
        } else if (epoch % every == 0) {
            out().println(summary(h, epoch));
            lastPrinted = epoch;
        }
    }

    @Override
    public void finished(History h) {
        int epoch = h.epochs() - 1;
        PrintStream out = out();
        if (interactive && h.epochs() > 0) {
            draw(h, clock.getAsLong());
            out.println();
        } else if (epoch >= 0 && epoch != lastPrinted) {
            out.println(summary(h, epoch));
        }
        if (h.stopped()) {
            out.println("stopped after " + h.epochs() + " of " + h.planned() + " epochs; the weights and history are kept");
        }
        out.flush();
    }

    /** The book's line for one epoch, plus validation figures when there are any. */
    static String summary(History h, int epoch) {
        StringBuilder sb = new StringBuilder("epoch: ").append(epoch)
                .append(", acc: ").append(Figures.fixed(h.accuracy()[epoch], 3))
                .append(", loss: ").append(Figures.fixed(h.loss()[epoch], 3));
        if (h.validated()) {
            sb.append(", val_acc: ").append(Figures.fixed(h.valAccuracy()[epoch], 3))
                    .append(", val_loss: ").append(Figures.fixed(h.valLoss()[epoch], 3));
        }
        return sb.append(", lr: ").append(PythonFloat.repr(h.lr()[epoch])).toString();
    }

    private void draw(History h, long now) {
        int done = h.epochs();
        int filled = planned == 0 ? BAR : (int) ((long) BAR * done / planned);
        double elapsed = (now - startNanos) / 1e9;
        double left = done == 0 ? 0 : elapsed * (planned - done) / done;
        String line = String.format(Locale.ROOT, "epoch %d/%d %s%s loss %.4f acc %.4f lr %.3g ETA %s", done, planned,
                "█".repeat(filled), "░".repeat(BAR - filled), h.lastLoss(), h.lastAccuracy(), h.lr()[done - 1],
                duration(left));
        if (h.validated()) {
            line += String.format(Locale.ROOT, " val_loss %.4f val_acc %.4f", h.valLoss()[done - 1],
                    h.valAccuracy()[done - 1]);
        }
        PrintStream out = out();
        out.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        out.flush();
        drawnWidth = line.length();
    }

    private static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    private static PrintStream out() {
        return System.out;
    }
}
