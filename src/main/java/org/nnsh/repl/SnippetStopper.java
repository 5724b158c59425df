package org.nnsh.repl;

import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jdk.jshell.JShell;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * Stops a running snippet gently first: it interrupts the thread evaluating it, so that an engine
 * loop (a fit) ends after its current step and returns what it has, and the common pool's threads
 * running snippet code, which do the snippet's parallel stream with it. Threads an earlier snippet
 * started (a fit trained in the background) are not the snippet's and go on. Only when the
 * snippet is still running half a second later (a tight {@code while (true) {}}) does it use
 * JShell's own stop, which kills the snippet's thread wherever it is.
 */
final class SnippetStopper {
    static final long GRACE_MILLIS = 500;

    private final JShell jshell;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "nnsh-snippet-stopper");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    /** The number of the evaluation running, 0 when none is. */
    private long running;
    private long evaluations;
    /** Whether {@link #stop()} was asked to stop the running evaluation, and whether it had to force it. */
    private boolean asked;
    private boolean forced;

    SnippetStopper(JShell jshell) {
        this.jshell = jshell;
    }

    void evaluationStarted() {
        synchronized (lock) {
            running = ++evaluations;
            asked = false;
            forced = false;
        }
    }

    /** How the evaluation ended: by itself, after {@link #stop()} interrupted it, or by force. */
    enum Ending { COMPLETED, INTERRUPTED, FORCED }

    /** The evaluation has ended; returns whether {@link #stop()} stopped it and how. */
    Ending evaluationEnded() {
        synchronized (lock) {
            running = 0;
            return forced ? Ending.FORCED : asked ? Ending.INTERRUPTED : Ending.COMPLETED;
        }
    }

    /** Asks the running snippet, if any, to stop; any thread may call this. */
    void stop() {
        long target;
        synchronized (lock) {
            target = running;
            // even when the snippet then returns normally (a fit with its history so far), it did
            // not run to its end
            asked |= target != 0;
        }
        if (target == 0) {
            return;
        }
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            if (evaluatesSnippet(frames) || helpsWithSnippet(thread, frames)) {
                thread.interrupt();
            }
        });
        timer.schedule(() -> force(target), GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void force(long target) {
        try {
            synchronized (lock) {
                if (running == target) {
                    forced = true;
                    jshell.stop();
                }
            }
        } catch (RuntimeException | Error e) {
            // JShell's local execution replaced the default uncaught-exception handler; a failed
            // stop leaves the snippet running, and the next Ctrl-C tries again
        }
    }

    /**
     * JShell compiles each snippet into a class {@code REPL.$JShell$N}, and its local execution calls
     * it on a thread of its own, under a {@link LocalExecutionControl} frame: a thread an earlier
     * snippet started runs REPL code without that frame, and the shell's thread waiting for the
     * evaluation has that frame without REPL code.
     */
    static boolean evaluatesSnippet(StackTraceElement[] frames) {
        return Arrays.stream(frames).anyMatch(frame -> frame.getClassName().startsWith("REPL."))
                && Arrays.stream(frames).anyMatch(frame -> frame.getClassName().equals(LocalExecutionControl.class.getName()));
    }

    /**
     * A thread of the common fork-join pool running REPL code: a parallel stream's work, which the
     * snippet's thread waits for ({@code nets.parallelStream().forEach(n -> n.fit(...))}). The pool's
     * threads are started by whichever snippet first needed them, so the forced stop, which ends the
     * threads of the running snippet's group only, would leave their part running after the prompt
     * returned. A thread of its own that an earlier snippet started is never one of them.
     */
    static boolean helpsWithSnippet(Thread thread, StackTraceElement[] frames) {
        return thread instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) thread).getPool() == ForkJoinPool.commonPool()
                && Arrays.stream(frames).anyMatch(frame -> frame.getClassName().startsWith("REPL."));
    }

    void close() {
        timer.shutdownNow();
    }
}
