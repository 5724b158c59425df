package org.nnsh.repl;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.nnsh.nn.TrainingWarmUp;

/**
 * Pays two first-time costs in the background once the prompt has been idle for a moment:
 * JShell's first completion (~0.1–0.2 s), so the first Tab is instant, then a short private fit
 * (~0.4 s, {@link TrainingWarmUp}), so the JIT has compiled the training loop before the user's
 * first fit (on the spiral: 58–69 µs/epoch cold, 42–44 after it). Not at once: the completion
 * warm-up holds the session, and a snippet typed (or pasted) straight away would wait for it.
 * Input that arrives during the fit interrupts it, so that the user's snippet has both cores.
 * JShell's signature lookup, slower still, stays cold: Tab inside a call to the vocabulary shows
 * nnsh's doc index instead.
 */
final class IdleWarmUp {
    private static final long IDLE_MILLIS = 300;

    private final LiveSession session;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "nnsh-warm-up");
        thread.setDaemon(true);
        return thread;
    });
    /** Guarded by this, like every field below. */
    private ScheduledFuture<?> pending;
    private boolean completionDone;
    /** Once set, the timer is shut down. */
    private boolean done;
    /** The thread running the warm-up fit, while it runs. */
    private Thread training;

    IdleWarmUp(LiveSession session) {
        this.session = session;
    }

    /** The prompt is waiting for input: warm up if it stays idle, unless that has been done. */
    synchronized void promptShown() {
        if (!done) {
            pending = timer.schedule(this::warmUp, IDLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Input arrived: a warm-up not started yet waits for the next prompt; the warm-up fit stops. */
    synchronized void inputArrived() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (training != null) {
            training.interrupt();
        }
    }

    private void warmUp() {
        try {
            if (done()) {
                return;
            }
            if (!completionDone()) {
                session.with(s -> s.analysis().completionSuggestions("eye(2).so", 9, new int[1]));
                synchronized (this) {
                    completionDone = true;
                    if (pending.isCancelled()) {
                        // input arrived meanwhile: the fit waits for the next idle prompt
                        return;
                    }
                }
            }
            synchronized (this) {
                training = Thread.currentThread();
            }
            TrainingWarmUp.run();
            synchronized (this) {
                done = true;
                timer.shutdown();
            }
        } catch (RuntimeException | Error e) {
            // JShell's local execution replaces the default uncaught-exception handler; a failed
            // warm-up only means the first Tab or fit pays the cost after all
            synchronized (this) {
                done = true;
                timer.shutdown();
            }
        } finally {
            synchronized (this) {
                training = null;
                Thread.interrupted();
            }
        }
    }

    private synchronized boolean completionDone() {
        return completionDone;
    }

    private synchronized boolean done() {
        return done;
    }

    /** The shell is ending: a warm-up still waiting is dropped, a running fit stopped. */
    synchronized void close() {
        done = true;
        if (training != null) {
            training.interrupt();
        }
        timer.shutdownNow();
    }
}
