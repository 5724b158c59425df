package org.nnsh.repl;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pays JShell's first-completion cost (~0.1–0.2 s) in the background once the prompt has been idle
 * for a moment, so the first Tab is instant. Not at once: the warm-up holds the session, and a
 * snippet typed (or pasted) straight away would wait for it. JShell's signature lookup, slower
 * still, stays cold: Tab inside a call to the vocabulary shows nnsh's doc index instead.
 */
final class CompletionWarmUp {
    private static final long IDLE_MILLIS = 300;

    private final LiveSession session;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "nnsh-completion-warm-up");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;
    /** Guarded by this, like {@link #pending}: once set, the timer is shut down. */
    private boolean done;

    CompletionWarmUp(LiveSession session) {
        this.session = session;
    }

    /** The prompt is waiting for input: warm up if it stays idle, unless that has been done. */
    synchronized void promptShown() {
        if (!done) {
            pending = timer.schedule(this::warmUp, IDLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Input arrived: a warm-up not started yet waits for the next prompt. */
    synchronized void inputArrived() {
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private void warmUp() {
        try {
            session.with(s -> s.analysis().completionSuggestions("eye(2).so", 9, new int[1]));
        } catch (RuntimeException | Error e) {
            // JShell's local execution replaces the default uncaught-exception handler; a failed
            // warm-up only means the first Tab pays the cost after all
        } finally {
            synchronized (this) {
                done = true;
                timer.shutdown();
            }
        }
    }

    /** The shell is ending: a warm-up still waiting is dropped. */
    synchronized void close() {
        done = true;
        timer.shutdownNow();
    }
}
