package org.nnsh.repl;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * Stops a running snippet gently first: it interrupts the thread evaluating it, so that an engine
 * loop (a fit) ends after its current step and returns what it has, the threads that snippet
 * started (it waits for them: {@code t.start(); t.join();}) and the common pool's threads running
 * snippet code, which do the snippet's parallel stream with it. Threads an earlier snippet
 * started (a fit trained in the background) are not the snippet's and go on. Only when the
 * snippet is still running half a second later (a tight {@code while (true) {}}) does it use
 * JShell's own stop, which kills the snippet's thread wherever it is. A value's {@code toString()}
 * (the snippet's, or one {@code /vars} shows) runs outside the snippet's threads, and is
 * interrupted and stopped by force on its own: the snippet has ended, and the threads it started go on.
 */
final class SnippetStopper {
    static final long GRACE_MILLIS = 500;

    private final JShell jshell;
    private final InProcessExecution execution;
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

    SnippetStopper(JShell jshell, InProcessExecution execution) {
        this.jshell = jshell;
        this.execution = execution;
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
        Map<Thread, StackTraceElement[]> threads = Thread.getAllStackTraces();
        // JShell's local engine gives each evaluation a thread group of its own, which the threads
        // its snippet starts join; an earlier snippet's threads are in that snippet's group
        Set<ThreadGroup> running = threads.entrySet().stream()
                .filter(thread -> evaluatesSnippet(thread.getValue()))
                .map(thread -> thread.getKey().getThreadGroup())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        threads.forEach((thread, frames) -> {
            if (runsReplCode(frames) && (running.contains(thread.getThreadGroup()) || inCommonPool(thread))) {
                thread.interrupt();
            }
        });
        execution.interruptValueText();
        timer.schedule(() -> force(target), GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void force(long target) {
        try {
            synchronized (lock) {
                if (running == target && !execution.stopValueText()) {
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
        return runsReplCode(frames)
                && Arrays.stream(frames).anyMatch(frame -> frame.getClassName().equals(LocalExecutionControl.class.getName()));
    }

    private static boolean runsReplCode(StackTraceElement[] frames) {
        return Arrays.stream(frames).anyMatch(frame -> frame.getClassName().startsWith("REPL."));
    }

    /**
     * A thread of the common fork-join pool: running REPL code, it does a parallel stream's work, which
     * the snippet's thread waits for ({@code nets.parallelStream().forEach(n -> n.fit(...))}). The
     * pool's threads join the group of whichever snippet first needed them, not the running one's.
     */
    private static boolean inCommonPool(Thread thread) {
        return thread instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) thread).getPool() == ForkJoinPool.commonPool();
    }

    void close() {
        timer.shutdownNow();
    }
}
